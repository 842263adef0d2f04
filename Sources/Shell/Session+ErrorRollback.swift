import PostgresClient

extension Session {
    /// psql's temporary savepoint name for ON_ERROR_ROLLBACK.
    static let errorRollbackSavepoint = "pg_psql_temporary_savepoint"

    /// Whether ON_ERROR_ROLLBACK asks for a savepoint around statements now: `on`, or
    /// `interactive` in an interactive session (psql's rule); the transaction is checked
    /// when the statement is sent.
    var errorRollbackRequested: Bool {
        switch variables.settings.onErrorRollback {
        case .off: false
        case .on: true
        case .interactive: isInteractive
        }
    }

    /// Before a statement inside a transaction: sets psql's savepoint, so that a failure
    /// rolls back only the statement. Aurora DSQL has no savepoints: that is said once
    /// and the statement runs without one. Nil when the statement may go ahead (with
    /// `true` when a savepoint was set); `false` when setting it failed (reported).
    func setErrorRollbackSavepoint() -> Bool? {
        guard errorRollbackRequested, connection.transactionStatus == .inTransaction else { return nil }
        if lifecycle.policy.dsqlEndpoint {
            if !errorRollbackNoteShown {
                errorRollbackNoteShown = true
                tell(
                    "dsql: note: ON_ERROR_ROLLBACK needs savepoints, which Aurora DSQL does not support; a failed statement still aborts the transaction\n"
                )
            }
            return nil
        }
        return internalStatement("SAVEPOINT \(Self.errorRollbackSavepoint)") ? true : false
    }

    /// After the statement: rolls back to the savepoint when the transaction failed,
    /// releases it when the transaction goes on (unless the statement itself was a
    /// COMMIT, SAVEPOINT, RELEASE or ROLLBACK), as psql's SendQuery does.
    func finishErrorRollbackSavepoint() {
        switch connection.transactionStatus {
        case .failedTransaction:
            _ = internalStatement("ROLLBACK TO \(Self.errorRollbackSavepoint)")
        case .inTransaction:
            let tag = lastCommandStatus
            // COMMIT AND CHAIN leaves a new transaction without the savepoint.
            if tag == "COMMIT" || tag.hasPrefix("SAVEPOINT") || tag == "RELEASE" || tag == "ROLLBACK" { return }
            _ = internalStatement("RELEASE \(Self.errorRollbackSavepoint)")
        default:
            break
        }
    }

    /// Runs one statement of psql's own, unechoed; false after reporting its error.
    func internalStatement(_ sql: String) -> Bool {
        do {
            for result in try connection.execute(sql) {
                if case .error(let error) = result.status {
                    reportServerError(error)
                    return false
                }
            }
            return true
        } catch {
            reportOwnError("\(error)")
            return false
        }
    }
}
