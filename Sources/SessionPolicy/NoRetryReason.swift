/// Why a conflicting statement is reported instead of retried.
public enum NoRetryReason: Equatable, Sendable {
    /// `RETRY_OCC` is 0.
    case retriesDisabled
    /// The statement already failed after this many retries.
    case retriesExhausted(Int)
    /// It ran in an explicit transaction that the conflict rolled back (typically at `COMMIT`).
    case transactionRolledBack
    /// It ran in an explicit transaction that is now aborted and must be rolled back.
    case transactionAborted
    /// The command string holds its own `BEGIN`/`COMMIT`/`ROLLBACK`, so part of it may have committed.
    case controlsTransactions
}
