import PostgresClient
import SessionPolicy

/// psql 18's explicit pipelines (`\startpipeline` … `\endpipeline`) and the extended
/// query protocol (`\bind`, `\bind_named`, `\parse`, `\close_prepared`).
///
/// The steps follow psql 18's `ExecQueryAndProcessResults`: a command in a pipeline is only
/// queued; `\syncpipeline` and `\flushrequest` make the results before them available,
/// `\getresults` reads them, and `\endpipeline` syncs, reads everything and leaves the
/// mode. After an error the server skips every command up to the next sync; each one shows
/// as "Pipeline aborted, command did not run". The automatic send-ahead of
/// `Session+Pipeline.swift` is drained before any meta-command and stays off while an
/// explicit pipeline is open.
extension Session {
    /// Whether the next statement goes through ``sendRequest(_:options:)``: a pipeline is
    /// open, or `\bind` and the like set how the next query is sent.
    var routesThroughPipelineLayer: Bool { explicitPipeline || pipelineRequest != .query }

    /// Sends the query buffer as the pending request asks (psql's `SendQuery` with its send
    /// mode), then forgets the request.
    func sendRequest(_ sql: String, options: QueryOptions) -> Outcome {
        let request = pipelineRequest
        defer { pipelineRequest = .query }
        if case .close = request, !Connection.canClosePrepared {
            reportOwnError(
                "\\close_prepared: not supported by libpq \(LibraryInfo.libpqVersion / 10000); it needs libpq 17 or later"
            )
            return .failed
        }
        if request.isCommand && connection.pipelineStatus == .off {
            // Outside a pipeline: an ordinary statement, sent and printed at once (retried,
            // reconnected) with the protocol message the request asks for.
            let outcome = execute(sql, options: options)
            if outcome == .success, case .parse(let name) = request, !name.isEmpty {
                lifecycle.untrackedStateHeld(.preparedStatements)
            }
            return outcome
        }
        return pipelineStep(sql, request: request)
    }

    /// Sends one statement in the way `pipelineRequest` asks (called by ``sendAndPrint``).
    func sendOutsidePipeline(_ sql: String) throws(ConnectionError) {
        switch pipelineRequest {
        case .parameters(let parameters): try connection.sendQuery(sql, parameters: parameters)
        case .prepared(let name, let parameters): try connection.sendQueryPrepared(name: name, parameters: parameters)
        case .parse(let name): try connection.sendPrepare(name: name, sql: sql)
        case .close(let name): try connection.sendClosePrepared(name: name)
        default: try connection.send(sql)
        }
    }

    /// One step of an explicit pipeline, or a pipeline meta-command outside one.
    private func pipelineStep(_ sql: String, request: PipelineRequest) -> Outcome {
        if !sql.isEmpty { previousQuery = sql }
        if variables.settings.echo == .queries {
            standardOutput.write(sql + "\n")
            standardOutput.flush()
        }
        var ending = false
        var succeeded = true
        let inPipeline = connection.pipelineStatus != .off
        do throws(ConnectionError) {
            switch request {
            case .query:
                if inPipeline { try connection.sendQuery(sql, parameters: []) } else { try connection.send(sql) }
            case .parameters(let parameters):
                try connection.sendQuery(sql, parameters: parameters)
            case .prepared(let name, let parameters):
                try connection.sendQueryPrepared(name: name, parameters: parameters)
            case .parse(let name):
                try connection.sendPrepare(name: name, sql: sql)
            case .close(let name):
                try connection.sendClosePrepared(name: name)
            case .startPipeline:
                try connection.enterExplicitPipelineMode()
                explicitPipeline = true
            case .endPipeline:
                try connection.pipelineSync()
                if connection.pipelineStatus != .off {
                    ending = true
                    pipelineCounters.ending()
                }
            case .sync:
                try connection.sendPipelineSync()
                if connection.pipelineStatus != .off { pipelineCounters.synced() }
            case .flush:
                // psql counts PQflush's 0 (all sent) as a failure with nothing to say.
                succeeded = connection.flushOutput() == 1
            case .flushRequest:
                try connection.sendFlushRequest()
                if connection.pipelineStatus != .off { pipelineCounters.flushRequested() }
            case .getResults(let count):
                if pipelineCounters.hasPendingResults {
                    pipelineCounters.request(count)
                } else {
                    reportOwnError("No pending results to get", prefix: location.serverMessagePrefix)
                    succeeded = false
                    pipelineCounters.requested = 0
                }
            }
            if request.isCommand, inPipeline {
                pipelineCounters.commands += 1
                noteUntrackedEffects(of: sql, request: request)
            }
        } catch {
            succeeded = false
        }
        if !succeeded {
            let message = connection.errorMessage
            if !message.isEmpty { reportOwnError(message, prefix: location.serverMessagePrefix) }
            publishPipelineVariables()
            guard checkConnection() else { return .connectionLost }
            echoFailedStatement(sql)
            return .failed
        }
        if pipelineCounters.requested == 0 && !ending && connection.pipelineStatus != .off {
            publishPipelineVariables()
            return .success
        }
        guard let readOutcome = readPipelineResults(sql, ending: ending) else { return .connectionLost }
        succeeded = readOutcome
        if ending {
            finishPipeline()
        }
        publishPipelineVariables()
        if !checkConnection() { return .connectionLost }
        if !succeeded { echoFailedStatement(sql) }
        return succeeded ? .success : .failed
    }

