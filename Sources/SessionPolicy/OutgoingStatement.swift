/// A command string the session is about to send, with what the lifecycle needs to know about it.
public struct OutgoingStatement: Equatable, Sendable {
    /// The text to send: one statement, or several separated by semicolons (`-c 'a; b'`).
    public var text: String
    /// The connection's transaction state before sending (`PQtransactionStatus`).
    public var transaction: TransactionState
    /// The `AUTOCOMMIT` variable: when off, the shell opens a transaction before the statement.
    public var autocommit: Bool

    /// Describes a command string about to be sent.
    public init(_ text: String, transaction: TransactionState = .idle, autocommit: Bool = true) {
        self.text = text
        self.transaction = transaction
        self.autocommit = autocommit
    }

    /// Whether the statement runs inside an explicit transaction (open now, or opened by AUTOCOMMIT off).
    var runsInExplicitTransaction: Bool { transaction.isOpen || !autocommit }

    /// The transaction state the statement actually starts in, counting the shell's implicit `BEGIN`.
    var effectiveTransaction: TransactionState {
        transaction == .idle && !autocommit ? .open : transaction
    }
}
