import CLibPQ

/// What the server sent next for the query sent last.
public enum Arrival {
    /// One row in single-row mode, held in the connection's `streamedRow` until the next arrival.
    case row
    /// A whole result: the end of streamed rows, a command's tag, an error, COPY and so on.
    case result(QueryResult)
}

extension Connection {
    /// Waits for the next row or result of the query sent last; nil when all have arrived.
    ///
    /// A streamed row is not wrapped in a `QueryResult`: the connection's one
    /// `StreamedRow` takes it, so rows cost no allocation of their own.
    /// The corresponding libpq functions are `PQgetResult` and `PQresultStatus`.
    public func nextArrival() -> Arrival? {
        // Freed first, so libpq's allocations for the next row reuse the memory at once.
        streamedRow.release()
        guard let result = PQgetResult(handle) else { return nil }
        if PQresultStatus(result) == PGRES_SINGLE_TUPLE {
            streamedRow.hold(result)
            return .row
        }
        return .result(QueryResult(handle: result))
    }
}
