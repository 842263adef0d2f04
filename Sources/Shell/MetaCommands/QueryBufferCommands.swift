import SQLScanner

/// `\g`, `\gx`, `\gset`, `\p`, `\r`.
enum QueryBufferCommands {
    static let all = [
        MetaCommand(names: ["g"], usage: "\\g [FILE] or ;", summary: "execute query (and send result to file or |pipe)") { invocation in
            send(&invocation, expanded: nil)
        },
        MetaCommand(names: ["gx"], usage: "\\gx [FILE]", summary: "as \\g, but forces expanded output mode") { invocation in
            send(&invocation, expanded: true)
        },
        MetaCommand(names: ["gset"], usage: "\\gset [PREFIX]", summary: "execute query and store result in psql variables") { invocation in
            let prefix = invocation.argument(.sqlIdentifierKeepingCase) ?? ""
            if let refusal = refusedInPipeline(&invocation) { return refusal }
            return .send(Session.QueryOptions(gsetPrefix: prefix))
        },
        MetaCommand(names: ["p", "print"], usage: "\\p", summary: "show the contents of the query buffer") { invocation in
            let buffer = invocation.loop.scanner.queryBuffer
            let text = buffer.isEmpty ? (invocation.session.previousQuery ?? "") : buffer
            invocation.session.standardOutput.write(text.isEmpty ? "Query buffer is empty.\n" : text + "\n")
            invocation.session.standardOutput.flush()
            return .done
        },
        MetaCommand(names: ["r", "reset"], usage: "\\r", summary: "reset (clear) the query buffer") { invocation in
            invocation.loop.scanner.resetQueryBuffer()
            invocation.say("Query buffer reset (cleared).")
            return .done
        },
    ]

    /// `\g [FILE|pipe]` and `\gx`: send the buffer, perhaps to a file.
    private static func send(_ invocation: inout MetaInvocation, expanded: Bool?) -> MetaOutcome {
        var options = Session.QueryOptions(expanded: expanded)
        let target = invocation.argument(.filePipe)
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

    /// psql 18 refuses `\g`, `\gx`, `\gset` and `\watch` in a pipeline; the pipeline stays usable.
    static func refusedInPipeline(_ invocation: inout MetaInvocation) -> MetaOutcome? {
        guard invocation.session.connection.pipelineStatus != .off else { return nil }
        invocation.session.pipelineRequest = .query
        return invocation.fail("\\\(invocation.name) not allowed in pipeline mode")
    }
}
