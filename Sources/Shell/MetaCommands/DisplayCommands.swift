import ResultFormatting
import SQLScanner

/// `\pset`, `\x`, `\a`, `\t`, `\C`, `\f`, `\H`, `\T`, `\timing`.
enum DisplayCommands {
    static let all = [
        MetaCommand(names: ["pset"], usage: "\\pset [NAME [VALUE]]", summary: "set table output option") { invocation in
            guard let name = invocation.argument() else {
                invocation.session.standardOutput.write(invocation.session.printOptions.psetListing())
                invocation.session.standardOutput.flush()
                return .done
            }
            return pset(&invocation, name, invocation.argument())
        },
        MetaCommand(names: ["x"], usage: "\\x [on|off|auto]", summary: "toggle expanded output (currently off)") {
            invocation in
            pset(&invocation, "expanded", invocation.argument(stripSemicolons: true))
        },
        MetaCommand(names: ["a"], usage: "\\a", summary: "toggle between unaligned and aligned output mode") {
            invocation in
            let format = invocation.session.printOptions.format == .aligned ? "unaligned" : "aligned"
            return pset(&invocation, "format", format)
        },
        MetaCommand(names: ["t"], usage: "\\t [on|off]", summary: "show only rows") { invocation in
            pset(&invocation, "tuples_only", invocation.argument(stripSemicolons: true))
        },
        MetaCommand(names: ["C"], usage: "\\C [STRING]", summary: "set table title, or unset if none") { invocation in
            pset(&invocation, "title", invocation.argument(stripSemicolons: true))
        },
        MetaCommand(
            names: ["f"], usage: "\\f [STRING]", summary: "show or set field separator for unaligned query output"
        ) { invocation in
            pset(&invocation, "fieldsep", invocation.argument())
        },
        MetaCommand(names: ["H", "html"], usage: "\\H", summary: "toggle HTML output mode (currently off)") {
            invocation in
            let format = invocation.session.printOptions.format == .html ? "aligned" : "html"
            return pset(&invocation, "format", format)
        },
        MetaCommand(names: ["T"], usage: "\\T [STRING]", summary: "set HTML <table> tag attributes, or unset if none") {
            invocation in
            pset(&invocation, "tableattr", invocation.argument())
        },
        MetaCommand(names: ["timing"], usage: "\\timing [on|off]", summary: "toggle timing of commands") { invocation in
            let session = invocation.session
            if let value = invocation.argument() {
                do throws(VariableError) {
                    session.timing = try VariableValueParser.parseBoolean(value, name: "\\timing")
                } catch {
                    return invocation.fail(error.message)
                }
            } else {
                session.timing.toggle()
            }
            invocation.say(session.timing ? "Timing is on." : "Timing is off.")
            return .done
        },
    ]

    /// Applies one `\pset` and prints psql's confirmation unless QUIET.
    private static func pset(_ invocation: inout MetaInvocation, _ name: String, _ value: String?) -> MetaOutcome {
        do {
            let outcome = try invocation.session.printOptions.applyingPset(name, value)
            invocation.session.printOptions = outcome.options
            if let message = outcome.message { invocation.say(message) }
            return .done
        } catch {
            return invocation.fail(error.message)
        }
    }
}
