/// What was lost with a connection, so the session can say so plainly.
public enum TransactionLoss: Equatable, Sendable {
    /// A statement outside a transaction was in flight: it may or may not have taken effect.
    case autocommitStatement
    /// A transaction was open and a statement in it was in flight: the transaction rolled back.
    case openTransaction
    /// `COMMIT` was in flight: the outcome is unknown.
    case commitInFlight
    /// The connection was found closed between statements of an open transaction.
    case idleTransaction
    /// The connection was found closed between statements, outside a transaction, while the
    /// session held state a new connection cannot get back: the statement was not sent.
    case idleSessionState
}
