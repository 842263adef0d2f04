import Foundation
import Testing

/// `\jobs` and `\wait-job` against the local cluster's model of DSQL's job objects
/// (`scripts/local-cluster`): `sys.jobs` is a view with DSQL's columns and
/// `sys.wait_for_job` a procedure that answers one boolean row, refuses a `SELECT` (42809)
/// and cannot run inside a transaction block. The suite fills the rows behind the view.
@Suite("DSQL job commands", .serialized)
struct JobCommandsTests {
    /// The suite's jobs: one completed, one that failed, one that keeps a wait blocked for 30 s.
    static let jobs = """
        delete from local_standin.jobs where job_id like 'desc_job_%';
        insert into local_standin.jobs (job_id, status, details, job_type, object_name, start_time, update_time, wait_seconds) values
            ('desc_job_done', 'completed', null, 'INDEX_BUILD', 'desc_t_idx', '2026-01-01 00:00:00+00', '2026-01-01 00:01:00+00', 0.1),
            ('desc_job_failed', 'failed', 'duplicate key', 'INDEX_BUILD', 'desc_u_idx', '2026-01-01 00:00:00+00', '2026-01-01 00:02:00+00', 0.1),
            ('desc_job_slow', 'processing', 'building index', 'INDEX_BUILD', 'desc_v_idx', '2026-01-01 00:00:00+00', '2026-01-01 00:03:00+00', 30);
        """

    static func withJobs<T>(_ cluster: TestCluster, _ body: () throws -> T) throws -> T {
        let filled = try runPSQL(cluster, ["-q", "-v", "ON_ERROR_STOP=1", "-c", jobs])
        #expect(filled.status == 0, "the local cluster models sys.jobs (scripts/local-cluster start): \(filled.stderr)")
        defer {
            _ = try? runPSQL(cluster, ["-q", "-c", "delete from local_standin.jobs where job_id like 'desc_job_%'"])
        }
        return try body()
    }

    @Test func jobsListsSysJobs() throws {
        let cluster = try TestCluster.current()
        let (output, expected) = try Self.withJobs(cluster) {
            (
                try runDSQL(cluster, ["-c", "\\jobs", "-c", "\\jobs desc_job_done"]),
                try runPSQL(
                    cluster,
                    [
                        "-P", "title=List of jobs", "-c", "SELECT * FROM sys.jobs;",
                        "-c", "SELECT * FROM sys.jobs WHERE job_id = 'desc_job_done';",
                    ])
            )
        }
        #expect(output.stderr == "")
        #expect(output.status == 0)
        #expect(output.stdout == expected.stdout)
        #expect(output.stdout.contains("| object_name |"), "DSQL's columns")
        #expect(output.stdout.contains("desc_job_slow   | processing | building index"))
    }

    @Test func sysJobsIsAViewAndWaitForJobAProcedure() throws {
        let cluster = try TestCluster.current()
        let kinds = try runPSQL(
            cluster,
            [
                "-At", "-c",
                """
                select (select relkind from pg_class where oid = 'sys.jobs'::regclass),
                       (select prokind from pg_proc where oid = 'sys.wait_for_job(text,boolean)'::regprocedure)
                """,
            ])
        #expect(kinds.stdout == "v|p\n", "the local cluster models DSQL's objects: \(kinds.stderr)")
        let select = try runPSQL(cluster, ["-c", "select sys.wait_for_job('x')"])
        #expect(select.stderr.contains("is a procedure"))
    }

    @Test func waitJobCallsTheProcedureAndShowsItsAnswer() throws {
        let cluster = try TestCluster.current()
        let output = try Self.withJobs(cluster) { try runDSQL(cluster, ["-c", "\\wait-job desc_job_done"]) }
        #expect(output.stderr == "")
        #expect(output.stdout == " wait_for_job \n--------------\n t\n(1 row)\n\n")
        #expect(output.status == 0)
    }

    @Test func aFalseAnswerIsAFailureThatStopsAScript() throws {
        let cluster = try TestCluster.current()
        let output = try Self.withJobs(cluster) {
            try runDSQL(
                cluster, ["-v", "ON_ERROR_STOP=1", "-f", "-"],
                stdin: "\\wait-job desc_job_failed\nselect 1 as not_reached;\n")
        }
        #expect(
            output.stderr.hasSuffix(
                "\\wait-job: job desc_job_failed did not complete: the job failed or the wait timed out — see \\jobs desc_job_failed\n"
            ))
        #expect(!output.stdout.contains("not_reached"))
        #expect(output.status == 3)
        let single = try Self.withJobs(cluster) { try runDSQL(cluster, ["-c", "\\wait-job desc_job_failed"]) }
        #expect(single.status == 1)
    }

    @Test func insideATransactionNothingIsSentAndTheTransactionGoesOn() throws {
        let cluster = try TestCluster.current()
        let script = "begin;\nselect 1 as before;\n\\wait-job desc_job_done\nselect 2 as still_fine;\ncommit;\n"
        let output = try Self.withJobs(cluster) { try runDSQL(cluster, ["-f", "-"], stdin: script) }
        #expect(
            output.stderr.hasSuffix(
                "\\wait-job: cannot wait inside a transaction block (sys.wait_for_job does not run in one); COMMIT or ROLLBACK first\n"
            ))
        #expect(output.stdout.contains(" still_fine \n------------\n          2\n(1 row)\n\nCOMMIT\n"))
        #expect(!output.stdout.contains("wait_for_job"))
    }

    @Test func withoutDSQLOneLineSaysSo() throws {
        let cluster = try TestCluster.current()
        var plain = cluster
        plain.database = "jobs_plain_postgres"
        _ = try runPSQL(
            cluster,
            [
                "-q", "-c", "drop database if exists jobs_plain_postgres",
                "-c", "create database jobs_plain_postgres template template0",
            ])
        defer { _ = try? runPSQL(cluster, ["-q", "-c", "drop database if exists jobs_plain_postgres"]) }
        let jobs = try runDSQL(plain, ["-c", "\\jobs"])
        #expect(jobs.stderr.hasSuffix("\\jobs: this server has no sys.jobs; \\jobs needs Aurora DSQL\n"))
        #expect(jobs.stderr.split(separator: "\n").count == 1)
        #expect(jobs.status == 1)
        let inTransaction = try runDSQL(
            plain, ["-f", "-"], stdin: "begin;\n\\jobs\nselect 1 as still_fine;\ncommit;\n")
        #expect(inTransaction.stdout.contains(" still_fine \n"))
        #expect(inTransaction.stderr.hasSuffix("\\jobs: this server has no sys.jobs; \\jobs needs Aurora DSQL\n"))
        let wait = try runDSQL(plain, ["-c", "\\wait-job x"])
        #expect(wait.stderr.hasSuffix("\\wait-job: this server has no sys.jobs; \\wait-job needs Aurora DSQL\n"))
    }

    /// A cancelled wait (Ctrl-C makes the shell's SIGINT handler cancel the statement; a
    /// statement timeout fails with the same SQLSTATE 57014) stops waiting with one line.
    @Test func cancelledWaitSaysTheJobGoesOn() throws {
        let cluster = try TestCluster.current()
        let started = Date()
        let output = try Self.withJobs(cluster) {
            try runDSQL(cluster, ["-c", "set statement_timeout = 1000", "-c", "\\wait-job desc_job_slow"])
        }
        #expect(Date().timeIntervalSince(started) < 20)
        #expect(
            output.stderr.hasSuffix("\\wait-job: stopped waiting; job desc_job_slow goes on running on the server\n"))
        #expect(output.status == 1)
    }
}
