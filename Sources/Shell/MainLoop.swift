import SQLScanner

/// How a run of the main loop ended.
public enum LoopResult: Equatable {
    /// The input ended; `failed` when an error should make the exit status non-zero (psql's successResult).
    case finished(failed: Bool)
    /// `\q`.
    case quit
    /// ON_ERROR_STOP stopped the script (exit 3).
    case stoppedOnError
    /// The connection was lost in a non-interactive run (exit 2).
    case connectionLost
    /// The input could not be read on (binary data, a line too long): an error of the shell's own (exit 1).
    case inputFailed
}

/// Reads lines, splits them into statements and meta-commands, and runs them (psql's MainLoop).
public final class MainLoop {
    let session: Session
    let source: any LineSource
    let locationKind: MessageLocation.Kind
    /// The folder of the file being read, for `\ir`.
    let directory: String?
    /// How many `\i` levels deep this loop is.
    let depth: Int
    var scanner: StatementScanner
    var conditionals = ConditionalStack()
    var result: LoopResult?
    /// The line of the current statement the next prompt is for (`%l`), from 1.
    private var statementLine = 1
    /// End-of-input signals ignored so far under IGNOREEOF.
    private var ignoredEndsOfInput = 0
    /// A statement sent ahead (pipeline mode) failed; counts as a failure of the run.
    var aheadFailed = false

    /// The deepest `\i` nesting allowed.
    static let maximumDepth = 16

    public init(
        session: Session, source: any LineSource, location: MessageLocation.Kind, directory: String? = nil,
        depth: Int = 0
    ) {
        self.session = session
        self.source = source
        self.locationKind = location
        self.directory = directory
        self.depth = depth
        scanner = StatementScanner(standardConformingStrings: session.standardConformingStrings)
    }

    var onErrorStop: Bool { session.variables.settings.onErrorStop }

