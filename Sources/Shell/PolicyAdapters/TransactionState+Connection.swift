import PostgresClient
import SessionPolicy

extension TransactionState {
    /// Reads libpq's transaction status; nil when it is unknown (the connection is bad).
    public init?(_ status: Connection.TransactionStatus) {
        switch status {
        case .idle: self = .idle
        case .active, .inTransaction: self = .open
        case .failedTransaction: self = .failed
        case .unknown: return nil
        }
    }
}
