/// The server's transaction state around a statement, as libpq reports it.
///
/// Map `PQtransactionStatus`: `PQTRANS_IDLE` → ``idle``; `PQTRANS_INTRANS` and
/// `PQTRANS_ACTIVE` → ``open``; `PQTRANS_INERROR` → ``failed``.
public enum TransactionState: Equatable, Sendable {
    /// No transaction block is open.
    case idle
    /// A transaction block is open and healthy.
    case open
    /// A transaction block is open but has failed; only `ROLLBACK` ends it.
    case failed

    /// Whether a transaction block is open, healthy or not.
    public var isOpen: Bool { self != .idle }
}
