import FoundationEssentials
import PostgresClient
import ResultFormatting
import SQLCheck
import SQLScanner
import SessionPolicy

/// One user's session: a connection, variables, output settings and destinations.
///
/// The main loop hands it statements; it sends them, prints what comes back,
/// records the result in the special variables and reports success or failure.
///
/// The session coordinates; the jobs live apart: sending and reading results in
/// `Session+Sending.swift`, what becomes of each result in `Session+ResultHandling.swift`,
/// COPY data in ``CopyTransfer``, the statement's cancel, ticker and `\timing` in
/// ``StatementProgress``, reconnects and retries in `Session+Lifecycle.swift`. It reaches
/// the server only through ``DatabaseConnection``.
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
            expanded == nil && output == nil && gsetPrefix == nil && printOptions == nil && !collectsStatements
                && !describesOnly
                && crosstabArguments == nil
        }

        public init(expanded: Bool? = nil, output: FileSink? = nil, gsetPrefix: String? = nil) {
            self.expanded = expanded
            self.output = output
            self.gsetPrefix = gsetPrefix
        }
    }

    var connector: Connector
    var connection: any DatabaseConnection
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
    var copyInsStarted = 0
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

    public init(connector: Connector, connection: any DatabaseConnection, output: FileSink, errors: FileSink) {
        self.connector = connector
        self.connection = connection
        self.standardOutput = output
        self.queryOutput = output
        self.errors = errors
        lifecycle = ConnectionLifecycle(
            policy: SessionPolicy(
                connectionMaxAge: SessionPolicy.defaultMaxAge(dsqlEndpoint: connector.isDSQLEndpoint),
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
        let warning =
            PlaintextWarning.render(transport, colour: warningColour)
            ?? (connector.trust.mode == .require
                ? RequireWarning.render(colour: warningColour, iam: connector.usesIAM) : nil)
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
            isDSQLEndpoint: connector.isDSQLEndpoint, port: connection.port, sslMode: connector.trust.mode,
            trust: connector.trust.source,
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

/// Statements that must not get an implicit BEGIN when AUTOCOMMIT is off.
enum TransactionCommands {
    /// Whether `sql` is sent without an implicit `BEGIN` when AUTOCOMMIT is off (psql's rules).
    static func skipsImplicitBegin(_ sql: String) -> Bool { ImplicitBegin.isSkipped(for: sql) }
}
