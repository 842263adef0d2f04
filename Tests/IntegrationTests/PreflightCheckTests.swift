import Foundation
import Testing

/// `\set DSQL_CHECK on` and `\h`, run against the test server.
@Suite("DSQL_CHECK refuses before the round trip; \\h shows DSQL's forms")
struct PreflightCheckTests {
    @Test func refusedStatementIsReportedAndNotSent() throws {
        let cluster = try TestCluster.current()
        let table = "preflight_\(UInt32.random(in: 0...UInt32.max))"
        let script = """
            create table \(table) (id bigint primary key);
            insert into \(table) values (1), (2);
            \\set DSQL_CHECK on
            truncate \(table);
            select count(*) from \(table);
            \\set DSQL_CHECK off
            drop table \(table);

            """
        let result = try runDSQL(cluster, ["-At"], stdin: script)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("\n2\n"), "the TRUNCATE was sent: \(result.stdout)")
        #expect(result.stderr.contains("DSQL_CHECK: TRUNCATE is not supported; not sent"), "\(result.stderr)")
        #expect(result.stderr.contains("HINT:  DELETE FROM … in batches"), "\(result.stderr)")
    }

    @Test func refusalStopsAScriptUnderOnErrorStop() throws {
        let cluster = try TestCluster.current()
        let script = "\\set ON_ERROR_STOP on\n\\set DSQL_CHECK on\nselect 1 as before;\nvacuum;\nselect 2 as after;\n"
        let result = try runDSQL(cluster, ["-At"], stdin: script)
        #expect(result.status == 3, "\(result.stderr)")
        #expect(result.stdout == "1\n", "\(result.stdout)")
        #expect(result.stderr.contains("DSQL_CHECK: VACUUM is not supported; not sent"))
    }

    @Test func transactionRulesFollowTheSession() throws {
        let cluster = try TestCluster.current()
        let table = "preflight_tx_\(UInt32.random(in: 0...UInt32.max))"
        let script = """
            \\set DSQL_CHECK on
            begin;
            create table \(table) (id bigint primary key);
            insert into \(table) values (1);
            rollback;
            create table \(table) (id bigint primary key);
            insert into \(table) values (1);
            drop table \(table);

            """
        let result = try runDSQL(cluster, ["-q"], stdin: script)
        #expect(result.stderr.components(separatedBy: "DSQL_CHECK:").count == 2, "\(result.stderr)")
        #expect(result.stderr.contains("DSQL_CHECK: DDL and DML cannot be mixed in one transaction; not sent"))
    }

    @Test func autocommitOffCountsAsATransaction() throws {
        let cluster = try TestCluster.current()
        let table = "preflight_ac_\(UInt32.random(in: 0...UInt32.max))"
        let script = """
            \\set DSQL_CHECK on
            \\set AUTOCOMMIT off
            create table \(table) (id bigint primary key);
            insert into \(table) values (1);
            rollback;

            """
        let result = try runDSQL(cluster, ["-q"], stdin: script)
        #expect(
            result.stderr.contains("DSQL_CHECK: DDL and DML cannot be mixed in one transaction; not sent"),
            "\(result.stderr)")
    }

    @Test func offByDefault() throws {
        let cluster = try TestCluster.current()
        let result = try runDSQL(cluster, ["-c", "select pg_backend_pid() > 0"])
        #expect(result.status == 0, "\(result.stderr)")
        let checked = try runDSQL(cluster, ["-v", "DSQL_CHECK=on", "-c", "select pg_backend_pid() > 0"])
        #expect(checked.status == 1)
        #expect(checked.stderr.contains("DSQL_CHECK: pg_backend_pid() is not supported; not sent"), "\(checked.stderr)")
    }

    @Test func helpShowsCreateIndexAsync() throws {
        let cluster = try TestCluster.current()
        let result = try runDSQL(cluster, ["-c", "\\h create ind"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("Command:     CREATE INDEX\n"), "\(result.stdout)")
        #expect(result.stdout.contains("CREATE [ UNIQUE ] INDEX ASYNC"))
        let unknown = try runDSQL(cluster, ["-c", "\\h truncate"])
        #expect(
            unknown.stdout == "No help available for \"truncate\".\nTry \\h with no arguments to see available help.\n")
        let list = try runDSQL(cluster, ["-c", "\\h"])
        #expect(list.stdout.hasPrefix("Available help:\n"))
        #expect(list.stdout.contains("AWS IAM GRANT"))
    }
}
