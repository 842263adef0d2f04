import Dispatch
import FoundationEssentials
import PostgresClient
import ResultFormatting
import SQLCheck
import SQLScanner

/// One user's session: a connection, variables, output settings and destinations.
///
/// The main loop hands it statements; it sends them, prints what comes back,
/// records the result in the special variables and reports success or failure.
public final class Session {
    /// The outcome of one statement or command string.
    public enum Outcome: Equatable {
        case success
        /// A statement failed on the server, or a `\gset` could not store its row.
        case failed
        /// The connection is gone.
        case connectionLost
    }

    /// Per-query overrides from `\g`, `\gx` and `\gset`.
    public struct QueryOptions {
        public var expanded: Bool?
        public var output: FileSink?
        public var gsetPrefix: String?
        /// `\g (name=value …)`: the print options for this query only.
        public var printOptions: PrintOptions?
        /// `\gexec`: the result's cells are collected as statements to run, not printed.
        public var collectsStatements = false
        /// `\gdesc`: the statement is described, not run.
        public var describesOnly = false
        /// `\crosstabview`'s column references: the result is pivoted before printing.
        public var crosstabArguments: [String?]?
        /// Whether nothing is overridden: the statement prints as a plain `;` statement does.
        var isPlain: Bool {
            expanded == nil && output == nil && gsetPrefix == nil && printOptions == nil && !collectsStatements && !describesOnly
                && crosstabArguments == nil
        }

        public init(expanded: Bool? = nil, output: FileSink? = nil, gsetPrefix: String? = nil) {
            self.expanded = expanded
            self.output = output
            self.gsetPrefix = gsetPrefix
        }
    }

