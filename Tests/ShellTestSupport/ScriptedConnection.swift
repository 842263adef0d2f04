import OpenSSLSupport
import PostgresClient

/// One connection to a ``ScriptedServer``: the ``DatabaseConnection`` a session holds in tests.
///
/// It never streams rows (single-row mode is refused, so every result arrives whole) and
/// has no pipeline mode; everything else behaves as libpq's connection does.
public final class ScriptedConnection: DatabaseConnection {
    /// The settings a new connection starts with (SHOW answers from them).
    static let defaultSettings = ["search_path": "\"$user\", public", "client_encoding": "UTF8", "timezone": "UTC"]

    let server: ScriptedServer
    /// Which connection of the server this is, from 1.
    public let number: Int
    private let parameters: ConnectionParameters?
    /// SET's values on this connection.
    public var settings = ScriptedConnection.defaultSettings
    public var transactionStatus = Connection.TransactionStatus.idle
    public private(set) var isBroken = false
    /// Set by ``hangUp()``: the server closed the connection while it was idle.
    private var hungUp = false
    /// Results of the statement sent last, not read yet.
    private var pending: [Pending] = []
    /// COPY TO STDOUT lines not read yet.
    private var copyLines: [String] = []
    /// COPY FROM STDIN lines received for the COPY in progress.
    private var copyInLines: [String]?
    private var noticeHandler: ((String) -> Void)?
    public let streamedRow = StreamedRow()
    public var parameterStatuses = [
        "standard_conforming_strings": "on", "server_version": "16.9", "is_superuser": "off",
    ]

    /// A result or a notice waiting to be read.
    private enum Pending {
        case result(QueryResult)
        case notice(String)
        case copyOut([String])
        case copyIn
        case lose
    }

    init(server: ScriptedServer, number: Int, parameters: ConnectionParameters?) {
        self.server = server
        self.number = number
        self.parameters = parameters
    }

    /// The server closes this connection now, as DSQL does at its 60-minute limit or
    /// `pg_terminate_backend` does: the next check of the idle connection finds it gone.
    public func hangUp() {
        hungUp = true
        isBroken = true
    }

    public var errorMessage: String { isBroken ? Self.closedMessage : "" }
    public var pipelineStatus: Connection.PipelineStatus { .off }
    public func serverHasHungUp() -> Bool { hungUp }

    public var serverVersion: Int { 160009 }
    public var backendPID: Int { 1000 + number }
    public func parameterStatus(_ name: String) -> String? { parameterStatuses[name] }
    public func parameterStatus(_ name: String, is value: String) -> Bool { parameterStatuses[name] == value }
    public var usesTLS: Bool { true }
    public func tlsAttribute(_ name: String) -> String? {
        ["protocol": "TLSv1.3", "cipher": "TLS_AES_256_GCM_SHA384", "key_bits": "256", "compression": "off"][name]
    }
    public func peerCertificate() -> Certificate? { nil }
    public var host: String { parameters?.host ?? "localhost" }
    public var hostAddress: String? { nil }
    public var port: String { parameters.map { String($0.port) } ?? "5432" }
    public var user: String { parameters?.user ?? "admin" }
    public var database: String { parameters?.database ?? "postgres" }
    public var clientEncoding: String { settings["client_encoding"] ?? "UTF8" }
    public var clientEncodingName: String { clientEncoding }
    public var clientEncodingID: Int { 6 }
    public func setClientEncoding(_ name: String) -> Bool {
        settings["client_encoding"] = name
        return true
    }

    public func setNoticeHandler(_ handler: @escaping (String) -> Void) { noticeHandler = handler }
    public func setErrorDisplay(_ verbosity: ErrorVerbosity, context: ErrorContextVisibility) {}

    /// libpq's words for a connection the server closed.
    static let closedMessage =
        "server closed the connection unexpectedly\n\tThis probably means the server terminated abnormally\n\tbefore or while processing the request."

    public func send(_ sql: String) throws(ConnectionError) {
        guard !isBroken else { throw .connectionLost("no connection to the server") }
        pending = server.answer(sql, on: self).map { reply in
            switch reply {
            case .rows(let columns, let rows, let tag):
                return .result(QueryResult(columns: columns, rows: rows, commandTag: tag ?? "SELECT \(rows.count)"))
            case .command(let tag):
                return .result(QueryResult(columns: [], rows: [], commandTag: tag))
            case .error(let error):
                return .result(QueryResult(error: error))
            case .notice(let text): return .notice(text)
            case .loseConnection: return .lose
            case .copyOut(let lines): return .copyOut(lines)
            case .copyIn: return .copyIn
            }
        }
        if transactionStatus == .failedTransaction, !Self.endsTransaction(sql) {
            pending = [
                .result(
                    QueryResult(
                        error: ServerError(
                            sqlState: "25P02",
                            message: "current transaction is aborted, commands ignored until end of transaction block"))
                )
            ]
        }
    }

