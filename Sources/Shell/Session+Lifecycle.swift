import Glibc
import PostgresClient
import SessionPolicy

extension Session {
    /// Sends a statement and prints every result, replacing an old or closed connection
    /// first, resetting a lost one, and retrying optimistic-concurrency conflicts, as
    /// the connection lifecycle decides.
    public func execute(_ sql: String, options: QueryOptions = QueryOptions()) -> Outcome {
        let outcome = executeThroughLifecycle(sql, options: options)
        // `\bind` and the like apply to one query, as psql's SendQuery forgets them after it.
        pipelineRequest = .query
        // A result that could not be written is a failed statement, whatever the server said.
        let writeFailed = reportOutputFailures(also: options.output)
        return outcome == .success && writeFailed ? .failed : outcome
    }

    /// ``execute(_:options:)`` without the check of the output afterwards.
    private func executeThroughLifecycle(_ sql: String, options: QueryOptions) -> Outcome {
        previousQuery = sql
        // libpq takes C strings: the server would get only the text before a NUL byte
        // (`delete from t\0 where …` would delete every row), so such a statement is refused.
        if Self.containsNUL(sql) {
            reportOwnError("statement contains a NUL byte; not sent")
            return .failed
        }
        statementObserver?(sql)
        if variables.settings.echo == .queries {
            standardOutput.write(sql + "\n")
            standardOutput.flush()
        }
        applyPolicyVariables()
        let statement = OutgoingStatement(
            sql, transaction: TransactionState(connection.transactionStatus) ?? .idle,
            autocommit: variables.settings.autocommit)
        do {
            let now = ContinuousClock.now
            var action = try lifecycle.aboutToSend(statement, now: now, connectionIsOpen: idleConnectionIsOpen(at: now))
            while true {
                switch action {
                case .send:
                    action = try sendOnce(sql, options: options)
                    if case .send = action { return .success }
                case .reconnect(let notice):
                    if let notice { tell(notice) }
                    action = try reconnect()
                case .restoreThenSend(let statements):
                    restore(statements)
                    action = try sendOnce(sql, options: options)
                    if case .send = action { return .success }
                case .restoreThenWait(let statements, let notice):
                    tell(notice)
                    restore(statements)
                    return .failed
                case .retry(let delay, let notice):
                    tell(notice)
                    guard waitUnlessInterrupted(delay) else {
                        try lifecycle.retryCancelled()
                        return .failed
                    }
                    let now = ContinuousClock.now
                    action = try lifecycle.backoffElapsed(now: now, connectionIsOpen: idleConnectionIsOpen(at: now))
                case .fail(let notice):
                    if let notice { tell(notice) }
                    return .failed
                case .report(let message):
                    tell(message)
                    return .failed
                case .exit(_, let message):
                    reportOwnError(message)
                    return .connectionLost
                }
            }
        } catch {
            reportOwnError("internal error: \(error)")
            return .failed
        }
    }

    /// Sends once; `.send` back means it succeeded, anything else is the next action.
    private func sendOnce(_ sql: String, options: QueryOptions) throws(LifecycleError) -> LifecycleAction {
        let transactionAfter = { TransactionState(self.connection.transactionStatus) ?? .idle }
        switch sendAndPrint(sql, options: options) {
        case .succeeded:
            try lifecycle.statementSucceeded(transactionAfter: transactionAfter())
            return .send
        case .failed(let error):
            return try lifecycle.statementFailed(
                sqlState: error?.sqlState, message: error?.message ?? "", transactionAfter: transactionAfter(),
                connectionIsOpen: connectionSurvived(error), using: &random)
        case .lost:
            return try lifecycle.connectionLost()
        }
    }

    /// Whether the connection is still usable after `error`: libpq still has it open and the
    /// server did not end the session (a FATAL or PANIC error is always its last word).
    func connectionSurvived(_ error: ServerError?) -> Bool {
        guard !connection.isBroken else { return false }
        guard let severity = error?.severity else { return true }
        return severity != "FATAL" && severity != "PANIC"
    }