    var connector: Connector
    var connection: Connection
    /// Decides reconnects and retries (../shared/DESIGN.md §3, Sessions).
    var lifecycle: ConnectionLifecycle<ContinuousClock.Instant>
    /// When the server last finished answering on this connection; nil before the first statement.
    var lastAnswer: ContinuousClock.Instant?
    var random = SystemRandomNumberGenerator()
    /// stdout: `\echo`, the banner.
    public let standardOutput: FileSink
    /// Where query results and `\qecho` go (`\o` changes it).
    var queryOutput: FileSink
    let errors: FileSink
    /// stderr.
    public var errorSink: FileSink { errors }
    public var variables = Variables()
    /// psql's `\pset` state.
    public var printOptions = PrintOptions()
    /// Where messages are said to come from.
    public var location = MessageLocation(kind: .command)
    /// `\timing`.
    public var timing = false
    /// The last statement sent (psql's previous buffer, for `\g` and `\p`).
    public var previousQuery: String?
    /// The command tag of the last command result (ON_ERROR_ROLLBACK keeps the user's own savepoints).
    var lastCommandStatus = ""
    /// Whether the note that ON_ERROR_ROLLBACK cannot work on Aurora DSQL was shown.
    var errorRollbackNoteShown = false
    /// The last error the server reported, for `\errverbose`.
    var lastError: ServerError?
    /// The statements a `\gexec` query returned, waiting to be run.
    var collectedStatements: [String] = []
    /// The terminal's width for `expanded auto`, nil when output is not a terminal.
    public var terminalColumns: Int?
    /// Reads the terminal's size now (width, height), for a terminal that can be resized;
    /// asked before each result and help text so `\x auto` and the pager follow SIGWINCH.
    public var terminalSize: (() -> (width: Int, height: Int))?
    /// The pager command and the terminal's size when stdout is a terminal; nil elsewhere.
    public var pager: (command: String, width: Int, height: Int)?
    /// The "running N s" indicator of the statement in flight, cleared before a notice.
    var runningTick: ProgressTicker.Tick?
    /// What `\? options` prints: the command line's help, supplied by the executable.
    public var optionsHelp = "Run \"dsql --help\" for the command-line options.\n"
    /// Shows elapsed time for slow queries on a terminal; nil elsewhere.
    public var progressTicker: ProgressTicker?
    /// Whether the prompt may use colour.
    public var promptColour = false
    /// Whether the connect warnings on stderr may use colour.
    public var warningColour = false
    var canceller: Canceller?
    /// Drops server messages while checking whether an idle connection was closed.
    var suppressNotices = false
    /// Where COPY FROM STDIN data comes from: the next input line, nil at end.
    /// The main loop points it at its own input; by default it reads stdin.
    public var copyInput: () -> [UInt8]? = { StandardInputLines.shared.readLine() }
    /// How many COPY FROM STDIN the server has asked data for (so a failed statement
    /// knows how many in-line data blocks it left unread).
    private(set) var copyInsStarted = 0
    /// Told every statement before it is sent (completion refreshes its names after DDL).
    public var statementObserver: ((String) -> Void)?
    /// The query buffer's text at the last prompt, for completion across lines.
    public internal(set) var pendingQueryText = ""
    /// Statements sent ahead in pipeline mode whose results are not read yet, oldest first.
    var ahead: [AheadStatement] = []
    /// How the next query buffer is sent (`\bind`, `\parse`, the pipeline meta-commands).
    var pipelineRequest = PipelineRequest.query
    /// Whether `\startpipeline` opened a pipeline that `\endpipeline` has not closed.
    var explicitPipeline = false
    /// The explicit pipeline's counts (PIPELINE_SYNC_COUNT and the like).
    var pipelineCounters = PipelineCounters()
    /// Whether the PIPELINE on note was printed.
    var pipelineNoteShown = false
    /// DSQL_CHECK as last read, with the variables' revision it was read at.
    var preflightEnabledCache: (revision: Int, enabled: Bool)?
    /// The key of psql's restricted mode (`\restrict`), nil outside it: while set, no
    /// backslash command but `\unrestrict` with this key runs.
    var restrictKey: String?
    /// The variables' revision and the connection VERBOSITY and SHOW_CONTEXT were last applied to.
    var errorDisplayApplied: (revision: Int, connection: ObjectIdentifier)?
    /// PIPELINE as last read, with the variables' revision it was read at.
    var pipelineSettingCache: (revision: Int, setting: PipelineSetting)?
    /// Set once any output failed to write (a full disk, an I/O error): the run must not end in success.
    public internal(set) var outputFailed = false
    /// The ``Variables/revision`` at which CONNECTION_MAX_AGE and RETRY_OCC were last read.
    var appliedPolicyRevision: Int?
    /// `-L FILE`: psql's session log — each query sent, its rows (aligned) and its command tag.
    public var logFile: FileSink?
    /// The client encoding ENCODING was last set from (libpq's number), to follow `SET client_encoding`.
    var encodingID = -1
    /// DSQL_CHECK's view of the statements sent in the open transaction.
    var preflightChecker = StatementChecker()

    public init(connector: Connector, connection: Connection, output: FileSink, errors: FileSink) {
        self.connector = connector
        self.connection = connection
        self.standardOutput = output
        self.queryOutput = output
        self.errors = errors
        lifecycle = ConnectionLifecycle(
            policy: SessionPolicy(connectionMaxAge: SessionPolicy.defaultMaxAge(dsqlEndpoint: connector.isDSQLEndpoint),
                                  interactive: false),
            connectedAt: .now)
        lifecycle.policy.dsqlEndpoint = connector.isDSQLEndpoint
        installNoticeHandler()
        publishPipelineVariables()
        syncConnectionVariables()
    }

    func installNoticeHandler() {
        connection.setNoticeHandler { [weak self] message in
            guard let self, !self.suppressNotices else { return }
            self.runningTick?.clearLine()
            self.queryOutput.flush()
            self.errors.write(self.location.serverMessagePrefix + message)
            self.errors.flush()
        }
    }

    /// Whether plain string literals treat backslashes literally (the server's setting).
    public var standardConformingStrings: Bool {
        !connection.parameterStatus("standard_conforming_strings", is: "off")
    }

