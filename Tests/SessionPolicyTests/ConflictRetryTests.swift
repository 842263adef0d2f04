import Testing

@testable import SessionPolicy

@Suite("Conflicts (40001) are retried visibly, and only when nothing took effect")
struct ConflictRetryTests {
    private static let mutation = "mutation conflicts with another transaction, retry as needed (OC000)"
    private static let schema = "schema has been updated by another transaction, please retry: (OC001)"

    private func inFlight(_ statement: OutgoingStatement, policy: SessionPolicy = .interactiveDSQL) throws -> Lifecycle
    {
        var lifecycle = Lifecycle(policy: policy, connectedAt: .seconds(0))
        #expect(try lifecycle.aboutToSend(statement, now: .seconds(1), connectionIsOpen: true) == .send)
        return lifecycle
    }

    private func conflict(
        _ lifecycle: inout Lifecycle, message: String = mutation,
        after: TransactionState = .idle
    ) throws -> LifecycleAction {
        var random = FixedRandom.middle
        return try lifecycle.statementFailed(
            sqlState: "40001", message: message, transactionAfter: after, connectionIsOpen: true, using: &random)
    }

    /// A script against a server that is not DSQL prints what psql prints: no retry, no advice.
    @Test func aScriptAgainstAnotherServerGetsNoRetryAndNoAdvice() throws {
        let policy = SessionPolicy.defaults(dsqlEndpoint: false, interactive: false)
        var lifecycle = try inFlight(OutgoingStatement("update t set n = n + 1"), policy: policy)
        #expect(try conflict(&lifecycle) == .fail(notice: nil))
        var inTransaction = try inFlight(OutgoingStatement("update t set n = 1", transaction: .open), policy: policy)
        #expect(try conflict(&inTransaction, after: .failed) == .fail(notice: nil))
        var limited = try inFlight(OutgoingStatement("select 1"), policy: policy)
        var random = FixedRandom.middle
        #expect(
            try limited.statementFailed(
                sqlState: "53300", message: "sorry, too many clients already", transactionAfter: .idle,
                connectionIsOpen: true, using: &random) == .fail(notice: nil))
    }

    @Test func retryOCCAsksForRetriesOnAnyServer() throws {
        var policy = SessionPolicy.defaults(dsqlEndpoint: false, interactive: false)
        policy.retriesRequested = true
        var lifecycle = try inFlight(OutgoingStatement("update t set n = n + 1"), policy: policy)
        guard case .retry = try conflict(&lifecycle) else {
            Issue.record("RETRY_OCC set: the conflict should be retried")
            return
        }
    }

    @Test func autocommitConflictIsRetriedThreeTimesThenReported() throws {
        var lifecycle = try inFlight(OutgoingStatement("update t set n = n + 1"))
        let expected: [(Duration, String)] = [
            (.milliseconds(100), "dsql: conflict (OC000), retrying in 0.10 s (1/3)\n"),
            (.milliseconds(200), "dsql: conflict (OC000), retrying in 0.20 s (2/3)\n"),
            (.milliseconds(400), "dsql: conflict (OC000), retrying in 0.40 s (3/3)\n"),
        ]
        for (delay, notice) in expected {
            #expect(try conflict(&lifecycle) == .retry(after: delay, notice: notice))
            #expect(try lifecycle.backoffElapsed(now: .seconds(2), connectionIsOpen: true) == .send)
        }
        #expect(
            try conflict(&lifecycle) == .fail(notice: "dsql: conflict (OC000) persisted after 3 retries; giving up.\n"))
        #expect(
            try lifecycle.aboutToSend(OutgoingStatement("select 1"), now: .seconds(3), connectionIsOpen: true) == .send)
    }

    @Test func retrySucceedingEndsTheCycle() throws {
        var lifecycle = try inFlight(OutgoingStatement("insert into t values (1)"))
        _ = try conflict(&lifecycle, message: Self.schema)
        #expect(try lifecycle.backoffElapsed(now: .seconds(2), connectionIsOpen: true) == .send)
        try lifecycle.statementSucceeded(transactionAfter: .idle)
        // A later conflict starts again at retry 1.
        _ = try lifecycle.aboutToSend(
            OutgoingStatement("insert into t values (2)"), now: .seconds(3), connectionIsOpen: true)
        #expect(
            try conflict(&lifecycle)
                == .retry(after: .milliseconds(100), notice: "dsql: conflict (OC000), retrying in 0.10 s (1/3)\n"))
    }

    @Test func schemaConflictIsNamedInTheNotice() throws {
        var lifecycle = try inFlight(OutgoingStatement("select * from t"))
        #expect(
            try conflict(&lifecycle, message: Self.schema)
                == .retry(after: .milliseconds(100), notice: "dsql: conflict (OC001), retrying in 0.10 s (1/3)\n"))
    }

    @Test(arguments: [0, 1, 5])
    func retryLimitFollowsThePolicy(limit: Int) throws {
        let policy = SessionPolicy(connectionMaxAge: nil, retryLimit: limit, interactive: false)
        var lifecycle = try inFlight(OutgoingStatement("delete from t"), policy: policy)
        for _ in 0..<limit {
            guard case .retry = try conflict(&lifecycle) else {
                Issue.record("expected a retry")
                return
            }
            _ = try lifecycle.backoffElapsed(now: .seconds(2), connectionIsOpen: true)
        }
        guard case .fail = try conflict(&lifecycle) else {
            Issue.record("expected the conflict to be reported")
            return
        }
    }

    @Test func disabledRetriesReportTheServerErrorAlone() throws {
        let policy = SessionPolicy(connectionMaxAge: nil, retryLimit: 0, interactive: true)
        var lifecycle = try inFlight(OutgoingStatement("delete from t"), policy: policy)
        #expect(try conflict(&lifecycle) == .fail(notice: nil))
    }

    @Test(arguments: [
        // (statement, transaction after the failure, notice)
        (
            OutgoingStatement("commit", transaction: .open), TransactionState.idle,
            "dsql: conflict (OC000) in a transaction is not retried: the transaction was rolled back; run it again.\n"
        ),
        (
            OutgoingStatement("update t set n = 1", transaction: .open), .failed,
            "dsql: conflict (OC000) in a transaction is not retried: ROLLBACK, then run the transaction again.\n"
        ),
        (
            OutgoingStatement("update t set n = 1", autocommit: false), .failed,
            "dsql: conflict (OC000) in a transaction is not retried: ROLLBACK, then run the transaction again.\n"
        ),
        (
            OutgoingStatement("begin; update t set n = 1; commit"), .idle,
            "dsql: conflict (OC000) not retried: the command string commits or rolls back by itself, so part of it may have taken effect.\n"
        ),
        (
            OutgoingStatement("update t set n = 1; commit; update u set n = 2"), .idle,
            "dsql: conflict (OC000) not retried: the command string commits or rolls back by itself, so part of it may have taken effect.\n"
        ),
    ])
    func conflictsThatMayHaveTakenEffectAreNotRetried(
        statement: OutgoingStatement, after: TransactionState, notice: String
    ) throws {
        var lifecycle = try inFlight(statement)
        #expect(try conflict(&lifecycle, after: after) == .fail(notice: notice))
    }

    @Test func multiStatementStringWithoutTransactionControlIsRetriedWhole() throws {
        var lifecycle = try inFlight(OutgoingStatement("update t set n = 1; update u set n = 2"))
        #expect(
            try conflict(&lifecycle)
                == .retry(after: .milliseconds(100), notice: "dsql: conflict (OC000), retrying in 0.10 s (1/3)\n"))
    }

    @Test func retryRecyclesAConnectionThatAgedOrClosedDuringTheBackoff() throws {
        var lifecycle = Lifecycle(policy: .interactiveDSQL, connectedAt: .seconds(0))
        _ = try lifecycle.aboutToSend(
            OutgoingStatement("update t set n = 1"), now: .seconds(3299), connectionIsOpen: true)
        _ = try conflict(&lifecycle)
        #expect(try lifecycle.backoffElapsed(now: .seconds(3300), connectionIsOpen: true) == .reconnect(notice: nil))
        #expect(try lifecycle.reconnected(now: .seconds(3301)) == .restoreThenSend(restoring: []))
        // The attempt count survives the recycle.
        #expect(
            try conflict(&lifecycle)
                == .retry(after: .milliseconds(200), notice: "dsql: conflict (OC000), retrying in 0.20 s (2/3)\n"))
        // Found closed by the server: an interactive user is told in one line.
        #expect(
            try lifecycle.backoffElapsed(now: .seconds(3302), connectionIsOpen: false)
                == .reconnect(notice: LifecycleMessages.idleConnectionReplaced))
    }

    @Test func cancelledRetryDropsTheStatement() throws {
        var lifecycle = try inFlight(OutgoingStatement("update t set n = 1"))
        _ = try conflict(&lifecycle)
        try lifecycle.retryCancelled()
        #expect(
            try lifecycle.aboutToSend(OutgoingStatement("select 1"), now: .seconds(2), connectionIsOpen: true) == .send)
    }

    @Test func otherErrorsAreReportedWithoutRetry() throws {
        var lifecycle = try inFlight(OutgoingStatement("select * from missing"))
        var random = FixedRandom.middle
        #expect(
            try lifecycle.statementFailed(
                sqlState: "42P01", message: "relation \"missing\" does not exist",
                transactionAfter: .idle, connectionIsOpen: true, using: &random) == .fail(notice: nil))
    }

    @Test func jitterComesFromTheInjectedGenerator() throws {
        var lifecycle = try inFlight(OutgoingStatement("update t set n = 1"))
        var random = FixedRandom.lowest
        let action = try lifecycle.statementFailed(
            sqlState: "40001", message: Self.mutation, transactionAfter: .idle, connectionIsOpen: true, using: &random)
        #expect(
            action == .retry(after: .milliseconds(75), notice: "dsql: conflict (OC000), retrying in 0.08 s (1/3)\n"))
    }
}
