import Dispatch
import PostgresClient
import SessionPolicy

/// A statement sent ahead whose results were not read yet.
struct AheadStatement {
    var sql: String
    /// Where it came from, for the prefix of its messages.
    var location: MessageLocation
    /// The transaction state before it, as the lifecycle reads it.
    var transaction: TransactionState
}

/// How reading the statements sent ahead went.
struct AheadOutcome: Equatable {
    /// Some statement failed.
    var failed = false
    /// The run must end: ON_ERROR_STOP after a failure, or the connection was lost.
    var stop: LoopResult?
}

extension Session {
    /// How many statements may be in flight before the oldest one's results are read.
    static let aheadWindow = 512

    /// PIPELINE, read again only when a variable changed.
    var pipelineSetting: PipelineSetting {
        if let cached = pipelineSettingCache, cached.revision == variables.revision { return cached.setting }
        let setting = PipelineSetting(variables["PIPELINE"])
        pipelineSettingCache = (variables.revision, setting)
        return setting
    }

    /// The send-ahead rules for the session's current settings.
    var sendAheadPolicy: SendAheadPolicy {
        SendAheadPolicy(
            setting: pipelineSetting, interactive: isInteractive,
            echo: variables.settings.echo, timing: timing, autocommit: variables.settings.autocommit)
    }

    /// Whether statements were sent ahead and their results are still to be read.
    var hasStatementsAhead: Bool { !ahead.isEmpty }

    /// Sends `sql` ahead of the results of the statements before it, when the rules allow;
    /// false when it must be run the ordinary way (read what is ahead first).
    func sendAheadIfAllowed(_ sql: String) -> Bool {
        // Never beside an explicit pipeline (`\startpipeline`) or a `\bind`.
        if routesThroughPipelineLayer { return false }
        // The common case, an autocommit statement without PIPELINE on, is answered without
        // reading any variable or the statement (B4 in BENCHMARKS.md).
        if ahead.isEmpty, connection.transactionStatus == .idle, pipelineSetting != .on { return false }
        // ON_ERROR_ROLLBACK wraps each statement in a savepoint: nothing goes ahead then.
        if errorRollbackRequested { return false }
        let transaction = ahead.last?.transaction ?? TransactionState(connection.transactionStatus) ?? .idle
        // DSQL_CHECK follows the transaction state statement by statement: nothing goes ahead with it on.
        // Nor with FETCH_COUNT: its groups are printed as the rows arrive (``ChunkedResult``).
        guard !preflightEnabled, variables.settings.fetchCount == 0,
            sendAheadPolicy.allows(sql, transaction: transaction),
            !Self.containsNUL(sql)
        else { return false }
        if ahead.isEmpty {
            let now = ContinuousClock.now
            guard lifecycle.canSendAhead(now: now, connectionIsOpen: idleConnectionIsOpen(at: now)) else {
                return false
            }
            guard connection.enterPipelineMode() else { return false }
            noteOnceThatPipeliningIsOn()
        }
        do {
            try connection.sendAhead(sql)
        } catch {
            // Nothing was queued for it: it goes the ordinary way, after what is ahead is read
            // (the loss shows there), and outside pipeline mode.
            if ahead.isEmpty { connection.exitPipelineMode() }
            return false
        }
        previousQuery = sql
        ahead.append(AheadStatement(sql: sql, location: location, transaction: transaction))
        return true
    }

    /// Reads the oldest statement's results once more than ``aheadWindow`` are in flight.
    func readAheadBeyondWindow(stopOnError: Bool) -> AheadOutcome {
        var outcome = AheadOutcome()
        while ahead.count > Self.aheadWindow, outcome.stop == nil {
            readOldest(into: &outcome, stopOnError: stopOnError)
        }
        return outcome
    }

