/// Follows BEGIN … COMMIT through a run of statements, counting DDL and DML, so the
/// one-DDL and no-mixing rules can see what came before.
public struct TransactionTracker: Sendable {
    /// Whether an explicit transaction is open.
    public private(set) var inTransaction = false
    private var ddl = 0
    private var dml = 0

    public init() {}

    /// Fills in the transaction fields of `statement` as it stands now.
    public func annotate(_ statement: inout StatementContext) {
        statement.inTransaction = inTransaction
        statement.earlierDDL = ddl
        statement.earlierDML = dml
    }

    /// Records that `statement` ran.
    public mutating func record(_ statement: StatementContext) {
        if statement.kind == "TransactionStmt" {
            switch statement.body["kind"]?.string {
            case "TRANS_STMT_BEGIN", "TRANS_STMT_START":
                inTransaction = true
                ddl = 0
                dml = 0
            case "TRANS_STMT_COMMIT", "TRANS_STMT_ROLLBACK", "TRANS_STMT_PREPARE", "TRANS_STMT_COMMIT_PREPARED",
                "TRANS_STMT_ROLLBACK_PREPARED":
                reset()
            default:
                break
            }
            return
        }
        guard inTransaction else { return }
        if statement.isDDL { ddl += 1 }
        if statement.isDML { dml += 1 }
    }

    /// Starts counting a transaction opened without a BEGIN the tracker saw (AUTOCOMMIT
    /// off, `-1`); nothing changes when one is already open.
    public mutating func begin() {
        guard !inTransaction else { return }
        inTransaction = true
        ddl = 0
        dml = 0
    }

    /// Forgets any open transaction (the server says none is open).
    public mutating func reset() {
        inTransaction = false
        ddl = 0
        dml = 0
    }
}
