/// What is still open at the end of the scanned input; psql's `promptStatus_t`.
///
/// ``symbol`` is the character psql's `%R` shows in the continuation prompt.
public enum PromptStatus: Equatable, Sendable {
    /// Nothing is buffered: a new statement may start (`=`).
    case ready
    /// A statement is buffered and continues on the next line (`-`).
    case `continue`
    /// Inside a `/* … */` comment (`*`).
    case comment
    /// Inside a single-quoted string of any kind (`'`).
    case singleQuote
    /// Inside a double-quoted identifier (`"`).
    case doubleQuote
    /// Inside a dollar-quoted string (`$`).
    case dollarQuote
    /// Inside unclosed parentheses (`(`).
    case parenthesis

    /// The `%R` character for this state.
    public var symbol: Character {
        switch self {
        case .ready: "="
        case .continue: "-"
        case .comment: "*"
        case .singleQuote: "'"
        case .doubleQuote: "\""
        case .dollarQuote: "$"
        case .parenthesis: "("
        }
    }
}
