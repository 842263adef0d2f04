/// A meta-command argument that cannot be lexed.
public enum MetaCommandError: Error, Equatable, Sendable {
    /// The line ended inside `'…'`, `"…"` or backquotes; psql prints
    /// "unterminated quoted string" and drops the argument.
    case unterminatedQuotedString

    /// psql's message for the error.
    public var message: String {
        switch self {
        case .unterminatedQuotedString: "unterminated quoted string"
        }
    }
}
