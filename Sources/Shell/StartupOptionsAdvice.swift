/// Names PGOPTIONS when the server refused a startup parameter.
///
/// libpq sends PGOPTIONS (`-c name=value …`) as startup parameters. Aurora DSQL accepts
/// only an allow-list of session parameters there and refuses any other one with
/// FATAL 0A000, so a stray PGOPTIONS from another project makes every connection fail
/// with a message that does not say where the parameter came from.
enum StartupOptionsAdvice {
    /// Whether libpq's connection-failure `message` reads as a refused startup parameter:
    /// a FATAL from the server about a parameter, an option or something unsupported.
    static func isParameterRefusal(_ message: String) -> Bool {
        guard message.contains("FATAL:") else { return false }
        let lowered = message.lowercased()
        if lowered.contains("authentication failed") { return false }
        return ["parameter", "unsupported", "not supported", "command-line argument", "option"].contains {
            lowered.contains($0)
        }
    }

    /// The PGOPTIONS value worth naming: set and not blank.
    static func options(in environment: [String: String]) -> String? {
        guard let value = environment["PGOPTIONS"], value.contains(where: { $0 != " " && $0 != "\t" }) else {
            return nil
        }
        return value
    }

    /// The line added to the error: what PGOPTIONS holds and what to do.
    static func note(options: String) -> String {
        "the server refused a startup parameter, and PGOPTIONS is set (\"\(options)\"): Aurora DSQL accepts only its "
            + "allow-list of session parameters at connect time; unset PGOPTIONS, or SET an allowed parameter after connecting"
    }
}