    /// Reads and prints the results of every statement sent ahead, in order, and leaves pipeline mode.
    ///
    /// After a failure under ON_ERROR_STOP (`stopOnError`) the rest are read but not printed:
    /// psql would not have sent them, and inside the transaction block they had no effect.
    func readAllAhead(stopOnError: Bool) -> AheadOutcome {
        var outcome = AheadOutcome()
        guard !ahead.isEmpty else { return outcome }
        do {
            try connection.flushAhead()
        } catch {
            lose(into: &outcome)
            return outcome
        }
        while !ahead.isEmpty {
            if outcome.stop != nil {
                discardOldest()
            } else {
                readOldest(into: &outcome, stopOnError: stopOnError)
            }
        }
        if !connection.isBroken { connection.exitPipelineMode() }
        return outcome
    }

    /// Reads, prints and records the oldest statement's results.
    private func readOldest(into outcome: inout AheadOutcome, stopOnError: Bool) {
        let statement = ahead.removeFirst()
        let savedLocation = location
        location = statement.location
        defer { location = savedLocation }
        var progress = StatementProgress.untracked
        if printOptions.format.isStreamable { connection.setSingleRowMode() }
        let attempt = receiveAndPrint(statement.sql, options: QueryOptions(), progress: &progress)
        let synced = connection.takePipelineSync()
        let outgoing = OutgoingStatement(statement.sql, transaction: statement.transaction, autocommit: true)
        do {
            switch attempt {
            case .succeeded where synced:
                try lifecycle.sentAhead(outgoing)
                try lifecycle.statementSucceeded(transactionAfter: transactionAfter(statement))
            case .failed(let error) where synced:
                outcome.failed = true
                try lifecycle.sentAhead(outgoing)
                let action = try lifecycle.statementFailed(
                    sqlState: error?.sqlState, message: error?.message ?? "",
                    transactionAfter: transactionAfter(statement),
                    connectionIsOpen: connectionSurvived(error), using: &random)
                try settle(action)
                if stopOnError { outcome.stop = .stoppedOnError }
            default:
                lose(into: &outcome)
            }
        } catch {
            reportOwnError("internal error: \(error)")
            outcome.failed = true
            outcome.stop = .stoppedOnError
        }
        _ = reportOutputFailures()
    }

    /// The transaction state after a statement read from the pipeline: the server's when it
    /// says (it does not while later statements are in flight), else the state before it —
    /// statements that change it are never sent ahead.
    private func transactionAfter(_ statement: AheadStatement) -> TransactionState {
        TransactionState(connection.transactionStatus) ?? statement.transaction
    }

    /// Acts on what the lifecycle said after a failure read from the pipeline; a conflict is
    /// never retried there, since the statements after it were already sent.
    private func settle(_ action: LifecycleAction) throws(LifecycleError) {
        switch action {
        case .fail(let notice):
            if let notice { tell(notice) }
        case .retry:
            try lifecycle.retryCancelled()
            tell("dsql: conflict not retried: statements after it were already sent (PIPELINE)\n")
        default:
            break
        }
    }

    /// Reads one statement's results without printing them.
    private func discardOldest() {
        ahead.removeFirst()
        suppressNotices = true
        defer { suppressNotices = false }
        while connection.nextArrival() != nil {}
        _ = connection.takePipelineSync()
    }

    /// The connection broke with statements ahead: a script ends with psql's status 2.
    private func lose(into outcome: inout AheadOutcome) {
        ahead.removeAll()
        outcome.failed = true
        outcome.stop = .connectionLost
        reportOwnError(LifecycleMessages.connectionLost(losing: lifecycle.settings.unreplayable))
    }

    /// Says once, on stderr, that PIPELINE on weakens psql's guarantees.
    private func noteOnceThatPipeliningIsOn() {
        guard pipelineSetting == .on, !pipelineNoteShown else { return }
        pipelineNoteShown = true
        tell(
            "dsql: note: PIPELINE on: statements are sent before earlier results arrive; after a failed statement, ones already sent may have run, even with ON_ERROR_STOP (see README)\n"
        )
    }
}
