import PostgresClient
import ResultFormatting

/// A pattern psql refused (too many dotted parts, another database); already reported.
struct RejectedPattern: Error {}

/// What every psql listing command shares: checking its pattern, running its query, and
/// printing the result under a title with NULL shown as empty (psql resets `nullPrint`).
extension CatalogReader {
    /// Parses `text` as a name pattern and checks it as psql's `validateSQLNamePattern`.
    ///
    /// - Parameters:
    ///   - parts: how many dotted parts the command accepts (psql's maxparts).
    ///   - split: how many parts the pattern is split into (1 when the command has no schema column).
    /// - Throws: ``RejectedPattern`` after reporting psql's message.
    func pattern(_ text: String?, parts: Int, split: Int? = nil, forceEscape: Bool = false) throws(RejectedPattern)
        -> NamePattern?
    {
        guard let text else { return nil }
        let parsed = NamePattern(text, parts: split ?? parts, forceEscape: forceEscape)
        if let problem = parsed.problem(original: text, parts: parts, currentDatabase: session.connection.database) {
            session.reportOwnError(problem)
            throw RejectedPattern()
        }
        return parsed
    }

    /// Whether the server is Aurora DSQL, where a failing catalog query inside a transaction
    /// would abort it; elsewhere listings run inside transactions as psql runs them.
    var onDSQL: Bool { session.connector.isDSQLEndpoint }

    /// Runs `sql`, reporting a failure as psql does, and returns its rows.
    func listing(_ sql: String) -> QueryResult? { requiredRows(sql, guarded: onDSQL) }

    /// Runs `sql` and prints its rows under `title`; false when it failed.
    func showListing(_ sql: String, title: String) -> Bool {
        guard let rows = listing(sql) else { return false }
        printListing(rows, title: title)
        return true
    }

    /// Prints `table` under `title` as psql prints describe output: NULL as empty text.
    func printListing<Table: TabularResult>(_ table: Table, title: String?, footers: [String]? = nil) {
        print(table, title: title, footers: footers, showsNullAsEmpty: true)
    }
}