    /// Runs until the input ends, `\q`, or an error stops it.
    public func run() -> LoopResult {
        let savedLocation = session.location
        let savedCopyInput = session.copyInput
        defer {
            session.location = savedLocation
            session.copyInput = savedCopyInput
        }
        // COPY FROM STDIN data is read from this loop's own input, as psql does.
        session.copyInput = { [source, session] in
            guard case .line(let line) = source.nextDataLine(prompt: source.isInteractive ? ">> " : "") else {
                return nil
            }
            session.location.line += 1
            return line
        }
        session.location = MessageLocation(kind: locationKind, line: 0)
        // Statements sent ahead are read before the input could make the shell wait, so a
        // script fed slowly through a pipe shows each result as soon as psql would.
        (source as? ScriptLineSource)?.beforeWaiting = { [weak self] in self?.readAhead() }
        defer { (source as? ScriptLineSource)?.beforeWaiting = nil }
        var failed = false
        var historyLines: [String] = []
        while result == nil {
            let input = source.nextLine(prompt: source.isInteractive ? prompt() : "")
            if !source.isInteractive, InterruptHandling.takeInterrupt() { return .stoppedOnError }
            // A Ctrl-C at the prompt is spent there: a script run next (`\i`) must not see it.
            if source.isInteractive { _ = InterruptHandling.takeInterrupt() }
            guard case .line(let line) = input else {
                if case .failed(let message) = input {
                    session.location.line += 1
                    session.reportOwnError(message)
                    return .inputFailed
                }
                if input == .interrupted {
                    scanner.resetQueryBuffer()
                    historyLines.removeAll()
                    statementLine = 1
                    continue
                }
                if source.isInteractive, !HangupHandling.hungUp,
                    ignoredEndsOfInput < session.variables.settings.ignoreEOF
                {
                    ignoredEndsOfInput += 1
                    if !session.quiet {
                        session.standardOutput.write("Use \"\\q\" to leave dsql.\n")
                        session.standardOutput.flush()
                    }
                    continue
                }
                if source.isInteractive && !session.quiet {
                    session.standardOutput.write("\\q\n")
                    session.standardOutput.flush()
                }
                break
            }
            ignoredEndsOfInput = 0
            if source.isInteractive, let word = AssistanceWord(line: String(decoding: line, as: UTF8.self)) {
                switch word.response(bufferEmpty: scanner.queryBufferLength == 0, status: scanner.prompt) {
                case .answer(let text):
                    session.standardOutput.write(text)
                    session.standardOutput.flush()
                    continue
                case .quit:
                    result = .quit
                    continue
                case .hint(let text):
                    session.standardOutput.write(text + "\n")
                    session.standardOutput.flush()
                case .none:
                    break
                }
            }
            session.location.line += 1
            // psql skips a line that is empty outside quotes before echoing it.
            if session.variables.settings.echo == .all && !source.isInteractive && (!line.isEmpty || scanner.isInQuote)
            {
                session.standardOutput.write(String(decoding: line, as: UTF8.self) + "\n")
                session.standardOutput.flush()
            }
            scanner.feed(line: line)
            if !scanLine() { failed = true }
            if scanner.queryBufferLength > LineReader.maximumLineLength {
                // More than the server accepts in one statement: refused before it grows on.
                session.reportOwnError(
                    "statement is longer than \(LineReader.sizeText(LineReader.maximumLineLength)), more than the server accepts; not sent"
                )
                scanner.resetQueryBuffer()
                failed = true
                if onErrorStop && !source.isInteractive { return .stoppedOnError }
            }
            statementLine = scanner.queryBufferLength == 0 && scanner.prompt == .ready ? 1 : statementLine + 1
            if source.isInteractive {
                historyLines.append(String(decoding: line, as: UTF8.self))
                if scanner.queryBufferLength == 0 && scanner.prompt == .ready {
                    source.addToHistory(historyLines.joined(separator: "\n"))
                    historyLines.removeAll()
                }
            }
        }
        readAhead()
        if aheadFailed { failed = true }
        if let result { return result }
        if let pending = scanner.finish(), !source.isInteractive, conditionals.isActive,
            !pending.allSatisfy({ $0 == " " || $0 == "\n" || $0 == "\t" })
        {
            var outcome =
                scanner.lastStatementIsValidUTF8 ? send(pending, options: Session.QueryOptions()) : refuseInvalidUTF8()
            if outcome == .success, session.hasStatementsAhead {
                readAhead()
                if let result { return result }
                if aheadFailed { outcome = .failed }
            }
            switch outcome {
            case .success: break
            case .failed:
                failed = true
                if onErrorStop { return .stoppedOnError }
            case .connectionLost: return .connectionLost
            }
        }
        if conditionals.depth > 0 {
            session.reportOwnError("reached EOF without finding closing \\endif(s)")
            if onErrorStop && !source.isInteractive { return .stoppedOnError }
        }
        return .finished(failed: failed)
    }

    /// Scans the fed line to its end; false when something failed.
    private func scanLine() -> Bool {
        var succeeded = true
        while result == nil {
            let active = conditionals.isActive
            switch scanner.next(
                variables: { [session] name in active ? session.variables[name] : nil }, branchActive: active)
            {
            case .semicolon(let sql):
                reportScannerWarnings()
                guard conditionals.isActive else { continue }
                if !sendStatement(sql) { succeeded = false }
            case .endOfLine where session.variables.settings.singleLine:
                // SINGLELINE (-S): the end of a line ends the statement, as psql's single-line mode.
                reportScannerWarnings()
                guard conditionals.isActive, let sql = scanner.finish() else { return succeeded }
                if !sendStatement(sql) { succeeded = false }
                return succeeded
            case .backslash:
                // A meta-command may depend on or print after earlier results: read them first.
                readAhead()
                guard result == nil else { return false }
                if !runMetaCommand() {
                    succeeded = false
                    if onErrorStop && !source.isInteractive && result == nil { result = .stoppedOnError }
                }
            case .incomplete, .endOfLine:
                reportScannerWarnings()
                return succeeded
            }
        }
        return succeeded
    }

    /// Sends one complete statement; false when it failed (and notes a stop in ``result``).
    private func sendStatement(_ sql: String) -> Bool {
        switch scanner.lastStatementIsValidUTF8 ? send(sql, options: Session.QueryOptions()) : refuseInvalidUTF8() {
        case .success:
            return true
        case .failed:
            if onErrorStop && !source.isInteractive { result = .stoppedOnError }
            return false
        case .connectionLost:
            result = .connectionLost
            return false
        }
    }