    /// Whether `-q`/QUIET is on.
    public var quiet: Bool { variables.settings.quiet }

    /// The server's transaction state for the prompt and AUTOCOMMIT.
    public var transactionStatus: Connection.TransactionStatus { connection.transactionStatus }

    /// How one send went, for the connection lifecycle.
    enum Attempt {
        case succeeded
        case failed(ServerError?)
        case lost
    }

    /// Sends a statement once and prints every result (no retry, no reconnect).
    func sendAndPrint(_ sql: String, options: QueryOptions) -> Attempt {
        if !variables.settings.autocommit && connection.transactionStatus == .idle && !TransactionCommands.skipsImplicitBegin(sql) {
            _ = try? connection.execute("BEGIN")
        }
        let started = timing ? DispatchTime.now() : nil
        if canceller == nil { canceller = connection.makeCanceller() }
        if let canceller { QueryCancellation.arm(canceller) }
        defer { QueryCancellation.disarm() }
        refreshTerminalSize()
        var ticker = progressTicker?.start()
        runningTick = ticker
        defer {
            ticker?.stop()
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
        let attempt = receiveAndPrint(sql, options: options, started: started, ticker: &ticker)
        if savepoint == true, !connection.isBroken { finishErrorRollbackSavepoint() }
        return attempt
    }

    /// Reads and prints every result of the statement sent last (or next in a pipeline).
    func receiveAndPrint(_ sql: String, options: QueryOptions, started: DispatchTime?, ticker: inout ProgressTicker.Tick?) -> Attempt {
        var firstError: ServerError?
        var failed = false
        var output = options.output ?? queryOutput
        // Ctrl-C from here on stops the printing at once, as in psql.
        let stopMark = InterruptHandling.total
        output.interruptMark = stopMark
        defer { output.interruptMark = nil }
        var afterCopyOut = false
        let plainRows = options.gsetPrefix == nil && !options.collectsStatements && options.crosstabArguments == nil && logFile == nil
        let format = (options.printOptions ?? self.printOptions).format
        // FETCH_COUNT: rows printed in groups as psql's cursor prints them (not in markup formats).
        let fetchCount = plainRows && !format.isMarkup && ChunkedResult.applies(to: sql, fetchCount: variables.settings.fetchCount)
            ? variables.settings.fetchCount : 0
        if plainRows && (format.isStreamable || fetchCount > 0) {
            connection.setSingleRowMode()
        }
        var next = connection.nextArrival()
        while let arrival = next {
            ticker?.stop()
            ticker = nil
            guard case .result(let result) = arrival else {
                // Rows one by one in a format that lays out whole tables: FETCH_COUNT's groups, or
                // a statement sent ahead right after one read in single-row mode (libpq keeps that
                // mode for the first statement of a pipeline), printed whole.
                if fetchCount > 0 || (plainRows && !format.isStreamable) {
                    var chunks = ChunkedResult(size: fetchCount > 0 ? fetchCount : .max, options: printOptions(for: options),
                                               terminalColumns: terminalColumns, columns: connection.streamedRow.columns)
                    next = chunks.addRows(from: connection, into: &output)
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
                var stream = StreamingResult(options: printOptions(for: options), columns: connection.streamedRow.columns, into: &output)
                next = stream.addRows(from: connection, into: &output)
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
               result.status == .tuples || result.status == .command {
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
        if let started { printTiming(since: started) }
        if connection.isBroken { return .lost }
        lastAnswer = .now
        syncEncodingVariable()
        return failed ? .failed(firstError) : .succeeded
    }

    /// The print options for one query: `\pset`'s, with `\gx`'s expanded override.
    ///
    /// Made only when rows are printed, so that commands do not copy the options.
    private func printOptions(for options: QueryOptions) -> PrintOptions {
        var printOptions = options.printOptions ?? self.printOptions
        if let expanded = options.expanded { printOptions.expanded = expanded ? .on : .off }
        return printOptions
    }

    /// Prints one result and records it in the variables; false for an error.
    func handle(_ result: QueryResult, into output: inout FileSink, options: QueryOptions, sql: String) -> Bool {
        let gsetPrefix = options.gsetPrefix
        switch result.status {
        case .tuples, .singleTuple:
            variables.recordQueryResult(error: false, sqlState: "00000", rowCount: result.rowCount)
            if let gsetPrefix { return storeRow(result, prefix: gsetPrefix) }
            if options.collectsStatements {
                collectStatements(result)
                return true
            }
            if let arguments = options.crosstabArguments {
                return printCrosstab(result, arguments: arguments, options: printOptions(for: options), into: &output)
            }
            printTable(result, options: printOptions(for: options), into: &output)
            if let logFile { logTable(result, into: logFile) }
            printReturningTag(result, into: &output)
        case .command:
            lastCommandStatus = result.commandStatus
            variables.recordQueryResult(error: false, sqlState: "00000", rowCount: result.affectedRows ?? 0)
            variables.recordLastOID(result.oidValue)
            if let logFile { logCommandStatus(result, into: logFile) }
            if gsetPrefix != nil {
                reportOwnError("no rows returned for \\gset")
                return false
            }
            if !quiet {
                result.withCommandStatus { output.write($0) }
                output.write("\n")
            }
        case .copyOut:
            return copyOut(into: &output)
        case .copyIn:
            return copyIn()
        case .emptyQuery:
            // A lone `;` still counts as a statement that succeeded, as in psql.
            variables.recordQueryResult(error: false, sqlState: "00000", rowCount: 0)
        case .pipelineSync:
            break
        case .pipelineAborted:
            return false
        case .error(let error):
            variables.recordQueryResult(error: true, sqlState: error.sqlState, rowCount: 0, errorMessage: error.message)
            reportServerError(error)
            if variables.settings.echo == .errors { reportOwnError("STATEMENT:  \(sql)", prefix: location.serverMessagePrefix) }
            return false
        }
        return true
    }

    /// psql's tag after the rows of `INSERT`, `UPDATE` or `DELETE … RETURNING` (`UPDATE 1`), unless QUIET.
    private func printReturningTag(_ result: QueryResult, into output: inout FileSink) {
        let isDML = result.withCommandStatus { tag in
            ["INSERT", "UPDATE", "DELETE"].contains { keyword in
                tag.count >= 6 && zip(tag.prefix(6), keyword.utf8).allSatisfy { $0 == $1 }
            }
        }
        guard isDML else { return }
        variables.recordLastOID(result.oidValue)
        if let logFile { logCommandStatus(result, into: logFile) }
        guard !quiet else { return }
        result.withCommandStatus { output.write($0) }
        output.write("\n")
    }

    /// Streams COPY TO STDOUT rows to the output.
    private func copyOut(into output: inout FileSink) -> Bool {
        while true {
            switch connection.withNextCopyRow({ output.write($0) }) {
            case .row: continue
            case .done: return true
            case .failed(let message):
                reportOwnError(message)
                return false
            }
        }
    }

    /// Feeds COPY FROM STDIN from the input until a line `\.` or end of input, as psql does.
    private func copyIn() -> Bool {
        do {
            copyInsStarted += 1
            while let line = copyInput() {
                if InlineCopyData.isEndMarker(line) { break }
                try connection.putCopyData(line + [UInt8(ascii: "\n")])
            }
            try connection.putCopyEnd()
        } catch {
            reportOwnError("\(error)")
            return false
        }
        return true
    }

    /// Prints a whole result, through the pager when it does not fit the terminal.
    private func printTable(_ result: QueryResult, options: PrintOptions, into output: inout FileSink) {
        guard let pager, output === standardOutput, options.pager != .off else {
            ResultPrinter.print(result, options: options, terminalColumns: terminalColumns, into: &output)
            return
        }
        let text = ResultPrinter.render(result, options: options, terminalColumns: terminalColumns)
        if PagerPolicy.shouldPage(text, use: options.pager, minimumLines: options.pagerMinLines, outputIsTerminal: true,
                                  width: pager.width, height: pager.height) {
            output.flush()
            if PagerProcess.show(text, command: pager.command) { return }
        }
        text.withUnsafeBytes { output.write($0) }
    }

    /// The variables psql watches with a hook; `\gset` refuses to set them.
    static let variablesWithHooks: Set<String> = [
        "AUTOCOMMIT", "ON_ERROR_STOP", "QUIET", "SINGLELINE", "SINGLESTEP", "FETCH_COUNT", "HISTFILE", "HISTSIZE",
        "IGNOREEOF", "ECHO", "ECHO_HIDDEN", "ON_ERROR_ROLLBACK", "COMP_KEYWORD_CASE", "HISTCONTROL", "PROMPT1",
        "PROMPT2", "PROMPT3", "VERBOSITY", "SHOW_ALL_RESULTS", "SHOW_CONTEXT", "HIDE_TOAST_COMPRESSION", "HIDE_TABLEAM",
    ]

    /// `\gexec`: keeps every non-null cell, row by row, as a statement to run next.
    private func collectStatements(_ result: QueryResult) {
        for row in 0..<result.rowCount {
            for column in 0..<result.fieldCount {
                if let text = result.string(row: row, column: column) { collectedStatements.append(text) }
            }
        }
    }

    /// `\gset`: stores the single row's columns as variables named prefix + column.
    private func storeRow(_ result: QueryResult, prefix: String) -> Bool {
        guard result.rowCount == 1 else {
            reportOwnError(result.rowCount == 0 ? "no rows returned for \\gset" : "more than one row returned for \\gset")
            return false
        }
        for column in 0..<result.fieldCount {
            let name = prefix + result.fieldName(column)
            if Self.variablesWithHooks.contains(name) {
                reportOwnError("attempt to \\gset into specially treated variable \"\(name)\" ignored",
                               prefix: location.warningPrefix)
                continue
            }
            do {
                if let value = result.string(row: 0, column: column) {
                    try variables.set(name, to: value)
                } else {
                    try variables.unset(name)
                }
            } catch {
                reportOwnError(error.message)
                return false
            }
        }
        return true
    }

    /// Sends a whole `-c` command string unscanned, as psql does (checked first with DSQL_CHECK on).
    public func runCommandString(_ sql: String) -> Outcome {
        guard preflight(sql) else { return .failed }
        return execute(sql)
    }

    /// Whether a person is at the terminal (lost connections are reset, not fatal).
    public var isInteractive: Bool {
        get { lifecycle.policy.interactive }
        set { lifecycle.policy.interactive = newValue }
    }

    private func printTiming(since start: DispatchTime) {
        let milliseconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1_000_000
        standardOutput.write(TimingText.render(milliseconds: milliseconds))
        standardOutput.flush()
    }

    /// Writes a server error with the location prefix, after flushing query output.
    func reportServerError(_ error: ServerError) {
        lastError = error
        queryOutput.flush()
        standardOutput.flush()
        errors.write(location.serverMessagePrefix + error.formatted)
        errors.flush()
    }

    /// Writes one of dsql's own errors with psql's prefix for the current location.
    func reportOwnError(_ message: String, prefix: String? = nil) {
        queryOutput.flush()
        standardOutput.flush()
        errors.write((prefix ?? location.errorPrefix) + message + "\n")
        errors.flush()
    }

    /// Reports every output that failed to write since the last check (stdout, the `\o`
    /// target and `extra`); true when one did. Marks the run as having lost output.
    @discardableResult
    public func reportOutputFailures(also extra: FileSink? = nil) -> Bool {
        var failed = false
        for sink in [standardOutput, queryOutput] + (extra.map { [$0] } ?? []) {
            sink.flush()
            guard let message = sink.takeUnreportedFailure() else { continue }
            reportOwnError(message)
            failed = true
        }
        if failed { outputFailed = true }
        return failed
    }

    /// Writes an informational line to stderr (not hidden by QUIET; callers decide).
    func reportInfo(_ message: String) {
        standardOutput.flush()
        errors.write(message + "\n")
        errors.flush()
    }

    /// Prints the loud warning for a connection that is not verified — sslmode require, or
    /// no TLS at all (a Unix-domain socket) — as every connect and reconnect must.
    public func warnIfNotVerified() {
        let transport = Transport(connection)
        let warning = PlaintextWarning.render(transport, colour: warningColour)
            ?? (connector.trust.mode == .require ? RequireWarning.render(colour: warningColour, iam: connector.usesIAM) : nil)
        guard let warning else { return }
        standardOutput.flush()
        errors.write(warning)
        errors.flush()
    }

    /// Renders a prompt template for the current connection.
    public func renderPrompt(_ template: String, status: PromptStatus, lineNumber: Int) -> String {
        let variables = self.variables
        let context = PromptContext(
            user: connection.user, database: connection.database, host: connector.settings.host,
            isDSQLEndpoint: connector.isDSQLEndpoint, port: connection.port, sslMode: connector.trust.mode, trust: connector.trust.source,
            transport: Transport(connection),
            transaction: connection.isBroken ? nil : connection.transactionStatus,
            pipeline: connection.isBroken || !explicitPipeline ? .off : connection.pipelineStatus, status: status,
            lineNumber: lineNumber, isSuperuser: connection.parameterStatus("is_superuser") == "on",
            colour: promptColour, variable: { variables[$0] })
        return PromptRenderer.render(template, context)
    }

    /// Facts for `\conninfo`.
    public var connectionInfo: ConnectionInfo {
        ConnectionInfo(connection: connection, trust: connector.trust, authentication: connector.authenticationSummary)
    }
}

/// psql's `\timing` line.
enum TimingText {
    /// `Time: 0.512 ms`, with `(mm:ss.fff)` and longer forms from one second up.
    static func render(milliseconds: Double) -> String {
        var text = "Time: " + NumberText.fixed(milliseconds, decimals: 3) + " ms"
        if milliseconds >= 1000 {
            let seconds = milliseconds / 1000
            let minutes = Int(seconds / 60)
            let remainder = seconds - Double(minutes * 60)
            if minutes < 60 {
                text += " (" + twoDigits(minutes) + ":" + NumberText.fixed(remainder, decimals: 3, width: 6) + ")"
            } else {
                text += " (" + twoDigits(minutes / 60) + ":" + twoDigits(minutes % 60) + ":"
                    + NumberText.fixed(remainder, decimals: 3, width: 6) + ")"
            }
        }
        return text + "\n"
    }

    /// `%02d`: at least two digits, zero-padded.
    private static func twoDigits(_ value: Int) -> String {
        (value >= 0 && value < 10 ? "0" : "") + String(value)
    }
}

/// Statements that must not get an implicit BEGIN when AUTOCOMMIT is off.
enum TransactionCommands {
    private static let noBegin: Set<String> = [
        "begin", "start", "commit", "end", "rollback", "abort", "savepoint", "release", "prepare",
        "vacuum", "cluster", "reindex", "discard", "set",
    ]

    /// Whether `sql` starts with a transaction-control (or transaction-incompatible) command.
    static func skipsImplicitBegin(_ sql: String) -> Bool {
        let words = sql.lowercased().split(whereSeparator: { !$0.isLetter })
        guard let first = words.first.map(String.init) else { return true }
        if first == "set" { return words.dropFirst().first == "transaction" || words.dropFirst().first == "session" }
        if first == "create" || first == "drop" {
            return ["database", "tablespace"].contains(words.dropFirst().first.map(String.init) ?? "")
        }
        return noBegin.contains(first)
    }
}
