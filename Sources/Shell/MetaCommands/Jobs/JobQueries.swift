/// The SQL behind `\jobs` and `\wait-job`, and how their failures are read.
///
/// Aurora DSQL runs asynchronous work (`CREATE INDEX ASYNC`) as jobs listed in
/// `sys.jobs`; `sys.wait_for_job(id)` blocks until one ends.
enum JobQueries {
    /// Lists every job, or the one with `id`.
    static func list(id: String?) -> String {
        guard let id else { return "SELECT * FROM sys.jobs;" }
        return "SELECT * FROM sys.jobs WHERE job_id = \(SQLLiteral.quote(id));"
    }

    /// Blocks until job `id` ends.
    static func wait(id: String) -> String {
        "SELECT sys.wait_for_job(\(SQLLiteral.quote(id)));"
    }

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
