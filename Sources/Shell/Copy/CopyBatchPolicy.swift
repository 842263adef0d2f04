import FoundationEssentials

/// When a `\copy … from` is committed in batches, and how big they are.
///
/// Aurora DSQL allows 3,000 modified rows and 10 MiB per transaction (SQLSTATE 54000), so on
/// a DSQL endpoint (``Connector/isDSQLEndpoint``), or whenever `COPY_BATCH_ROWS` is set, each
/// batch is its own COPY and transaction, below both limits.
struct CopyBatchPolicy: Equatable {
    /// Rows per batch.
    var rows: Int
    /// Bytes of row data per batch.
    var bytes: Int

    static let defaultRows = 2_500
    static let defaultBytes = 4 * 1024 * 1024

    /// The policy for a session, or nil for one COPY of everything.
    ///
    /// - Parameters:
    ///   - dsqlEndpoint: whether the session is connected to an Aurora DSQL endpoint
    ///     (``Connector/isDSQLEndpoint``), where batching is on by default.
    ///   - rowsVariable: `COPY_BATCH_ROWS`; `0` turns batching off.
    ///   - bytesVariable: `COPY_BATCH_BYTES`.
    ///   - inTransaction: batches cannot commit inside the user's own transaction.
    static func resolve(dsqlEndpoint onDSQL: Bool, rowsVariable: String?, bytesVariable: String?, inTransaction: Bool)
        -> CopyBatchPolicy?
    {
        if inTransaction { return nil }
        let rows = rowsVariable.flatMap { Int($0.trimmingBlanks()) }
        if rows == 0 { return nil }
        guard onDSQL || rows != nil else { return nil }
        let bytes = bytesVariable.flatMap { Int($0.trimmingBlanks()) }.flatMap { $0 > 0 ? $0 : nil }
        return CopyBatchPolicy(rows: max(1, rows ?? defaultRows), bytes: bytes ?? defaultBytes)
    }

    /// Whether a batch holding `rows` rows and `bytes` bytes is full.
    func isFull(rows: Int, bytes: Int) -> Bool {
        rows >= self.rows || bytes >= self.bytes
    }
}
