/// PostgreSQL's parser rejected a statement.
public struct ParseFailure: Error, Equatable, Sendable {
    /// The parser's message, e.g. `syntax error at or near "x"`.
    public var message: String
    /// The 1-based character position of the error in the statement, 0 when unknown.
    public var position: Int
}
