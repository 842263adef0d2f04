import Testing

@testable import SessionPolicy

@Suite("SET settings are remembered for replay after a reconnect")
struct SessionSettingsTrackerTests {
    /// Records each statement as succeeding in autocommit and returns what would be replayed.
    private func replay(_ statements: [String]) -> [String] {
        var tracker = SessionSettingsTracker()
        for statement in statements { tracker.record(statement, succeeded: true, before: .idle, after: .idle) }
        return tracker.statementsToReplay
    }

    @Test(arguments: [
        ("SET search_path = app, public", ["SET search_path = app, public"]),
        ("set work_mem to '64MB';", ["set work_mem to '64MB'"]),
        ("SET SESSION statement_timeout = 5000", ["SET SESSION statement_timeout = 5000"]),
        (
            "  -- why\n  /* a /* nested */ comment */ SET\n  datestyle TO 'ISO, DMY'  ",
            ["SET\n  datestyle TO 'ISO, DMY'"]
        ),
        ("SET TIME ZONE 'Europe/Paris'", ["SET TIME ZONE 'Europe/Paris'"]),
        ("SET SCHEMA 'app'", ["SET SCHEMA 'app'"]),
        ("SET NAMES 'UTF8'", ["SET NAMES 'UTF8'"]),
        ("SET ROLE reader", ["SET ROLE reader"]),
        ("SET SESSION AUTHORIZATION alice", ["SET SESSION AUTHORIZATION alice"]),
        (
            "SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY",
            ["SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"]
        ),
        ("SET myapp.tenant = 'a;b'", ["SET myapp.tenant = 'a;b'"]),
        ("SET application_name = $$x; SET y = 1$$", ["SET application_name = $$x; SET y = 1$$"]),
        ("SET application_name = E'it\\'s'", ["SET application_name = E'it\\'s'"]),
    ])
    func sessionSettingsAreKeptAsWritten(statement: String, expected: [String]) {
        #expect(replay([statement]) == expected)
    }

    @Test(arguments: [
        "SET LOCAL work_mem = '1MB'",
        "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ",
        "SET CONSTRAINTS ALL DEFERRED",
        "select 'SET work_mem = 1'",
        "-- SET work_mem = 1\nselect 1",
        "/* SET work_mem = 1 */ select 1",
        "SETTLE",
        "SET",
    ])
    func statementsThatLastOnlyForATransactionOrAreNotSettingsAreIgnored(statement: String) {
        #expect(replay([statement]).isEmpty)
    }

    @Test func latestValuePerNameWinsInTheOrderLastSet() {
        let statements = ["SET a = 1", "SET b = 2", "set A to 3", "SET c = 4"]
        #expect(replay(statements) == ["SET b = 2", "set A to 3", "SET c = 4"])
    }

