/// The words the session prints when it recycles, loses or retries a connection.
///
/// The reset lines are psql's own (`CheckConnection` in psql's common.c); the
/// others start with `dsql:` so they are not mistaken for server messages.
public enum LifecycleMessages {
    /// psql's announcement of a lost connection; "Succeeded." or "Failed." finishes the line.
    public static let attemptingReset = "The connection to the server was lost. Attempting reset: "
    /// Finishes ``attemptingReset`` after a successful reconnect.
    public static let succeeded = "Succeeded.\n"
    /// Finishes ``attemptingReset`` after a failed reconnect.
    public static let failed = "Failed.\n"
    /// psql's fatal error when a non-interactive run loses its connection (exit status 2).
    public static let connectionLost = "connection to server was lost"

    /// What became of the work in flight when the connection went.
    public static func loss(_ loss: TransactionLoss) -> String {
        switch loss {
        case .autocommitStatement:
            "dsql: the statement was not sent again; it may or may not have taken effect.\n"
        case .openTransaction:
            "dsql: the open transaction was rolled back; none of its changes were saved.\n"
        case .commitInFlight:
            "dsql: the connection was lost during COMMIT; the transaction may or may not have been committed.\n"
        case .idleTransaction:
            "dsql: the open transaction was rolled back; none of its changes were saved. The statement was not sent.\n"
        case .idleSessionState:
            "dsql: the statement was not sent.\n"
        }
    }

    /// What a new connection does not have, or "" when it has everything (the settings were replayed).
    public static func lostState(_ states: [UnreplayableState]) -> String {
        guard !states.isEmpty else { return "" }
        return "dsql: lost with the old connection, not restored: \(UnreplayableState.list(states)).\n"
    }

    /// psql's fatal error for a lost connection in a script, naming the session state lost with it.
    public static func connectionLost(losing states: [UnreplayableState]) -> String {
        guard !states.isEmpty else { return connectionLost }
        return connectionLost
            + "\ndsql: lost with it: \(UnreplayableState.list(states)); a new connection would run the rest of the script in a different session"
    }

    /// The notice before a conflict retry: `dsql: conflict (OC000), retrying in 0.12 s (1/3)`.
    public static func retrying(_ code: ConflictCode, delay: Duration, retry: Int, of limit: Int) -> String {
        "dsql: conflict (\(code.label)), retrying in \(delay.secondsWithTwoDecimals) s (\(retry)/\(limit))\n"
    }

    /// Why a conflict was not retried, when there is something useful to say.
    public static func notRetried(_ code: ConflictCode, because reason: NoRetryReason) -> String? {
        let label = code.label
        switch reason {
        case .retriesDisabled:
            return nil
        case .retriesExhausted(let limit):
            return
                "dsql: conflict (\(label)) persisted after \(limit) \(limit == 1 ? "retry" : "retries"); giving up.\n"
        case .transactionRolledBack:
            return
                "dsql: conflict (\(label)) in a transaction is not retried: the transaction was rolled back; run it again.\n"
        case .transactionAborted:
            return
                "dsql: conflict (\(label)) in a transaction is not retried: ROLLBACK, then run the transaction again.\n"
        case .controlsTransactions:
            return
                "dsql: conflict (\(label)) not retried: the command string commits or rolls back by itself, so part of it may have taken effect.\n"
        }
    }

    /// The notice before another reconnect attempt after the connection rate limit (53400) refused one.
    public static func reconnectingAfterRateLimit(delay: Duration, retry: Int, of limit: Int, afterLoss: Bool) -> String
    {
        (afterLoss ? failed : "")
            + "dsql: too many new connections (53400), reconnecting in \(delay.secondsWithTwoDecimals) s (\(retry)/\(limit))\n"
    }

    /// psql's reset announcement, shortened, when a reset is attempted again.
    public static let attemptingResetAgain = "Attempting reset: "

    /// Why a reconnect failed, with advice for DSQL's connection limits.
    public static func reconnectFailed(_ message: String, kind: FailureKind) -> String {
        var text = "dsql: could not reconnect: \(message)\n"
        if let explanation = kind.explanation { text += explanation + "\n" }
        return text
    }

    /// Told to an interactive user when the server had closed the idle connection and a
    /// new one replaces it before the statement (session settings are replayed).
    public static let idleConnectionReplaced =
        "dsql: the server had closed the idle connection; reconnected (session settings restored).\n"

    /// Added when the statement that triggered a recycle could not be sent.
    public static let statementNotSent = "dsql: the statement was not sent.\n"
}
