/// Why the statement scanner stopped; psql's `PsqlScanResult`.
public enum ScanResult: Equatable, Sendable {
    /// A statement ended with a top-level `;`. The text is exactly what psql
    /// would send (the `;` included); the query buffer is now empty.
    case semicolon(String)
    /// A meta-command starts here. The query buffer so far is kept; read the
    /// command with ``StatementScanner/readMetaCommandName()``.
    case backslash
    /// The line is consumed and more input is needed (inside a quote, a
    /// comment, parentheses, a `BEGIN ATOMIC` body, or nothing buffered).
    case incomplete
    /// The line is consumed; the query buffer holds text that could be sent.
    case endOfLine
}
