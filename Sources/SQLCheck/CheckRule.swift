/// One thing DSQL refuses or handles differently: how to recognise it, why, and what to write instead.
public struct CheckRule: Sendable {
    /// A stable name for tools and tests, e.g. `truncate`.
    public let id: String
    /// Why DSQL refuses it.
    public let reason: String
    /// The DSQL way instead.
    public let instead: String
    /// The SQLSTATE DSQL answers with, where it was recorded.
    public let sqlState: String?
    /// DSQL's error message, where it was recorded.
    public let message: String?
    /// Whether a statement breaks the rule.
    let matches: @Sendable (StatementContext) -> Bool

    init(
        _ id: String, reason: String, instead: String, sqlState: String? = nil, message: String? = nil,
        matches: @escaping @Sendable (StatementContext) -> Bool
    ) {
        self.id = id
        self.reason = reason
        self.instead = instead
        self.sqlState = sqlState
        self.message = message
        self.matches = matches
    }

    /// Whether `statement` breaks this rule.
    public func applies(to statement: StatementContext) -> Bool { matches(statement) }
}
