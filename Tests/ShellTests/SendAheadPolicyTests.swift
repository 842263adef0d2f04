import SQLScanner
import Testing

@testable import Shell

@Suite("Which script statements may be sent ahead of earlier results")
struct SendAheadPolicyTests {
    private func policy(
        _ setting: PipelineSetting = .auto, interactive: Bool = false, echo: ShellSettings.Echo = .none,
        timing: Bool = false, autocommit: Bool = true
    ) -> SendAheadPolicy {
        SendAheadPolicy(setting: setting, interactive: interactive, echo: echo, timing: timing, autocommit: autocommit)
    }

    @Test(arguments: [
        "insert into t values (1)", "update t set a = 1", "select * from t", "delete from t where id = 3",
        "  -- a comment\n insert into t values (2)", "with x as (select 1) select * from x",
    ])
    func ordinaryStatementsGoAheadInsideATransaction(sql: String) {
        #expect(policy().allows(sql, transaction: .open))
        #expect(policy().allows(sql, transaction: .failed))
        #expect(!policy().allows(sql, transaction: .idle), "autocommit statements only when asked for")
        #expect(policy(.on).allows(sql, transaction: .idle))
    }

    @Test(arguments: [
        "commit", "end", "rollback", "rollback to savepoint s", "savepoint s", "release s", "begin", "abort",
        "prepare transaction 'x'", "set search_path = a", "reset all", "copy t from stdin", "call p()",
        "do $$ begin end $$",
        "vacuum t", "create table t (n int)", "drop table t", "alter table t add column b int", "prepare q as select 1",
        "listen x", "create temp table t (n int)", "select 1; select 2", "discard all", "select pg_advisory_lock(1)",
    ])
    func statementsThatCouldChangeWhatFollowsNeverGoAhead(sql: String) {
        #expect(!policy(.on).allows(sql, transaction: .open))
    }

    @Test func settingsThatChangeTheRunTurnItOff() {
        let sql = "insert into t values (1)"
        #expect(!policy(.off).allows(sql, transaction: .open))
        #expect(!policy(interactive: true).allows(sql, transaction: .open))
        #expect(!policy(echo: .all).allows(sql, transaction: .open))
        #expect(!policy(echo: .queries).allows(sql, transaction: .open))
        #expect(policy(echo: .errors).allows(sql, transaction: .open))
        #expect(!policy(timing: true).allows(sql, transaction: .open))
        #expect(!policy(autocommit: false).allows(sql, transaction: .open))
    }

    @Test(
        arguments: [
            (nil, PipelineSetting.auto), ("auto", .auto), ("on", .on), ("ON", .on), ("true", .on),
            ("off", .off), ("0", .off), ("bogus", .auto),
        ] as [(String?, PipelineSetting)])
    func variableValuesAreReadAsPsqlReadsBooleans(value: String?, setting: PipelineSetting) {
        #expect(PipelineSetting(value) == setting)
    }
}
