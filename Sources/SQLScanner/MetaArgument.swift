/// One argument of a meta-command, as psql's `psql_scan_slash_option` returns it.
///
/// Backquoted shell commands are not run by the scanner: they appear as
/// ``Piece/shellCommand(_:)`` pieces for the shell to run and substitute
/// (psql trims one trailing newline of the output).
public struct MetaArgument: Equatable, Sendable {
    /// A stretch of the argument.
    public enum Piece: Equatable, Sendable {
        /// Text, with quotes and escapes already resolved.
        case text(String)
        /// A backquoted command (variables already interpolated).
        case shellCommand(String)
    }

    /// The last kind of quoting used in the argument.
    public enum Quote: Equatable, Sendable {
        /// `'…'`.
        case single
        /// `"…"`.
        case double
        /// `` `…` ``.
        case backquote
        /// A variable reference (`:name`, `:'name'`, `:"name"`).
        case variable
    }

    /// The argument's pieces in order.
    public var pieces: [Piece]
    /// The last quoting used, nil for a bare word.
    public var quote: Quote?

    /// Creates an argument.
    public init(pieces: [Piece], quote: Quote? = nil) {
        self.pieces = pieces
        self.quote = quote
    }

    /// Whether the argument holds a backquoted command.
    public var hasShellCommand: Bool {
        pieces.contains { if case .shellCommand = $0 { true } else { false } }
    }

    /// The argument as text, shell commands shown with their backquotes.
    public var text: String {
        pieces.map {
            switch $0 {
            case .text(let text): text
            case .shellCommand(let command): "`" + command + "`"
            }
        }.joined()
    }

    /// The argument with each shell command replaced by `run`'s output.
    public func resolved(running run: (String) -> String) -> String {
        pieces.map {
            switch $0 {
            case .text(let text): text
            case .shellCommand(let command): run(command)
            }
        }.joined()
    }
}
