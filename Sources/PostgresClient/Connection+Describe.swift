import CLibPQ

extension Connection {
    /// Parses `sql` into the unnamed prepared statement without running it and describes
    /// its result columns (psql's `\gdesc`). The result is a command result whose fields
    /// are the statement's columns, or an error result.
    /// The corresponding libpq functions are `PQprepare` and `PQdescribePrepared`.
    public func describe(_ sql: String) -> QueryResult? {
        streamedRow.release()
        guard let prepared = sql.withCString({ PQprepare(handle, "", $0, 0, nil) }) else { return nil }
        let preparedResult = QueryResult(handle: prepared)
        guard preparedResult.status == .command else { return preparedResult }
        return PQdescribePrepared(handle, "").map(QueryResult.init(handle:))
    }
}