    /// PROMPT1 for a new statement, PROMPT2 while one continues.
    private func prompt() -> String {
        let continuing = scanner.queryBufferLength > 0 || scanner.prompt != .ready
        session.pendingQueryText = scanner.queryBuffer
        let template = session.variables[continuing ? "PROMPT2" : "PROMPT1"] ?? PromptRenderer.defaultPrompt
        return session.renderPrompt(
            template, status: continuing && scanner.prompt == .ready ? .continue : scanner.prompt,
            lineNumber: statementLine)
    }

    /// Sends a statement through the session and keeps the scanner's quoting rules current.
    /// COPY FROM STDIN data comes from this loop's input (``run()`` points the session at it).
    /// With DSQL_CHECK on, a statement DSQL would refuse is reported and not sent.
    func send(_ sql: String, options: Session.QueryOptions) -> Session.Outcome {
        session.syncErrorDisplay()
        if session.variables.settings.singleStep, !sql.isEmpty {
            readAhead()
            if result != nil { return aheadFailed ? .failed : .connectionLost }
            // psql counts a cancelled statement as a failed one; its in-line COPY data is never run as SQL.
            guard session.confirmSingleStep(sql) else {
                skipUnreadCopyData(of: sql, copiesRead: 0)
                return .failed
            }
        }
        // With DSQL_CHECK on nothing is sent ahead, so a refusal is reported in its place.
        guard sql.isEmpty || session.preflight(sql) else {
            skipUnreadCopyData(of: sql, copiesRead: 0)
            return .failed
        }
        if session.routesThroughPipelineLayer {
            readAhead()
            if result != nil { return aheadFailed ? .failed : .connectionLost }
            let copiesBefore = session.copyInsStarted
            let outcome = session.sendRequest(sql, options: options)
            scanner.standardConformingStrings = session.standardConformingStrings
            // A COPY … FROM STDIN queued in a pipeline never reads its in-line data either.
            if outcome == .failed || session.explicitPipeline {
                skipUnreadCopyData(of: sql, copiesRead: session.copyInsStarted - copiesBefore)
            }
            return outcome
        }
        if options.isPlain, session.logFile == nil, session.sendAheadIfAllowed(sql) {
            let outcome = session.readAheadBeyondWindow(stopOnError: onErrorStop && !source.isInteractive)
            return settle(outcome)
        }
        readAhead()
        if result != nil { return aheadFailed ? .failed : .connectionLost }
        let copiesBefore = session.copyInsStarted
        let outcome = session.execute(sql, options: options)
        scanner.standardConformingStrings = session.standardConformingStrings
        if outcome == .failed { skipUnreadCopyData(of: sql, copiesRead: session.copyInsStarted - copiesBefore) }
        return outcome
    }

    /// After a failed statement, skips the in-line data of each `COPY … FROM STDIN` in it
    /// that the server never read, up to its `\.` line, as psql does: those lines are data,
    /// and running them as SQL would let a failing COPY smuggle statements in.
    private func skipUnreadCopyData(of sql: String, copiesRead: Int) {
        guard !source.isInteractive else { return }
        var blocks = InlineCopyData.copyFromStdinCount(in: sql) - copiesRead
        while blocks > 0 {
            blocks -= 1
            while case .line(let line) = source.nextDataLine(prompt: "") {
                session.location.line += 1
                if InlineCopyData.isEndMarker(line) { break }
            }
        }
    }

    /// Reads the results of every statement sent ahead, in order, and takes in how they went.
    func readAhead() {
        guard session.hasStatementsAhead else { return }
        _ = settle(session.readAllAhead(stopOnError: onErrorStop && !source.isInteractive))
    }

    /// Records the outcome of statements read from the pipeline; the outcome for the caller.
    private func settle(_ outcome: AheadOutcome) -> Session.Outcome {
        if outcome.failed { aheadFailed = true }
        if let stop = outcome.stop, result == nil { result = stop }
        return result == .connectionLost ? .connectionLost : (outcome.failed ? .failed : .success)
    }

    /// Refuses a statement with bytes that are not UTF-8: its text was decoded with
    /// U+FFFD replacements, so sending it would silently change the data.
    private func refuseInvalidUTF8() -> Session.Outcome {
        session.reportOwnError("statement is not valid UTF-8; not sent")
        return .failed
    }

