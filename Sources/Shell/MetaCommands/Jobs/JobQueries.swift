/// The SQL behind `\jobs` and `\wait-job`, and how their answers and failures are read.
///
/// Aurora DSQL runs asynchronous work (`CREATE INDEX ASYNC`) as jobs listed in the
/// view `sys.jobs`. `sys.wait_for_job(id)` is a procedure: it is invoked with `CALL`
/// (a `SELECT` of it fails with 42809), it cannot run inside a transaction block, and it
/// answers one boolean row — `false` when the job failed or the wait timed out.
enum JobQueries {
    /// Lists every job, or the one with `id`.
    static func list(id: String?) -> String {
        guard let id else { return "SELECT * FROM sys.jobs;" }
        return "SELECT * FROM sys.jobs WHERE job_id = \(SQLLiteral.quote(id));"
    }

    /// Blocks until job `id` ends.
    static func wait(id: String) -> String {
        "CALL sys.wait_for_job(\(SQLLiteral.quote(id)));"
    }

    /// What `sys.wait_for_job` said, read from the first column of its one row.
    enum WaitAnswer: Equatable {
        /// The job completed.
        case completed
        /// `false`: the job failed or the wait timed out.
        case failedOrTimedOut
        /// No row, or not a boolean: shown as it came.
        case unexpected
    }

    /// Reads the procedure's answer from its first row's first value (`t` or `f`).
    static func waitAnswer(_ value: String?) -> WaitAnswer {
        switch value {
        case "t": .completed
        case "f": .failedOrTimedOut
        default: .unexpected
        }
    }

    /// The message for a `false` answer.
    static func failedOrTimedOut(_ id: String) -> String {
        "\\wait-job: job \(id) did not complete: the job failed or the wait timed out — see \\jobs \(id)"
    }

    /// The message for `\wait-job` inside a transaction block, where DSQL refuses the
    /// procedure (and the refusal would abort the user's transaction): nothing is sent.
    static let refusedInTransaction =
        "\\wait-job: cannot wait inside a transaction block (sys.wait_for_job does not run in one); COMMIT or ROLLBACK first"

    /// Whether a failure means the server has no `sys` jobs at all (not Aurora DSQL):
    /// undefined table, schema or function.
    static func meansNotDSQL(sqlState: String) -> Bool {
        ["42P01", "3F000", "42883"].contains(sqlState)
    }

    /// The one-line message for a server without jobs.
    static func needsDSQL(_ command: String) -> String {
        "\\\(command): this server has no sys.jobs; \\\(command) needs Aurora DSQL"
    }

    /// Whether `sys.jobs` exists; never fails.
    static let probe = "SELECT pg_catalog.to_regclass('sys.jobs') IS NOT NULL;"

    /// SQLSTATE of a cancelled statement (Ctrl-C).
    static let cancelled = "57014"
}
