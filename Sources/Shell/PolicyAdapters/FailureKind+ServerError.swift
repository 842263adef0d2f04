import PostgresClient
import SessionPolicy

extension FailureKind {
    /// Classifies a server error by its SQLSTATE and primary message.
    public init(_ error: ServerError) {
        self.init(sqlState: error.sqlState, message: error.message)
    }
}