    /// Reads and prints the results wanted (all of them when `ending`); false when one
    /// failed, nil when the run must end (COPY in a pipeline).
    private func readPipelineResults(_ sql: String, ending: Bool) -> Bool? {
        // Ctrl-C cancels what the server is running; the aborted rest is read as psql reads it.
        if canceller == nil { canceller = connection.makeCanceller() }
        if let canceller { QueryCancellation.arm(canceller) }
        defer { QueryCancellation.disarm() }
        var succeeded = true
        var output = queryOutput
        var next = connection.nextResult()
        while let result = next {
            switch result.status {
            case .error, .pipelineAborted:
                if case .error(let error) = result.status {
                    reportServerError(error)
                    variables.recordQueryResult(
                        error: true, sqlState: error.sqlState, rowCount: 0, errorMessage: error.message)
                } else {
                    let message = result.errorMessage
                    if !message.isEmpty { reportOwnError(message, prefix: location.serverMessagePrefix) }
                    variables.recordQueryResult(error: true, sqlState: "", rowCount: 0, errorMessage: message)
                    reportOwnError("Pipeline aborted, command did not run", prefix: location.serverMessagePrefix)
                }
                succeeded = false
                if (ending || pipelineCounters.requested > 0) && connection.pipelineStatus != .off {
                    next = discardAbortedResults()
                } else {
                    next = connection.nextResult()
                }
                continue
            case .copyIn,
                .copyOut where connection.pipelineStatus != .off:
                reportOwnError(
                    "COPY in a pipeline is not supported, aborting connection", prefix: location.serverMessagePrefix)
                return nil
            default:
                break
            }
            let isSync = result.status == .pipelineSync
            if isSync {
                pipelineCounters.syncRead()
                // Results after a synchronisation point are printed again.
                succeeded = true
                if ending && pipelineCounters.syncs == 0 { connection.exitExplicitPipelineMode() }
            } else if connection.pipelineStatus != .off {
                pipelineCounters.commandRead()
            }
            var following: QueryResult?
            if connection.pipelineStatus == .off {
                following = connection.nextResult()
            } else {
                // A command's results end with nothing; the next command's come after it.
                if !isSync { following = connection.nextResult() }
                if pipelineCounters.requested > 0 { following = connection.nextResult() }
            }
            if !isSync && succeeded {
                succeeded = handle(result, into: &output, options: QueryOptions(), sql: sql)
            } else if isSync && following == nil {
                // The last result read sets ERROR and the like: a sync says all went well.
                variables.recordQueryResult(error: false, sqlState: "00000", rowCount: 0)
            }
            next = following
        }
        output.flush()
        return succeeded
    }

    /// Skips the results of commands the server did not run, up to a sync or as far as
    /// results were asked for (psql's `discardAbortedPipelineResults`).
    private func discardAbortedResults() -> QueryResult? {
        while true {
            let result = connection.nextResult()
            if let result, result.status == .pipelineSync { return result }
            if let result, case .error = result.status {
                _ = connection.nextResult()
                return result
            }
            if result == nil {
                if connection.isBroken { return nil }
                pipelineCounters.commandRead()
            }
            if pipelineCounters.requested == 0 { return result }
            if !pipelineCounters.hasPendingResults { return result }
        }
    }

    /// `\endpipeline` read everything: syncs left over by a failed sync are read, and the mode is left.
    private func finishPipeline() {
        while pipelineCounters.syncs > 0 {
            guard let result = connection.nextResult() else {
                if connection.isBroken { break }
                continue
            }
            if result.status == .pipelineSync { pipelineCounters.syncs -= 1 }
        }
        pipelineCounters = PipelineCounters()
        if connection.pipelineStatus != .off { connection.exitExplicitPipelineMode() }
        explicitPipeline = false
    }

    /// What a command queued in a pipeline may leave in the session, for the reconnect
    /// rules: its results are read later, so its settings and state are taken as held and
    /// never replayed (a named `\parse` holds a prepared statement).
    private func noteUntrackedEffects(of sql: String, request: PipelineRequest) {
        switch request {
        case .parse(let name):
            if !name.isEmpty { lifecycle.untrackedStateHeld(.preparedStatements) }
        case .query, .parameters:
            for entry in CommandEffects(sql).entries {
                switch entry.effect {
                case .setting: lifecycle.untrackedStateHeld(.configurationSettings)
                case .state(.creates(let state)): lifecycle.untrackedStateHeld(state)
                default: break
                }
            }
        default:
            break
        }
    }

    /// ECHO errors: the text sent, after a step that failed.
    private func echoFailedStatement(_ sql: String) {
        guard variables.settings.echo == .errors else { return }
        reportOwnError("STATEMENT:  \(sql)", prefix: location.serverMessagePrefix)
    }

    /// PIPELINE_SYNC_COUNT, PIPELINE_COMMAND_COUNT and PIPELINE_RESULT_COUNT, as psql sets them.
    func publishPipelineVariables() {
        for (name, value) in pipelineCounters.variables { try? variables.set(name, to: value) }
    }

    /// psql's CheckConnection for a script: false (and the pipeline forgotten) when the connection is gone.
    private func checkConnection() -> Bool {
        guard connection.isBroken else { return true }
        pipelineCounters = PipelineCounters()
        explicitPipeline = false
        reportOwnError("connection to server was lost")
        return false
    }
}
