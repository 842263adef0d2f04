/// Checks statements one after another against ``CheckRules``, following transactions.
public struct StatementChecker: Sendable {
    /// What one statement (one text, possibly several parsed statements) broke.
    public enum Outcome: Sendable, Equatable {
        /// The rules it breaks, empty when DSQL accepts it.
        case rules([String])
        /// PostgreSQL's parser rejected it.
        case syntaxError(ParseFailure)
    }

    /// The transaction the statements run in.
    public var transaction = TransactionTracker()

    public init() {}

    /// Checks `sql` (one statement as the scanner split it) and records it as run.
    public mutating func check(_ sql: String) -> Outcome {
        let (text, isAsync) = AsyncIndex.strip(sql)
        let trees: [ParseTree]
        do {
            trees = try PostgresParser.parse(text)
        } catch {
            return .syntaxError(error)
        }
        var broken: [String] = []
        for tree in trees {
            guard let (kind, body) = tree.node else { continue }
            var statement = StatementContext(kind: kind, body: body)
            statement.isAsyncIndex = isAsync
            transaction.annotate(&statement)
            for rule in CheckRules.all where rule.applies(to: statement) && !broken.contains(rule.id) {
                broken.append(rule.id)
            }
            transaction.record(statement)
        }
        return .rules(broken)
    }
}
