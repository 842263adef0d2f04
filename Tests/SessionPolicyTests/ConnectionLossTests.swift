import Testing

@testable import SessionPolicy

@Suite("A connection lost mid-statement is reset, never resent")
struct ConnectionLossTests {
    private static let reset = "The connection to the server was lost. Attempting reset: "

    /// A lifecycle with `statement` in flight on a connection made at t=0.
    private func inFlight(_ statement: OutgoingStatement, policy: SessionPolicy = .interactiveDSQL) throws -> Lifecycle
    {
        var lifecycle = Lifecycle(policy: policy, connectedAt: .seconds(0))
        #expect(try lifecycle.aboutToSend(statement, now: .seconds(1), connectionIsOpen: true) == .send)
        return lifecycle
    }

    @Test(arguments: [
        (
            OutgoingStatement("insert into t values (1)"),
            "dsql: the statement was not sent again; it may or may not have taken effect.\n"
        ),
        (
            OutgoingStatement("insert into t values (1)", transaction: .open),
            "dsql: the open transaction was rolled back; none of its changes were saved.\n"
        ),
        (
            OutgoingStatement("insert into t values (1)", autocommit: false),
            "dsql: the open transaction was rolled back; none of its changes were saved.\n"
        ),
        (
            OutgoingStatement("begin; insert into t values (1)"),
            "dsql: the open transaction was rolled back; none of its changes were saved.\n"
        ),
        (
            OutgoingStatement("commit", transaction: .open),
            "dsql: the connection was lost during COMMIT; the transaction may or may not have been committed.\n"
        ),
        (
            OutgoingStatement("BEGIN; insert into t values (1); END"),
            "dsql: the connection was lost during COMMIT; the transaction may or may not have been committed.\n"
        ),
    ])
    func interactiveLossResetsAndSaysWhatBecameOfTheWork(statement: OutgoingStatement, loss: String) throws {
        var lifecycle = try inFlight(statement)
        #expect(try lifecycle.connectionLost() == .reconnect(notice: Self.reset))
        #expect(
            try lifecycle.reconnected(now: .seconds(2))
                == .restoreThenWait(restoring: [], notice: "Succeeded.\n" + loss))
        // The lost statement is not pending: the next event is a new statement, sent once.
        #expect(
            try lifecycle.aboutToSend(OutgoingStatement("select 1"), now: .seconds(3), connectionIsOpen: true) == .send)
    }

    @Test func failedResetSaysFailedAndLeavesTheSessionDisconnected() throws {
        var lifecycle = try inFlight(OutgoingStatement("update t set a = 1", transaction: .open))
        _ = try lifecycle.connectionLost()
        #expect(
            try lifecycle.reconnectFailed(sqlState: nil, message: "Connection refused")
                == .report(
                    """
                    Failed.
                    dsql: could not reconnect: Connection refused
                    dsql: the open transaction was rolled back; none of its changes were saved.

                    """))
        #expect(
            try lifecycle.aboutToSend(OutgoingStatement("select 1"), now: .seconds(9), connectionIsOpen: false)
                == .reconnect(notice: nil))
    }

    @Test(arguments: [OutgoingStatement("select 1"), OutgoingStatement("commit", transaction: .open)])
    func nonInteractiveLossExitsWithStatusTwo(statement: OutgoingStatement) throws {
        var lifecycle = try inFlight(statement, policy: .scriptDSQL)
        #expect(try lifecycle.connectionLost() == .exit(code: 2, message: "connection to server was lost"))
    }

    @Test(arguments: ["57P01", "57P02", "08006", "08003", "42P01"])
    func anErrorThatLeftTheConnectionClosedIsALoss(sqlState: String) throws {
        var lifecycle = try inFlight(OutgoingStatement("select pg_sleep(10)"))
        var random = FixedRandom.middle
        let action = try lifecycle.statementFailed(
            sqlState: sqlState, message: "terminating connection due to administrator command",
            transactionAfter: .idle, connectionIsOpen: false, using: &random)
        #expect(action == .reconnect(notice: Self.reset))
    }

    /// Loss is read from the connection, never from the code: `RAISE … USING ERRCODE = '08001'`
    /// on a healthy connection is an ordinary error (psql carries on).
    @Test(arguments: ["08001", "08006", "57P01"])
    func aConnectionErrorCodeOnAnOpenConnectionIsAnOrdinaryError(sqlState: String) throws {
        var lifecycle = try inFlight(
            OutgoingStatement("do $$ begin raise exception 'x' using errcode = '\(sqlState)'; end $$"))
        var random = FixedRandom.middle
        let action = try lifecycle.statementFailed(
            sqlState: sqlState, message: "x", transactionAfter: .idle, connectionIsOpen: true, using: &random)
        #expect(action == .fail(notice: nil))
    }

    @Test func settingsAreRestoredAfterAReset() throws {
        var lifecycle = Lifecycle(policy: .interactiveDSQL, connectedAt: .seconds(0))
        _ = try lifecycle.aboutToSend(
            OutgoingStatement("SET TIME ZONE 'UTC'"), now: .seconds(1), connectionIsOpen: true)
        try lifecycle.statementSucceeded(transactionAfter: .idle)
        _ = try lifecycle.aboutToSend(OutgoingStatement("select 1"), now: .seconds(2), connectionIsOpen: true)
        _ = try lifecycle.connectionLost()
        #expect(
            try lifecycle.reconnected(now: .seconds(3))
                == .restoreThenWait(
                    restoring: ["SET TIME ZONE 'UTC'"],
                    notice: "Succeeded.\ndsql: the statement was not sent again; it may or may not have taken effect.\n"
                ))
    }

    @Test func settingsPendingInTheLostTransactionAreForgotten() throws {
        var lifecycle = Lifecycle(policy: .interactiveDSQL, connectedAt: .seconds(0))
        _ = try lifecycle.aboutToSend(OutgoingStatement("begin"), now: .seconds(1), connectionIsOpen: true)
        try lifecycle.statementSucceeded(transactionAfter: .open)
        _ = try lifecycle.aboutToSend(
            OutgoingStatement("set work_mem = '4MB'", transaction: .open), now: .seconds(2), connectionIsOpen: true)
        try lifecycle.statementSucceeded(transactionAfter: .open)
        #expect(lifecycle.settings.hasPendingSettings)
        _ = try lifecycle.aboutToSend(
            OutgoingStatement("select 1", transaction: .open), now: .seconds(3), connectionIsOpen: true)
        _ = try lifecycle.connectionLost()
        #expect(!lifecycle.settings.hasPendingSettings)
        guard case .restoreThenWait(let restoring, _) = try lifecycle.reconnected(now: .seconds(4)) else {
            Issue.record("expected restoreThenWait")
            return
        }
        #expect(restoring.isEmpty)
    }

    @Test func eventsOutOfOrderAreReportedAsErrors() throws {
        var lifecycle = Lifecycle(policy: .interactiveDSQL, connectedAt: .seconds(0))
        #expect(throws: LifecycleError.unexpectedEvent(event: "connectionLost", state: "idle")) {
            try lifecycle.connectionLost()
        }
        #expect(throws: LifecycleError.unexpectedEvent(event: "statementSucceeded", state: "idle")) {
            try lifecycle.statementSucceeded(transactionAfter: .idle)
        }
        #expect(throws: LifecycleError.unexpectedEvent(event: "reconnected", state: "idle")) {
            try lifecycle.reconnected(now: .seconds(1))
        }
        #expect(throws: LifecycleError.unexpectedEvent(event: "backoffElapsed", state: "idle")) {
            try lifecycle.backoffElapsed(now: .seconds(1), connectionIsOpen: true)
        }
        _ = try lifecycle.aboutToSend(OutgoingStatement("select 1"), now: .seconds(1), connectionIsOpen: true)
        #expect(throws: LifecycleError.unexpectedEvent(event: "aboutToSend", state: "a statement is in flight")) {
            try lifecycle.aboutToSend(OutgoingStatement("select 2"), now: .seconds(1), connectionIsOpen: true)
        }
    }
}
