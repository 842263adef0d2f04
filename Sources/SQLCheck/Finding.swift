/// A statement that DSQL will refuse or handle differently, or that PostgreSQL cannot parse.
public struct Finding: Sendable, Equatable {
    /// The file as named on the command line (`-` for standard input).
    public var file: String
    /// The 1-based line where the statement starts.
    public var line: Int
    /// The rule's id, or `syntax` when the parser rejected the statement.
    public var rule: String
    /// Why.
    public var reason: String
    /// The DSQL way instead; nil for a syntax error.
    public var instead: String?
    /// The SQLSTATE DSQL answers with, where recorded.
    public var sqlState: String?
    /// DSQL's message, where recorded.
    public var message: String?
    /// The statement's first line, for orientation.
    public var excerpt: String

    public init(file: String, line: Int, rule: CheckRule, excerpt: String) {
        self.file = file
        self.line = line
        self.rule = rule.id
        reason = rule.reason
        instead = rule.instead
        sqlState = rule.sqlState
        message = rule.message
        self.excerpt = excerpt
    }

    public init(file: String, line: Int, syntaxError: ParseFailure, excerpt: String) {
        self.file = file
        self.line = line
        rule = "syntax"
        reason = "PostgreSQL's parser rejects it: \(syntaxError.message)"
        self.excerpt = excerpt
    }
}
