/// `\echo`, `\qecho`, `\warn`.
enum OutputCommands {
    static let all = [
        MetaCommand(
            names: ["echo"], usage: "\\echo [-n] [STRING]",
            summary: "write string to standard output (-n for no newline)"
        ) { invocation in
            write(&invocation, to: invocation.session.standardOutput)
        },
        MetaCommand(names: ["qecho"], usage: "\\qecho [-n] [STRING]", summary: "write string to \\o output stream") {
            invocation in
            write(&invocation, to: invocation.session.queryOutput)
        },
        MetaCommand(names: ["warn"], usage: "\\warn [-n] [STRING]", summary: "write string to standard error") {
            invocation in
            invocation.session.standardOutput.flush()
            return write(&invocation, to: invocation.session.errors)
        },
    ]

    /// psql's echo: arguments joined by spaces; `-n` first suppresses the newline.
    private static func write(_ invocation: inout MetaInvocation, to sink: FileSink) -> MetaOutcome {
        var words: [String] = []
        var newline = true
        while let (word, quoted) = invocation.quotedArgument() {
            if words.isEmpty && newline && !quoted && word == "-n" {
                newline = false
            } else {
                words.append(word)
            }
        }
        sink.write(words.joined(separator: " ") + (newline ? "\n" : ""))
        sink.flush()
        return .done
    }
}