    private func reportScannerWarnings() {
        for warning in scanner.takeWarnings() {
            session.reportOwnError(warning, prefix: session.location.warningPrefix)
        }
    }

    /// Reads and runs one meta-command; false when it failed.
    private func runMetaCommand() -> Bool {
        let name = scanner.readMetaCommandName()
        var invocation = MetaInvocation(name: name, loop: self)
        let outcome: MetaOutcome
        let active = conditionals.isActive
        if !RestrictCommands.allows(name, restrictKey: session.restrictKey) {
            // Refused before anything of it is read, even in an inactive \if branch (psql).
            session.reportOwnError(RestrictCommands.refusal)
            outcome = .failed
        } else if let command = MetaCommandTable.command(named: name) {
            if active || command.isConditional {
                outcome = command.run(&invocation)
            } else {
                invocation.skipInactive(command.inactiveArguments)
                outcome = .done
            }
        } else {
            // psql reports an unknown command even in an inactive branch.
            session.reportOwnError("invalid command \\\(name)")
            if source.isInteractive { session.reportOwnError("Try \\? for help.") }
            outcome = .failed
        }
        if case .failed = outcome {
            invocation.discardLine()
        } else if !invocation.replacedInput {
            invocation.discardExtraArguments(active: conditionals.isActive)
        }
        _ = scanner.endMetaCommand()
        // `\echo`, `\qecho`, `\conninfo` … write too; a full disk fails the command.
        let writeFailed = session.reportOutputFailures()
        switch outcome {
        case .done:
            return !writeFailed
        case .failed:
            return false
        case .quit:
            result = .quit
            return true
        case .send(let options):
            return sendBuffer(options)
        case .sendRequest:
            // As every command that sends, an empty buffer sends the previous query again
            // (psql: `\parse` prepares it; the pipeline commands echo it and ignore it).
            var sql = scanner.queryBuffer
            scanner.resetQueryBuffer()
            if sql.isEmpty { sql = session.previousQuery ?? "" } else { session.previousQuery = sql }
            return settleSend(send(sql, options: Session.QueryOptions()))
        case .stop(let loopResult):
            result = loopResult
            return true
        }
    }

    /// `\g` and friends: sends the query buffer, or the previous query when it is empty.
    private func sendBuffer(_ options: Session.QueryOptions) -> Bool {
        var sql = scanner.queryBuffer
        scanner.resetQueryBuffer()
        if sql.isEmpty { sql = session.previousQuery ?? "" }
        // A `\bind_named` statement needs no text: psql sends even an empty buffer then.
        guard !sql.isEmpty || session.pipelineRequest != .query else { return true }
        if options.describesOnly {
            readAhead()
            guard result == nil else { return false }
            return settleSend(session.describeColumns(of: sql, options: options))
        }
        var succeeded = settleSend(send(sql, options: options))
        if options.collectsStatements {
            let statements = session.collectedStatements
            session.collectedStatements = []
            guard succeeded else { return false }
            succeeded = runCollected(statements)
            session.previousQuery = sql
        }
        return succeeded
    }

    /// Whether a statement sent for a meta-command succeeded; a lost connection ends the loop.
    private func settleSend(_ outcome: Session.Outcome) -> Bool {
        switch outcome {
        case .success: return true
        case .failed: return false
        case .connectionLost:
            result = .connectionLost
            return false
        }
    }

    /// `\gexec`: runs each statement the query returned, echoed first under ECHO all,
    /// stopping at the first failure under ON_ERROR_STOP (psql's ExecQueryTuples).
    private func runCollected(_ statements: [String]) -> Bool {
        var succeeded = true
        for statement in statements {
            if InterruptHandling.takeInterrupt() { return false }
            if session.variables.settings.echo == .all {
                session.standardOutput.write(statement + "\n")
                session.standardOutput.flush()
            }
            let outcome = session.preflight(statement) ? session.execute(statement) : .failed
            scanner.standardConformingStrings = session.standardConformingStrings
            if !settleSend(outcome) {
                succeeded = false
                if result != nil || onErrorStop { break }
            }
        }
        return succeeded
    }
}
