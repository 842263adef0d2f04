import Testing

@testable import SessionPolicy

@Suite("Connections are recycled before a statement when too old or found closed")
struct ConnectionRecyclingTests {
    private let start = TestInstant.seconds(0)

    @Test(arguments: [
        // (connection age in seconds, transaction before, expected action)
        (0, TransactionState.idle, LifecycleAction.send),
        (3299, .idle, .send),
        (3300, .idle, .reconnect(notice: nil)),
        (7200, .idle, .reconnect(notice: nil)),
        (3300, .open, .send),
        (7200, .failed, .send),
    ])
    func oldConnectionIsReplacedOnlyOutsideATransaction(
        age: Int, transaction: TransactionState, expected: LifecycleAction
    ) throws {
        var lifecycle = Lifecycle(policy: .interactiveDSQL, connectedAt: start)
        let action = try lifecycle.aboutToSend(
            OutgoingStatement("select 1", transaction: transaction),
            now: .seconds(age), connectionIsOpen: true)
        #expect(action == expected)
    }

    @Test func autocommitOffStillRecyclesBeforeTheImplicitBegin() throws {
        var lifecycle = Lifecycle(policy: .interactiveDSQL, connectedAt: start)
        let action = try lifecycle.aboutToSend(
            OutgoingStatement("insert into t values (1)", autocommit: false),
            now: .seconds(4000), connectionIsOpen: true)
        #expect(action == .reconnect(notice: nil))
    }

    @Test(arguments: [nil, Duration.seconds(10)])
    func ageLimitFollowsThePolicy(maxAge: Duration?) throws {
        let policy = SessionPolicy(connectionMaxAge: maxAge, interactive: true)
        var lifecycle = Lifecycle(policy: policy, connectedAt: start)
        let action = try lifecycle.aboutToSend(
            OutgoingStatement("select 1"), now: .seconds(100_000), connectionIsOpen: true)
        #expect(action == (maxAge == nil ? .send : .reconnect(notice: nil)))
    }

    @Test func recycledConnectionRestoresSettingsThenSendsTheStatementOnce() throws {
        var lifecycle = Lifecycle(policy: .interactiveDSQL, connectedAt: start)
        #expect(
            try lifecycle.aboutToSend(
                OutgoingStatement("SET search_path = app"), now: .seconds(1), connectionIsOpen: true) == .send)
        try lifecycle.statementSucceeded(transactionAfter: .idle)

