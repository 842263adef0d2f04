/// How a meta-command ended, as reported by ``StatementScanner/endMetaCommand()``.
public enum MetaCommandEnd: Equatable, Sendable {
    /// The line is used up.
    case endOfLine
    /// A `\\` separator followed and was consumed; SQL continues after it.
    case separator
    /// More input follows on the line (SQL text, or another meta-command
    /// starting with `\`); keep calling ``StatementScanner/next(variables:)``.
    case moreInput
}