    /// Opens a new connection with a fresh token and tells the lifecycle how it went.
    private func reconnect() throws(LifecycleError) -> LifecycleAction {
        do {
            replaceConnection(try connector.connect())
            warnIfNotVerified()
            return try lifecycle.reconnected(now: .now)
        } catch let failure as ConnectFailure {
            return try lifecycle.reconnectFailed(sqlState: nil, message: failure.description, using: &random)
        } catch let error as LifecycleError {
            throw error
        } catch {
            return try lifecycle.reconnectFailed(sqlState: nil, message: "\(error)", using: &random)
        }
    }

    /// How recent an answer must be for the connection to count as open without asking the socket.
    ///
    /// The check exists for servers that close idle connections (idle timeouts, DSQL's
    /// limits); none closes one within this time of answering on it. Statements piped
    /// back to back skip a `poll` each (B4 in BENCHMARKS.md); a close in that window is
    /// met as a connection lost while sending, as any close during a statement is.
    static let recentAnswer = Duration.milliseconds(100)

    /// Whether the idle connection is still open; the dead backend's farewell is not shown.
    func idleConnectionIsOpen(at now: ContinuousClock.Instant) -> Bool {
        if let lastAnswer, now - lastAnswer < Self.recentAnswer { return true }
        suppressNotices = true
        defer { suppressNotices = false }
        return !connection.serverHasHungUp()
    }

    /// Makes `newConnection` the session's connection.
    func replaceConnection(_ newConnection: any DatabaseConnection) {
        connection = newConnection
        // A new connection is never in a pipeline (psql's pipelineReset).
        explicitPipeline = false
        pipelineCounters = PipelineCounters()
        pipelineRequest = .query
        lastAnswer = nil
        canceller = nil
        installNoticeHandler()
        syncConnectionVariables()
        syncErrorDisplay(force: true)
    }

    /// Re-applies session settings on a new connection; a failure is reported and skipped.
    private func restore(_ statements: [String]) {
        for statement in statements {
            let results = (try? connection.execute(statement)) ?? []
            for result in results {
                if case .error(let error) = result.status {
                    tell("dsql: could not restore \"\(statement)\" after reconnecting: \(error.message)\n")
                }
            }
        }
    }

    /// Writes a lifecycle notice to stderr exactly as given.
    func tell(_ notice: String) {
        queryOutput.flush()
        standardOutput.flush()
        errors.write(notice)
        errors.flush()
    }

    /// Sleeps for `delay` in small steps; false when Ctrl-C came first.
    private func waitUnlessInterrupted(_ delay: Duration) -> Bool {
        _ = InterruptHandling.takeInterrupt()
        let deadline = ContinuousClock.now + delay
        while ContinuousClock.now < deadline {
            usleep(20_000)
            if InterruptHandling.takeInterrupt() { return false }
        }
        return true
    }

    /// Whether a statement holds a NUL byte, searched with `memchr` in the common case of contiguous UTF-8.
    static func containsNUL(_ sql: String) -> Bool {
        let found = sql.utf8.withContiguousStorageIfAvailable { bytes in
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, 0, bytes.count) != nil
        }
        return found ?? sql.utf8.contains(0)
    }

    /// Reads CONNECTION_MAX_AGE and RETRY_OCC when a variable changed since last time; a bad value is reported and ignored.
    private func applyPolicyVariables() {
        guard variables.revision != appliedPolicyRevision else { return }
        appliedPolicyRevision = variables.revision
        if let value = variables["CONNECTION_MAX_AGE"] {
            do { lifecycle.policy.connectionMaxAge = try SessionPolicy.parseConnectionMaxAge(value) } catch {
                reportOwnError("\(error)")
            }
        }
        if let value = variables["RETRY_OCC"] {
            do { lifecycle.policy.retryLimit = try SessionPolicy.parseRetryLimit(value) } catch {
                reportOwnError("\(error)")
            }
        }
        lifecycle.policy.retriesRequested = variables["RETRY_OCC"] != nil
    }
}
