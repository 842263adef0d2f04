import ResultFormatting
import SQLScanner

/// `\g`, `\gx`, `\gset`, `\gexec`, `\gdesc`, `\p`, `\r`.
enum QueryBufferCommands {
    static let all = [
        MetaCommand(
            names: ["g"], usage: "\\g [(OPTIONS)] [FILE] or ;",
            summary: "execute query (and send result to file or |pipe)",
            inactiveArguments: .optionsThenFilePipe
        ) { invocation in
            send(&invocation, expanded: nil)
        },
        MetaCommand(
            names: ["gx"], usage: "\\gx [(OPTIONS)] [FILE]", summary: "as \\g, but forces expanded output mode",
            inactiveArguments: .optionsThenFilePipe
        ) { invocation in
            send(&invocation, expanded: true)
        },
        MetaCommand(names: ["gdesc"], usage: "\\gdesc", summary: "describe result of query, without executing it") {
            invocation in
            if let refusal = refusedInPipeline(&invocation) { return refusal }
            var options = Session.QueryOptions()
            options.describesOnly = true
            return .send(options)
        },
        MetaCommand(names: ["gexec"], usage: "\\gexec", summary: "execute query, then execute each value in its result")
        { invocation in
            if let refusal = refusedInPipeline(&invocation) { return refusal }
            var options = Session.QueryOptions()
            options.collectsStatements = true
            return .send(options)
        },
        MetaCommand(
            names: ["crosstabview"], usage: "\\crosstabview [COLUMNS]",
            summary: "execute query and display result in crosstab"
        ) { invocation in
            var options = Session.QueryOptions()
            options.crosstabArguments = (0..<4).map { _ in invocation.argument(stripSemicolons: true) }
            if let refusal = refusedInPipeline(&invocation) { return refusal }
            return .send(options)
        },
        MetaCommand(
            names: ["gset"], usage: "\\gset [PREFIX]", summary: "execute query and store result in psql variables"
        ) { invocation in
            let prefix = invocation.argument(.sqlIdentifierKeepingCase) ?? ""
            if let refusal = refusedInPipeline(&invocation) { return refusal }
            return .send(Session.QueryOptions(gsetPrefix: prefix))
        },
        MetaCommand(names: ["p", "print"], usage: "\\p", summary: "show the contents of the query buffer") {
            invocation in
            let buffer = invocation.loop.scanner.queryBuffer
            let text = buffer.isEmpty ? (invocation.session.previousQuery ?? "") : buffer
            if text.isEmpty {
                invocation.say("Query buffer is empty.")
            } else {
                invocation.session.standardOutput.write(text + "\n")
                invocation.session.standardOutput.flush()
            }
            return .done
        },
        MetaCommand(names: ["r", "reset"], usage: "\\r", summary: "reset (clear) the query buffer") { invocation in
            invocation.loop.scanner.resetQueryBuffer()
            invocation.say("Query buffer reset (cleared).")
            return .done
        },
    ]

    /// `\g [(OPTIONS)] [FILE|pipe]` and `\gx`: send the buffer, perhaps with print options
    /// of its own and perhaps to a file.
    private static func send(_ invocation: inout MetaInvocation, expanded: Bool?) -> MetaOutcome {
        var options = Session.QueryOptions(expanded: expanded)
        var target = invocation.argument(.filePipe)
        if let first = target, first.hasPrefix("(") {
            switch printOptions(&invocation, first: String(first.dropFirst())) {
            case .success(let printOptions): options.printOptions = printOptions
            case .failure: return .failed
            }
            target = invocation.argument(.filePipe)
        }
        if let refusal = refusedInPipeline(&invocation) { return refusal }
        if let target {
            do {
                options.output = try FileSink.open(target: target)
            } catch {
                return invocation.fail("\(error)")
            }
        }
        return .send(options)
    }

    /// The failure of a `\g (…)` option list, already reported.
    struct OptionsFailed: Error {}

    /// Reads `\g`'s `(name=value …)` list through the closing parenthesis and applies each
    /// option to a copy of the print options, quietly (psql's process_command_g_options).
    private static func printOptions(_ invocation: inout MetaInvocation, first: String) -> Result<
        PrintOptions, OptionsFailed
    > {
        var printOptions = invocation.session.printOptions
        var next: String? = first
        var succeeded = true
        while true {
            guard var option = next ?? invocation.argument() else {
                invocation.session.reportOwnError("\\\(invocation.name): missing right parenthesis")
                return .failure(OptionsFailed())
            }
            next = nil
            let closes = option.hasSuffix(")")
            if closes { option.removeLast() }
            if !option.isEmpty {
                let parts = option.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                do {
                    printOptions = try printOptions.applyingPset(
                        String(parts[0]), parts.count > 1 ? String(parts[1]) : nil
                    ).options
                } catch {
                    invocation.session.reportOwnError(error.message)
                    succeeded = false
                }
            }
            if closes { break }
        }
        return succeeded ? .success(printOptions) : .failure(OptionsFailed())
    }

    /// psql 18 refuses `\g`, `\gx`, `\gset` and `\watch` in a pipeline; the pipeline stays usable.
    static func refusedInPipeline(_ invocation: inout MetaInvocation) -> MetaOutcome? {
        guard invocation.session.connection.pipelineStatus != .off else { return nil }
        invocation.session.pipelineRequest = .query
        return invocation.fail("\\\(invocation.name) not allowed in pipeline mode")
    }
}