        #expect(
            try lifecycle.aboutToSend(OutgoingStatement("select 1"), now: .seconds(3301), connectionIsOpen: true)
                == .reconnect(notice: nil))
        #expect(
            try lifecycle.reconnected(now: .seconds(3302)) == .restoreThenSend(restoring: ["SET search_path = app"]))
        try lifecycle.statementSucceeded(transactionAfter: .idle)
        #expect(lifecycle.connectionAge(now: .seconds(3402)) == .seconds(100))
    }

    @Test func newConnectionStartsItsOwnAgeClock() throws {
        var lifecycle = Lifecycle(policy: .interactiveDSQL, connectedAt: start)
        _ = try lifecycle.aboutToSend(OutgoingStatement("select 1"), now: .seconds(3300), connectionIsOpen: true)
        _ = try lifecycle.reconnected(now: .seconds(3300))
        try lifecycle.statementSucceeded(transactionAfter: .idle)
        #expect(
            try lifecycle.aboutToSend(OutgoingStatement("select 2"), now: .seconds(6599), connectionIsOpen: true)
                == .send)
    }

    @Test(arguments: [true, false])
    func closedIdleConnectionIsReplacedSilentlyInScriptsAndWithOneLineInteractively(interactive: Bool) throws {
        let policy = SessionPolicy.defaults(dsqlEndpoint: true, interactive: interactive)
        var lifecycle = Lifecycle(policy: policy, connectedAt: start)
        #expect(
            try lifecycle.aboutToSend(OutgoingStatement("select 1"), now: .seconds(5), connectionIsOpen: false)
                == .reconnect(notice: interactive ? LifecycleMessages.idleConnectionReplaced : nil))
        #expect(try lifecycle.reconnected(now: .seconds(6)) == .restoreThenSend(restoring: []))
    }

    @Test func closedConnectionInsideATransactionReportsTheRollbackAndDropsTheStatement() throws {
        var lifecycle = Lifecycle(policy: .interactiveDSQL, connectedAt: start)
        let statement = OutgoingStatement("insert into t values (2)", transaction: .open)
        #expect(
            try lifecycle.aboutToSend(statement, now: .seconds(5), connectionIsOpen: false)
                == .reconnect(notice: "The connection to the server was lost. Attempting reset: "))
        let action = try lifecycle.reconnected(now: .seconds(6))
        #expect(
            action
                == .restoreThenWait(
                    restoring: [],
                    notice: """
                        Succeeded.
                        dsql: the open transaction was rolled back; none of its changes were saved. The statement was not sent.

                        """))
    }

    @Test func closedConnectionInsideATransactionEndsAScriptWithStatusTwo() throws {
        var lifecycle = Lifecycle(policy: .scriptDSQL, connectedAt: start)
        let action = try lifecycle.aboutToSend(
            OutgoingStatement("commit", transaction: .open), now: .seconds(5), connectionIsOpen: false)
        #expect(action == .exit(code: 2, message: "connection to server was lost"))
        #expect(throws: LifecycleError.self) {
            try lifecycle.aboutToSend(OutgoingStatement("select 1"), now: .seconds(6), connectionIsOpen: true)
        }
    }

    @Test func failedRecycleIsReportedInteractivelyAndRetriedWithTheNextStatement() throws {
        var lifecycle = Lifecycle(policy: .interactiveDSQL, connectedAt: start)
        _ = try lifecycle.aboutToSend(OutgoingStatement("select 1"), now: .seconds(3300), connectionIsOpen: true)
        let action = try lifecycle.reconnectFailed(sqlState: nil, message: "could not translate host name")
        #expect(
            action
                == .report(
                    "dsql: could not reconnect: could not translate host name\ndsql: the statement was not sent.\n"))
        #expect(lifecycle.connectionAge(now: .seconds(3301)) == nil)

        #expect(
            try lifecycle.aboutToSend(OutgoingStatement("select 2"), now: .seconds(3400), connectionIsOpen: false)
                == .reconnect(notice: nil))
        #expect(try lifecycle.reconnected(now: .seconds(3401)) == .restoreThenSend(restoring: []))
    }

    @Test func failedRecycleEndsAScriptWithStatusTwo() throws {
        var lifecycle = Lifecycle(policy: .scriptDSQL, connectedAt: start)
        _ = try lifecycle.aboutToSend(OutgoingStatement("select 1"), now: .seconds(3300), connectionIsOpen: true)
        #expect(
            try lifecycle.reconnectFailed(sqlState: "28000", message: "IAM authentication failed for user \"admin\"")
                == .exit(code: 2, message: "IAM authentication failed for user \"admin\""))
    }

    @Test(arguments: [
        (
            "53300",
            "dsql: the cluster has reached its limit of 10,000 connections (53300); close idle sessions and try again."
        ),
        ("53400", "dsql: the cluster accepts at most 100 new connections per second (53400); try again in a moment."),
    ])
    func connectionLimitsAreExplainedWhenReconnectingFails(sqlState: String, explanation: String) throws {
        let policy = SessionPolicy(connectionMaxAge: nil, rateLimitRetries: 0, interactive: true)
        var lifecycle = Lifecycle(policy: policy, connectedAt: start)
        _ = try lifecycle.aboutToSend(OutgoingStatement("select 1"), now: .seconds(0), connectionIsOpen: false)
        let action = try lifecycle.reconnectFailed(sqlState: sqlState, message: "FATAL:  limit")
        #expect(
            action
                == .report(
                    "dsql: could not reconnect: FATAL:  limit\n\(explanation)\ndsql: the statement was not sent.\n"))
    }

    @Test func userReconnectForgetsSettingsAndRestartsTheClock() throws {
        var lifecycle = Lifecycle(policy: .interactiveDSQL, connectedAt: start)
        _ = try lifecycle.aboutToSend(
            OutgoingStatement("set work_mem = '1MB'"), now: .seconds(1), connectionIsOpen: true)
        try lifecycle.statementSucceeded(transactionAfter: .idle)
        lifecycle.connectionReplaced(now: .seconds(5000))
        #expect(lifecycle.settings.statementsToReplay.isEmpty)
        #expect(
            try lifecycle.aboutToSend(OutgoingStatement("select 1"), now: .seconds(5001), connectionIsOpen: true)
                == .send)
    }
}
