import PostgresClient

/// Sending one statement and reading its results: the implicit BEGIN, the savepoint of
/// ON_ERROR_ROLLBACK, the statement's progress, and the loop over what arrives — rows
/// streamed, in FETCH_COUNT groups, or whole, each handed to ``handle(_:into:options:sql:)``.
extension Session {
    /// Sends a statement once and prints every result (no retry, no reconnect).
    func sendAndPrint(_ sql: String, options: QueryOptions) -> Attempt {
        if !variables.settings.autocommit && connection.transactionStatus == .idle
            && !TransactionCommands.skipsImplicitBegin(sql)
        {
            _ = try? connection.execute("BEGIN")
        }
        var progress = StatementProgress(timing: timing)
        if canceller == nil { canceller = connection.makeCanceller() }
        StatementProgress.armCancel(canceller)
        defer { StatementProgress.disarmCancel() }
        refreshTerminalSize()
        progress.startTicker(progressTicker)
        runningTick = progress.tick
        defer {
            progress.end()
            runningTick = nil
        }
        if let logFile { logQuery(sql, into: logFile) }
        let savepoint = setErrorRollbackSavepoint()
        if savepoint == false { return connection.isBroken ? .lost : .failed(nil) }
        do {
            try sendOutsidePipeline(sql)
        } catch {
            reportOwnError("\(error)")
            return .lost
        }
        let attempt = receiveAndPrint(sql, options: options, progress: &progress)
        if savepoint == true, !connection.isBroken { finishErrorRollbackSavepoint() }
        return attempt
    }

    /// Reads and prints every result of the statement sent last (or next in a pipeline).
    func receiveAndPrint(_ sql: String, options: QueryOptions, progress: inout StatementProgress) -> Attempt {
        var firstError: ServerError?
        var failed = false
        var output = options.output ?? queryOutput
        // Ctrl-C from here on stops the printing at once, as in psql.
        let stopMark = InterruptHandling.total
        output.interruptMark = stopMark
        defer { output.interruptMark = nil }
        var afterCopyOut = false
        let plainRows =
            options.gsetPrefix == nil && !options.collectsStatements && options.crosstabArguments == nil
            && logFile == nil
        let format = (options.printOptions ?? self.printOptions).format
        // FETCH_COUNT: rows printed in groups as psql's cursor prints them (not in markup formats).
        let fetchCount =
            plainRows && !format.isMarkup && ChunkedResult.applies(to: sql, fetchCount: variables.settings.fetchCount)
            ? variables.settings.fetchCount : 0
        if plainRows && (format.isStreamable || fetchCount > 0) {
            connection.setSingleRowMode()
        }
        var next = connection.nextArrival()
        while let arrival = next {
            progress.answerArrived()
            guard case .result(let result) = arrival else {
                // Rows one by one in a format that lays out whole tables: FETCH_COUNT's groups, or
                // a statement sent ahead right after one read in single-row mode (libpq keeps that
                // mode for the first statement of a pipeline), printed whole.
                if fetchCount > 0 || (plainRows && !format.isStreamable) {
                    var chunks = ChunkedResult(
                        size: fetchCount > 0 ? fetchCount : .max, options: printOptions(for: options),
                        terminalColumns: terminalColumns, columns: connection.streamedRow.columns)
                    // The row loop is specialised for libpq's connection: no dynamic dispatch per row.
                    if let libpq = connection as? Connection {
                        next = chunks.addRows(from: libpq, into: &output)
                    } else {
                        next = chunks.addRows(from: connection, into: &output)
                    }
                    if case .result(let end) = next, end.status == .tuples {
                        chunks.finish(into: &output)
                        variables.recordQueryResult(error: false, sqlState: "00000", rowCount: chunks.rowCount)
                        printReturningTag(end, into: &output)
                        next = connection.nextArrival()
                    }
                    continue
                }
                // Rows in single-row mode stream through the formatter; the empty TUPLES_OK after them ends
                // the result, anything else (an error) interrupts it and is handled as usual.
                var stream = StreamingResult(
                    options: printOptions(for: options), columns: connection.streamedRow.columns, into: &output)
                if let libpq = connection as? Connection {
                    next = stream.addRows(from: libpq, into: &output)
                } else {
                    next = stream.addRows(from: connection, into: &output)
                }
                stream.end(into: &output)
                if case .result(let end) = next, end.status == .tuples {
                    variables.recordQueryResult(error: false, sqlState: "00000", rowCount: stream.rowCount)
                    printReturningTag(end, into: &output)
                    next = connection.nextArrival()
                }
                continue
            }
            // As psql 15, the next result is asked for before this one is printed (notices it
            // raises come first, and \gset and friends apply to the last result only) —
            // except after COPY, which reads the connection meanwhile.
            let readsAhead = result.status != .copyIn && result.status != .copyOut
            let following = readsAhead ? connection.nextArrival() : nil
            defer { next = readsAhead ? following : connection.nextArrival() }
            // SHOW_ALL_RESULTS off: only the last result of a `\;` string is shown.
            if readsAhead, following != nil, !variables.settings.showAllResults,
                result.status == .tuples || result.status == .command
            {
                let rows = result.status == .tuples ? result.rowCount : (result.affectedRows ?? 0)
                variables.recordQueryResult(error: false, sqlState: "00000", rowCount: rows)
                continue
            }
            var options = options
            if readsAhead && following != nil {
                options.gsetPrefix = nil
                options.collectsStatements = false
                options.crosstabArguments = nil
            }
            // psql does not print COPY TO STDOUT's tag where it would run into the data.
            if afterCopyOut, result.status == .command, output === standardOutput {
                afterCopyOut = false
                variables.recordQueryResult(error: false, sqlState: "00000", rowCount: result.affectedRows ?? 0)
                continue
            }
            afterCopyOut = result.status == .copyOut
            if case .error(let error) = result.status, firstError == nil { firstError = error }
            if !handle(result, into: &output, options: options, sql: sql) {
                failed = true
            }
        }
        output.flush()
        if output.isStopped {
            output.interruptMark = nil
            output.write("\n")
            output.flush()
        }
        if let line = progress.timingLine() {
            standardOutput.write(line)
            standardOutput.flush()
        }
        if connection.isBroken { return .lost }
        lastAnswer = .now
        syncEncodingVariable()
        return failed ? .failed(firstError) : .succeeded
    }
}
