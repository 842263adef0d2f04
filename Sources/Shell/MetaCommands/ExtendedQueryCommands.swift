/// `\bind`, `\bind_named`, `\parse`, `\close_prepared`: the extended query protocol, as in psql 18.
///
/// `\bind` and `\bind_named` only say how the next query is sent (by `;`, `\g` or
/// `\sendpipeline`); `\parse` and `\close_prepared` send at once. Each one first forgets
/// what an earlier one asked for, as psql does.
enum ExtendedQueryCommands {
    static let all = [
        MetaCommand(names: ["bind"], usage: "\\bind [PARAM]...", summary: "send the next query with these parameters") {
            invocation in
            invocation.session.pipelineRequest = .parameters(invocation.arguments())
            return .done
        },
        MetaCommand(
            names: ["bind_named"], usage: "\\bind_named STMT_NAME [PARAM]...",
            summary: "run a prepared statement with these parameters"
        ) { invocation in
            invocation.session.pipelineRequest = .query
            guard let name = invocation.argument() else {
                return invocation.fail("\\bind_named: missing required argument")
            }
            invocation.session.pipelineRequest = .prepared(name: name, parameters: invocation.arguments())
            return .done
        },
        MetaCommand(
            names: ["close_prepared"], usage: "\\close_prepared STMT_NAME", summary: "close a prepared statement"
        ) { invocation in
            named(&invocation) { .close(name: $0) }
        },
        MetaCommand(
            names: ["parse"], usage: "\\parse STMT_NAME", summary: "prepare the query buffer as a named statement"
        ) { invocation in
            named(&invocation) { .parse(name: $0) }
        },
    ]

    /// `\parse NAME` and `\close_prepared NAME`: the name is required; the buffer is sent at once.
    private static func named(_ invocation: inout MetaInvocation, _ request: (String) -> PipelineRequest) -> MetaOutcome
    {
        let name = invocation.argument()
        invocation.session.pipelineRequest = .query
        guard let name else { return invocation.fail("\\\(invocation.name): missing required argument") }
        invocation.session.pipelineRequest = request(name)
        return .sendRequest
    }
}