    /// Whether `sql` is COMMIT or ROLLBACK, which a failed transaction accepts.
    private static func endsTransaction(_ sql: String) -> Bool {
        let word = ScriptedServer.normalised(sql).prefix { $0.isLetter }
        return ["commit", "end", "rollback", "abort"].contains(String(word))
    }

    public func execute(_ sql: String) throws(ConnectionError) -> [QueryResult] {
        try send(sql)
        var results: [QueryResult] = []
        while let result = nextResult() { results.append(result) }
        return results
    }

    public func nextResult() -> QueryResult? {
        while !pending.isEmpty {
            switch pending.removeFirst() {
            case .result(let result):
                if case .error = result.status, transactionStatus == .inTransaction {
                    transactionStatus = .failedTransaction
                }
                return result
            case .notice(let text):
                noticeHandler?("NOTICE:  \(text)\n")
            case .lose:
                pending = []
                isBroken = true
                transactionStatus = .unknown
                return QueryResult(
                    error: ServerError(sqlState: "", message: Self.closedMessage, formatted: Self.closedMessage + "\n"))
            case .copyOut(let lines):
                copyLines = lines
                pending.insert(.result(QueryResult(columns: [], rows: [], commandTag: "COPY \(lines.count)")), at: 0)
                return QueryResult(copyIn: false)
            case .copyIn:
                copyInLines = []
                return QueryResult(copyIn: true)
            }
        }
        return nil
    }

    public func nextArrival() -> Arrival? { nextResult().map { .result($0) } }
    public func setSingleRowMode() -> Bool { false }
    public func makeCanceller() -> Canceller? { nil }
    public func describe(_ sql: String) -> QueryResult? {
        QueryResult(error: ServerError(sqlState: "0A000", message: "the scripted server does not describe statements"))
    }

    public func putCopyData(_ bytes: UnsafeRawBufferPointer) throws(ConnectionError) {
        guard copyInLines != nil else { throw .commandFailed("no COPY in progress") }
        let text = String(decoding: bytes, as: UTF8.self)
        copyInLines?.append(
            contentsOf: text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init))
    }

    public func putCopyData(_ bytes: [UInt8]) throws(ConnectionError) {
        guard copyInLines != nil else { throw .commandFailed("no COPY in progress") }
        let text = String(decoding: bytes, as: UTF8.self)
        copyInLines?.append(
            contentsOf: text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init))
    }

    public func putCopyEnd(errorMessage: String?) throws(ConnectionError) {
        let lines = copyInLines ?? []
        copyInLines = nil
        server.copiedIn += lines
        let result =
            errorMessage.map {
                QueryResult(error: ServerError(sqlState: "57014", message: "COPY from stdin failed: \($0)"))
            }
            ?? QueryResult(columns: [], rows: [], commandTag: "COPY \(lines.count)")
        pending.insert(.result(result), at: 0)
    }

    public func withNextCopyRow(_ body: (UnsafeRawBufferPointer) -> Void) -> CopyOutStep {
        guard !copyLines.isEmpty else { return .done }
        var line = copyLines.removeFirst() + "\n"
        line.withUTF8 { body(UnsafeRawBufferPointer($0)) }
        return .row
    }

    /// Pipelines are not scripted: the session then sends each statement on its own.
    public func enterPipelineMode() -> Bool { false }
    public func exitPipelineMode() -> Bool { true }
    public func sendAhead(_ sql: String) throws(ConnectionError) { throw Self.noPipelines }
    public func flushAhead() throws(ConnectionError) { throw Self.noPipelines }
    public func takePipelineSync() -> Bool { false }
    public func enterExplicitPipelineMode() throws(ConnectionError) { throw Self.noPipelines }
    public func exitExplicitPipelineMode() -> Bool { true }
    public func sendQuery(_ sql: String, parameters: [String]) throws(ConnectionError) { try send(sql) }
    public func sendPrepare(name: String, sql: String) throws(ConnectionError) { throw Self.noPipelines }
    public func sendQueryPrepared(name: String, parameters: [String]) throws(ConnectionError) { throw Self.noPipelines }
    public func sendClosePrepared(name: String) throws(ConnectionError) { throw Self.noPipelines }
    public func pipelineSync() throws(ConnectionError) { throw Self.noPipelines }
    public func sendPipelineSync() throws(ConnectionError) { throw Self.noPipelines }
    public func sendFlushRequest() throws(ConnectionError) { throw Self.noPipelines }
    public func flushOutput() -> Int { 0 }
    private static let noPipelines = ConnectionError.commandFailed("the scripted server has no pipeline mode")

    public func importLargeObject(from path: String) -> UInt32? { nil }
    public func exportLargeObject(_ oid: UInt32, to path: String) -> Bool { false }
    public func unlinkLargeObject(_ oid: UInt32) -> Bool { false }
    public func encryptPassword(_ password: String, user: String) throws(ConnectionError) -> String {
        "SCRAM-SHA-256$scripted:\(password.count)"
    }
}
