import PostgresClient

/// `\jobs [ID]` and `\wait-job ID`: Aurora DSQL's asynchronous jobs.
enum JobCommands {
    static let all = [
        MetaCommand(names: ["jobs"], usage: "\\jobs [ID]", summary: "list Aurora DSQL jobs (sys.jobs), or one job") {
            invocation in
            let id = invocation.argument()
            return run(invocation, command: "jobs", sql: JobQueries.list(id: id), title: "List of jobs")
        },
        MetaCommand(
            names: ["wait-job"], usage: "\\wait-job ID",
            summary: "wait for an Aurora DSQL job to end (Ctrl-C stops waiting)"
        ) { invocation in
            guard let id = invocation.argument() else {
                return invocation.fail("\\wait-job: missing required argument")
            }
            // DSQL refuses the procedure in a transaction block, and the refusal would abort it.
            if invocation.session.connection.transactionStatus != .idle {
                return invocation.fail(JobQueries.refusedInTransaction)
            }
            return run(invocation, command: "wait-job", sql: JobQueries.wait(id: id), title: nil, jobID: id)
        },
    ]

    /// Runs `sql` with Ctrl-C able to cancel it, printing its rows or a one-line explanation.
    ///
    /// With a `jobID` (`\wait-job`), a `false` answer is a failure of the command.
    private static func run(
        _ invocation: MetaInvocation, command: String, sql: String, title: String?, jobID: String? = nil
    ) -> MetaOutcome {
        let session = invocation.session
        let reader = CatalogReader(session: session)
        if session.variables.settings.echoHidden != .off {
            session.standardOutput.write("********* QUERY **********\n\(sql)\n**************************\n\n")
            session.standardOutput.flush()
            if session.variables.settings.echoHidden == .noexec { return .done }
        }
        // Inside a transaction a failing query would abort it: ask first, in a way that cannot fail.
        if reader.inTransaction {
            let present = try? session.connection.execute(JobQueries.probe).first?.string(row: 0, column: 0)
            if present != "t" { return invocation.fail(JobQueries.needsDSQL(command)) }
        }
        let canceller = session.connection.makeCanceller()
        if let canceller { QueryCancellation.arm(canceller) }
        let results: [QueryResult]
        do {
            defer { QueryCancellation.disarm() }
            results = try session.connection.execute(sql)
        } catch {
            session.reportOwnError("\(error)")
            return .failed
        }
        for result in results {
            switch result.status {
            case .error(let error) where JobQueries.meansNotDSQL(sqlState: error.sqlState):
                return invocation.fail(JobQueries.needsDSQL(command))
            case .error(let error) where error.sqlState == JobQueries.cancelled && jobID != nil:
                return invocation.fail("\\wait-job: stopped waiting; job \(jobID ?? "") goes on running on the server")
            case .error(let error):
                session.reportServerError(error)
                return .failed
            case .tuples:
                // `false` is the procedure's way to say the job failed or the wait timed out.
                if let jobID,
                    JobQueries.waitAnswer(result.rowCount > 0 ? result.string(row: 0, column: 0) : nil)
                        == .failedOrTimedOut
                {
                    return invocation.fail(JobQueries.failedOrTimedOut(jobID))
                }
                reader.print(result, title: title)
            default:
                continue
            }
        }
        return .done
    }
}
