/// What one `LineEditor.readLine(prompt:)` produced.
public enum ReadResult: Sendable, Equatable {
    /// A line the user accepted with Enter, without its newline.
    case line(String)
    /// Ctrl-D on an empty line, or the terminal went away.
    case endOfInput
    /// Ctrl-C (SIGINT) while editing: the typed text was discarded.
    case interrupted
}