    @Test func quotedNamesKeepTheirCaseUnquotedNamesFold() {
        #expect(
            replay(["SET \"MyApp\".x = 1", "SET myapp.x = 2", "SET MYAPP.X = 3"]) == [
                "SET \"MyApp\".x = 1", "SET MYAPP.X = 3",
            ])
    }

    @Test(arguments: [
        (["SET work_mem = '1MB'", "RESET work_mem"], [String]()),
        (["SET work_mem = '1MB'", "SET work_mem TO DEFAULT"], []),
        (["SET TIME ZONE 'UTC'", "SET TIME ZONE LOCAL"], []),
        (["SET TIME ZONE 'UTC'", "RESET TIME ZONE"], []),
        (["SET timezone = 'UTC'", "SET TIME ZONE DEFAULT"], []),
        (["SET ROLE reader", "SET ROLE NONE"], []),
        (["SET ROLE reader", "RESET ROLE"], []),
        (["SET SESSION AUTHORIZATION bob", "RESET SESSION AUTHORIZATION"], []),
        (["SET SESSION AUTHORIZATION bob", "SET SESSION AUTHORIZATION DEFAULT"], []),
        (["SET a = 1", "SET ROLE reader", "RESET ALL", "SET b = 2"], ["SET ROLE reader", "SET b = 2"]),
        (["SET a = 1", "SET ROLE reader", "DISCARD ALL"], []),
        (["SET a = 1", "RESET b"], ["SET a = 1"]),
    ])
    func resetForgetsSettings(statements: [String], expected: [String]) {
        #expect(replay(statements) == expected)
    }

    @Test func settingsInACommittedTransactionApplyAtCommit() {
        var tracker = SessionSettingsTracker()
        tracker.record("BEGIN", succeeded: true, before: .idle, after: .open)
        tracker.record("SET a = 1", succeeded: true, before: .open, after: .open)
        #expect(tracker.statementsToReplay.isEmpty)
        #expect(tracker.hasPendingSettings)
        tracker.record("COMMIT", succeeded: true, before: .open, after: .idle)
        #expect(tracker.statementsToReplay == ["SET a = 1"])
        #expect(!tracker.hasPendingSettings)
    }

    @Test(arguments: ["ROLLBACK", "abort", "rollback work", "PREPARE TRANSACTION 'x'"])
    func settingsInARolledBackTransactionAreDropped(end: String) {
        var tracker = SessionSettingsTracker()
        tracker.record("SET keep = 1", succeeded: true, before: .idle, after: .idle)
        tracker.record("BEGIN", succeeded: true, before: .idle, after: .open)
        tracker.record("SET a = 1", succeeded: true, before: .open, after: .open)
        tracker.record("RESET keep", succeeded: true, before: .open, after: .open)
        tracker.record(end, succeeded: true, before: .open, after: .idle)
        #expect(tracker.statementsToReplay == ["SET keep = 1"])
    }

    @Test func settingsInAFailedTransactionAreDroppedEvenIfCommitFollows() {
        var tracker = SessionSettingsTracker()
        tracker.record("BEGIN", succeeded: true, before: .idle, after: .open)
        tracker.record("SET a = 1", succeeded: true, before: .open, after: .open)
        tracker.record("select 1/0", succeeded: false, before: .open, after: .failed)
        tracker.record("COMMIT", succeeded: true, before: .failed, after: .idle)
        #expect(tracker.statementsToReplay.isEmpty)
    }

    @Test func failedCommitDropsPendingSettings() {
        var tracker = SessionSettingsTracker()
        tracker.record("SET a = 1", succeeded: true, before: .open, after: .open)
        tracker.record("COMMIT", succeeded: false, before: .open, after: .idle)
        #expect(tracker.statementsToReplay.isEmpty)
        #expect(!tracker.hasPendingSettings)
    }

    @Test func rollbackToSavepointKeepsPendingSettings() {
        var tracker = SessionSettingsTracker()
        tracker.record("SET a = 1", succeeded: true, before: .open, after: .open)
        tracker.record("ROLLBACK TO SAVEPOINT s", succeeded: true, before: .open, after: .open)
        tracker.record("COMMIT", succeeded: true, before: .open, after: .idle)
        #expect(tracker.statementsToReplay == ["SET a = 1"])
    }

    @Test func commitAndChainAppliesAndStaysInATransaction() {
        var tracker = SessionSettingsTracker()
        tracker.record("SET a = 1; COMMIT AND CHAIN; SET b = 2", succeeded: true, before: .open, after: .open)
        #expect(tracker.statementsToReplay == ["SET a = 1"])
        tracker.record("ROLLBACK", succeeded: true, before: .open, after: .idle)
        #expect(tracker.statementsToReplay == ["SET a = 1"])
    }

    @Test func multiStatementStringIsReadStatementByStatement() {
        var tracker = SessionSettingsTracker()
        tracker.record(
            "SET a = 1; BEGIN; SET b = 2; ROLLBACK; BEGIN; SET c = 3; COMMIT; SET d = 4",
            succeeded: true, before: .idle, after: .idle)
        #expect(tracker.statementsToReplay == ["SET a = 1", "SET c = 3", "SET d = 4"])
    }

    @Test func failedStringChangesNothing() {
        var tracker = SessionSettingsTracker()
        tracker.record("SET a = 1", succeeded: true, before: .idle, after: .idle)
        tracker.record("SET b = 2; RESET a; select 1/0", succeeded: false, before: .idle, after: .idle)
        #expect(tracker.statementsToReplay == ["SET a = 1"])
    }

    @Test func lostTransactionForgetsPendingSettings() {
        var tracker = SessionSettingsTracker()
        tracker.record("SET a = 1", succeeded: true, before: .open, after: .open)
        tracker.transactionLost()
        tracker.record("COMMIT", succeeded: true, before: .idle, after: .idle)
        #expect(tracker.statementsToReplay.isEmpty)
    }

    @Test func transactionEndedOutOfSightDropsPendingSettings() {
        var tracker = SessionSettingsTracker()
        tracker.record("SET a = 1", succeeded: true, before: .open, after: .open)
        tracker.record("select 1", succeeded: true, before: .open, after: .idle)
        #expect(tracker.statementsToReplay.isEmpty)
    }
}
