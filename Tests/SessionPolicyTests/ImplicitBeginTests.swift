import Testing

@testable import SessionPolicy

/// Each case was checked against psql 15 with `\set AUTOCOMMIT off` and the server's
/// `log_statement = all` showing whether a `BEGIN` went first.
@Suite("With AUTOCOMMIT off, BEGIN goes first exactly when psql sends it (command_no_begin)")
struct ImplicitBeginTests {
    @Test(arguments: [
        "begin", "/* c */ BEGIN;", "-- c\ncommit", "/* a /* nested */ comment */ end", " \t\nrollback",
        "abort", "start transaction", "rollback to s1", "begin1", "VACUUM", "prepare transaction 'x'", "cluster",
        "cluster;",
        "create database d", "create tablespace t location '/x'", "create unique index concurrently i on t (a)",
        "create index concurrently i on t (a)", "alter system set work_mem = '4MB'", "drop database d",
        "drop system", "drop tablespace t", "drop index concurrently i", "reindex table concurrently t",
        "reindex system postgres", "discard all", "-- c\n/* c */ DISCARD /* c */ ALL",
    ])
    func sentWithoutBegin(_ sql: String) {
        #expect(ImplicitBegin.isSkipped(for: sql))
    }

    @Test(arguments: [
        "select 1", "(select 1)", ";", "/* only a comment */;", "savepoint s", "-- c\nSAVEPOINT x", "release s",
        "set search_path = public", "set transaction isolation level serializable",
        "prepare p as select 1", "cluster t", "create table t (a int)", "create index i on t (a)", "drop table t",
        "drop index i", "reindex index i", "discard plans", "alter table t add b int", "\"begin\"", "1 begin",
        "\u{00A0}begin", "beginning",
    ])
    func sentAfterBegin(_ sql: String) {
        #expect(!ImplicitBegin.isSkipped(for: sql))
    }
}
