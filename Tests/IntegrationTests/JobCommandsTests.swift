import Foundation
import Testing

/// `\jobs` and `\wait-job` against a stand-in `sys` schema built on the local server.
@Suite("DSQL job commands", .serialized)
struct JobCommandsTests {
    static let standIn = """
        drop schema if exists sys cascade;
        create schema sys;
        create table sys.jobs (job_id text primary key, status text not null, details text);
        insert into sys.jobs values ('desc_job_done', 'completed', null), ('desc_job_slow', 'processing', 'building index');
        create function sys.wait_for_job(id text) returns boolean language sql as $$
            select pg_catalog.pg_sleep(case when id = 'desc_job_slow' then 30 else 0.1 end) is not null
                and exists (select 1 from sys.jobs where job_id = id and status = 'completed')
        $$;
        """

    static func withStandIn<T>(_ cluster: TestCluster, _ body: () throws -> T) throws -> T {
        _ = try runPSQL(cluster, ["-q", "-c", standIn])
        defer { _ = try? runPSQL(cluster, ["-q", "-c", "drop schema if exists sys cascade"]) }
        return try body()
    }

    @Test func jobsListsSysJobs() throws {
        let cluster = try TestCluster.current()
        let (output, expected) = try Self.withStandIn(cluster) {
            (try runDSQL(cluster, ["-c", "\\jobs", "-c", "\\jobs desc_job_done"]),
             try runPSQL(cluster, ["-P", "title=List of jobs", "-c", "SELECT * FROM sys.jobs;",
                                   "-c", "SELECT * FROM sys.jobs WHERE job_id = 'desc_job_done';"]))
        }
        #expect(output.stderr == "")
        #expect(output.status == 0)
        #expect(output.stdout == expected.stdout)
        #expect(output.stdout.contains(" desc_job_slow | processing | building index\n"))
    }

    @Test func waitJobReturnsWhatWaitForJobReturns() throws {
        let cluster = try TestCluster.current()
        let output = try Self.withStandIn(cluster) { try runDSQL(cluster, ["-c", "\\wait-job desc_job_done"]) }
        #expect(output.stdout == " wait_for_job \n--------------\n t\n(1 row)\n\n")
        #expect(output.status == 0)
    }

    @Test func withoutDSQLOneLineSaysSo() throws {
        let cluster = try TestCluster.current()
        _ = try runPSQL(cluster, ["-q", "-c", "drop schema if exists sys cascade"])
        let jobs = try runDSQL(cluster, ["-c", "\\jobs"])
        #expect(jobs.stderr.hasSuffix("\\jobs: this server has no sys.jobs; \\jobs needs Aurora DSQL\n"))
        #expect(jobs.stderr.split(separator: "\n").count == 1)
        #expect(jobs.status == 1)
        let inTransaction = try runDSQL(cluster, ["-f", "-"], stdin: "begin;\n\\jobs\nselect 1 as still_fine;\ncommit;\n")
        #expect(inTransaction.stdout.contains(" still_fine \n"))
        #expect(inTransaction.stderr.hasSuffix("\\jobs: this server has no sys.jobs; \\jobs needs Aurora DSQL\n"))
        let wait = try runDSQL(cluster, ["-c", "\\wait-job x"])
        #expect(wait.stderr.hasSuffix("\\wait-job: this server has no sys.jobs; \\wait-job needs Aurora DSQL\n"))
    }

    /// A cancelled wait (Ctrl-C makes the shell's SIGINT handler cancel the statement; a
    /// statement timeout fails with the same SQLSTATE 57014) stops waiting with one line.
    @Test func cancelledWaitSaysTheJobGoesOn() throws {
        let cluster = try TestCluster.current()
        let started = Date()
        let output = try Self.withStandIn(cluster) {
            try runDSQL(cluster, ["-c", "set statement_timeout = 1000", "-c", "\\wait-job desc_job_slow"])
        }
        #expect(Date().timeIntervalSince(started) < 20)
        #expect(output.stderr.hasSuffix("\\wait-job: stopped waiting; job desc_job_slow goes on running on the server\n"))
        #expect(output.status == 1)
    }
}
