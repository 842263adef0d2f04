import Glibc

/// Lines typed at a terminal without line editing (`-n`): a prompt, then a plain read.
public final class PlainTerminalSource: LineSource {
    private let reader = LineReader(descriptor: STDIN_FILENO)
    private let output = FileSink(descriptor: STDOUT_FILENO)

    public init() {}

    public func nextLine(prompt: String) -> LineInput {
        output.write(prompt.replacing("\u{01}", with: "").replacing("\u{02}", with: ""))
        output.flush()
        return LineInput(reader)
    }

    public var isInteractive: Bool { true }
    public func addToHistory(_ entry: String) {}
}
