import Testing

@testable import SessionPolicy

@Suite("State a reconnect cannot replay is known, and a reconnect is silent only without it")
struct UnreplayableStateTests {
    /// What a tracker holds after each statement succeeded in autocommit.
    private func held(_ statements: [String]) -> [UnreplayableState] {
        var tracker = SessionSettingsTracker()
        for statement in statements { tracker.record(statement, succeeded: true, before: .idle, after: .idle) }
        return tracker.unreplayable
    }

    @Test(arguments: [
        ("create temp table t (n int)", [UnreplayableState.temporaryObjects]),
        ("CREATE LOCAL TEMPORARY TABLE t (n int)", [.temporaryObjects]),
        ("create or replace temp view v as select 1", [.temporaryObjects]),
        ("create table pg_temp.t (n int)", [.temporaryObjects]),
        ("prepare q as select 1", [.preparedStatements]),
        ("declare c cursor with hold for select 1", [.holdableCursors]),
        ("select pg_advisory_lock(42)", [.advisoryLocks]),
        ("select 1 where pg_try_advisory_lock(1, 2)", [.advisoryLocks]),
        ("listen jobs", [.notificationChannels]),
        ("select set_config('search_path', 's2', false), 1", [.configurationSettings]),
        ("select SET_CONFIG('a.b', current_user, false)", [.configurationSettings]),
        ("insert into t values (1); select pg_advisory_lock(1)", [.advisoryLocks]),
    ])
    func stateIsRecognised(statement: String, expected: [UnreplayableState]) {
        #expect(held([statement]) == expected)
    }

    @Test(arguments: [
        "create table t (n int)",
        "select set_config('a.b', 'x', true)",
        "select pg_advisory_xact_lock(1)",
        "prepare transaction 'x'",
        "declare c cursor for select 1",
        "select 'set_config(x) and pg_advisory_lock(1) in a string'",
        "insert into t values (1, 'row 1')",
    ])
    func harmlessStatementsHoldNothing(statement: String) {
        #expect(held([statement]).isEmpty)
    }

    @Test func exactSetConfigIsReplayedAsASetting() {
        var tracker = SessionSettingsTracker()
        tracker.record("set search_path = a", succeeded: true, before: .idle, after: .idle)
        tracker.record("SELECT set_config('search_path', 's2', false)", succeeded: true, before: .idle, after: .idle)
        #expect(tracker.unreplayable.isEmpty)
        #expect(tracker.statementsToReplay == ["SELECT set_config('search_path', 's2', false)"])
        tracker.record("reset search_path", succeeded: true, before: .idle, after: .idle)
        #expect(tracker.statementsToReplay.isEmpty, "RESET undoes it as it undoes SET")
    }

    @Test func droppingStatementsForgetTheState() {
        #expect(held(["create temp table t (n int)", "discard temp"]).isEmpty)
        #expect(held(["prepare q as select 1", "deallocate all"]).isEmpty)
        #expect(held(["declare c cursor with hold for select 1", "close all"]).isEmpty)
        #expect(held(["listen a", "unlisten *"]).isEmpty)
        #expect(held(["select pg_advisory_lock(1)", "select pg_advisory_unlock_all()"]).isEmpty)
        #expect(held(["create temp table t (n int)", "prepare q as select 1", "discard all"]).isEmpty)
    }

    @Test func rolledBackTransactionsTakeTheirTemporaryStateWithThem() {
        var tracker = SessionSettingsTracker()
        tracker.record("begin", succeeded: true, before: .idle, after: .open)
        tracker.record("create temp table t (n int)", succeeded: true, before: .open, after: .open)
        tracker.record("prepare q as select 1", succeeded: true, before: .open, after: .open)
        tracker.record("rollback", succeeded: true, before: .open, after: .idle)
        #expect(tracker.unreplayable == [.preparedStatements], "a prepared statement outlives the rollback")
        tracker.record("begin; create temp table u (n int); commit", succeeded: true, before: .idle, after: .idle)
        #expect(tracker.unreplayable == [.temporaryObjects, .preparedStatements])
    }

    @Test func aClosedConnectionWithStateStopsAScriptNamingIt() throws {
        var lifecycle = Lifecycle(policy: .scriptDSQL, connectedAt: .seconds(0))
        _ = try lifecycle.aboutToSend(
            OutgoingStatement("create temp table t (n int)"), now: .seconds(1), connectionIsOpen: true)
        try lifecycle.statementSucceeded(transactionAfter: .idle)
        let action = try lifecycle.aboutToSend(
            OutgoingStatement("insert into t values (1)"), now: .seconds(2), connectionIsOpen: false)
        guard case .exit(let code, let message) = action else {
            Issue.record("expected the script to stop, got \(action)")
            return
        }
        #expect(code == 2)
        #expect(message.hasPrefix("connection to server was lost"))
        #expect(message.contains("temporary tables"))
    }

    @Test func aClosedConnectionWithOnlySettingsIsReplacedSilently() throws {
        var lifecycle = Lifecycle(policy: .scriptDSQL, connectedAt: .seconds(0))
        _ = try lifecycle.aboutToSend(
            OutgoingStatement("select set_config('search_path', 'b', false)"), now: .seconds(1), connectionIsOpen: true)
        try lifecycle.statementSucceeded(transactionAfter: .idle)
        #expect(
            try lifecycle.aboutToSend(OutgoingStatement("select 1"), now: .seconds(2), connectionIsOpen: false)
                == .reconnect(notice: nil))
        #expect(
            try lifecycle.reconnected(now: .seconds(3))
                == .restoreThenSend(restoring: ["select set_config('search_path', 'b', false)"]))
    }

    @Test func aPersonIsToldWhatDidNotSurviveAndTheStatementIsNotSent() throws {
        var lifecycle = Lifecycle(policy: .interactiveDSQL, connectedAt: .seconds(0))
        _ = try lifecycle.aboutToSend(
            OutgoingStatement("prepare q as select 1; listen jobs"), now: .seconds(1), connectionIsOpen: true)
        try lifecycle.statementSucceeded(transactionAfter: .idle)
        let action = try lifecycle.aboutToSend(
            OutgoingStatement("execute q"), now: .seconds(2), connectionIsOpen: false)
        #expect(action == .reconnect(notice: LifecycleMessages.attemptingReset))
        guard case .restoreThenWait(_, let notice) = try lifecycle.reconnected(now: .seconds(3)) else {
            Issue.record("expected the statement to wait")
            return
        }
        #expect(notice.contains("The statement was not sent") || notice.contains("the statement was not sent"))
        #expect(notice.contains("prepared statements and LISTEN registrations"), "\(notice)")
        // The new connection holds none of it: the next closed connection is replaced, in one line.
        #expect(
            try lifecycle.aboutToSend(OutgoingStatement("select 1"), now: .seconds(4), connectionIsOpen: false)
                == .reconnect(notice: LifecycleMessages.idleConnectionReplaced))
    }

    @Test func anOldConnectionHoldingStateIsKept() throws {
        var lifecycle = Lifecycle(policy: .interactiveDSQL, connectedAt: .seconds(0))
        _ = try lifecycle.aboutToSend(
            OutgoingStatement("create temp table t (n int)"), now: .seconds(1), connectionIsOpen: true)
        try lifecycle.statementSucceeded(transactionAfter: .idle)
        #expect(
            try lifecycle.aboutToSend(OutgoingStatement("select 1"), now: .seconds(7200), connectionIsOpen: true)
                == .send)
    }
}
