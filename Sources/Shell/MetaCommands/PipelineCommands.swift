/// psql 18's pipeline meta-commands: `\startpipeline`, `\sendpipeline`, `\syncpipeline`,
/// `\flushrequest`, `\flush`, `\getresults [N]`, `\endpipeline`.
///
/// Each one sends the query buffer (usually empty) in its own way; see
/// `Session+ExplicitPipeline.swift` for what happens then.
enum PipelineCommands {
    static let all = [
        step("startpipeline", "\\startpipeline", "enter pipeline mode", .startPipeline),
        MetaCommand(
            names: ["sendpipeline"], usage: "\\sendpipeline", summary: "queue the bound query in the open pipeline"
        ) { invocation in
            let session = invocation.session
            guard session.connection.pipelineStatus != .off else {
                session.pipelineRequest = .query
                return invocation.fail("\\sendpipeline not allowed outside of pipeline mode")
            }
            guard session.pipelineRequest.isBoundQuery else {
                session.pipelineRequest = .query
                return invocation.fail("\\sendpipeline must be used after \\bind or \\bind_named")
            }
            return .sendRequest
        },
        step("syncpipeline", "\\syncpipeline", "queue a synchronisation point in the open pipeline", .sync),
        step("flushrequest", "\\flushrequest", "ask the server for the results queued so far", .flushRequest),
        step("flush", "\\flush", "send what the open pipeline has queued", .flush),
        MetaCommand(
            names: ["getresults"], usage: "\\getresults [NUM_RES]",
            summary: "read NUM_RES pending results (all without it)"
        ) { invocation in
            let count = invocation.argument().map(leadingInteger) ?? 0
            guard count >= 0 else {
                invocation.session.pipelineRequest = .query
                return invocation.fail("\\getresults: invalid number of requested results")
            }
            invocation.session.pipelineRequest = .getResults(count)
            return .sendRequest
        },
        step("endpipeline", "\\endpipeline", "read every result and leave pipeline mode", .endPipeline),
    ]

    /// A command that only sends the query buffer as `request` asks.
    private static func step(_ name: String, _ usage: String, _ summary: String, _ request: PipelineRequest)
        -> MetaCommand
    {
        MetaCommand(names: [name], usage: usage, summary: summary) { invocation in
            invocation.session.pipelineRequest = request
            return .sendRequest
        }
    }

    /// C's `atoi`: optional blanks and sign, then digits; 0 when there are none.
    static func leadingInteger(_ text: String) -> Int {
        var rest = Substring(text).drop { $0 == " " || $0 == "\t" || $0 == "\n" }
        var sign = 1
        if let first = rest.first, first == "-" || first == "+" {
            if first == "-" { sign = -1 }
            rest = rest.dropFirst()
        }
        var value = 0
        for character in rest {
            guard let digit = character.wholeNumberValue, character.isASCII else { break }
            let (product, overflow) = value.multipliedReportingOverflow(by: 10)
            guard !overflow, product <= Int(Int32.max) - digit else { return sign * Int(Int32.max) }
            value = product + digit
        }
        return sign * value
    }
}
