import CLibPQ
import Glibc

/// An open connection to the server, owning libpq's `PGconn`.
///
/// Not thread-safe; use a `Canceller` to interrupt it from another thread.
public final class Connection {
    /// The server's view of the current transaction.
    public enum TransactionStatus: Sendable, Equatable {
        case idle, active, inTransaction, failedTransaction, unknown
    }

    let handle: OpaquePointer
    /// The latest row of a result streamed in single-row mode, valid until the next arrival.
    public let streamedRow = StreamedRow()
    private var noticeContext: Unmanaged<NoticeContext>?
    /// The parameters this connection was made with (never includes the password).
    public let parameters: ConnectionParameters

    private init(handle: OpaquePointer, parameters: ConnectionParameters) {
        self.handle = handle
        self.parameters = parameters
    }

    deinit {
        PQfinish(handle)
        noticeContext?.release()
    }

    /// Opens a connection. The corresponding libpq function is `PQconnectdbParams`.
    ///
    /// The password is handed to libpq and not kept.
    public static func open(_ parameters: ConnectionParameters, password: String?) throws(ConnectionError) -> Connection
    {
        let pairs = parameters.libpqKeywords(password: password)
        let handle = withCStringArray(pairs.map(\.0)) { keywords in
            withCStringArray(pairs.map(\.1)) { values in
                PQconnectdbParams(keywords, values, 0)
            }
        }
        guard let handle else { throw .outOfMemory }
        let connection = Connection(handle: handle, parameters: parameters)
        guard PQstatus(handle) == CONNECTION_OK else {
            if password == nil && PQconnectionNeedsPassword(handle) == 1 {
                throw .passwordNeeded(connection.errorMessage)
            }
            throw .connectFailed(connection.errorMessage)
        }
        return connection
    }

    /// libpq's last error message without its trailing newline. The corresponding libpq function is `PQerrorMessage`.
    public var errorMessage: String {
        guard let message = PQerrorMessage(handle) else { return "" }
        var text = String(cString: message)
        while text.hasSuffix("\n") { text.removeLast() }
        return text
    }

    /// Whether the connection is broken. The corresponding libpq function is `PQstatus`.
    public var isBroken: Bool { PQstatus(handle) != CONNECTION_OK }

    /// The transaction state. The corresponding libpq function is `PQtransactionStatus`.
    public var transactionStatus: TransactionStatus {
        switch PQtransactionStatus(handle) {
        case PQTRANS_IDLE: .idle
        case PQTRANS_ACTIVE: .active
        case PQTRANS_INTRANS: .inTransaction
        case PQTRANS_INERROR: .failedTransaction
        default: .unknown
        }
    }

    /// The server version as an integer, e.g. 150018. The corresponding libpq function is `PQserverVersion`.
    public var serverVersion: Int { Int(PQserverVersion(handle)) }

    /// The server process id. The corresponding libpq function is `PQbackendPID`.
    public var backendPID: Int { Int(PQbackendPID(handle)) }

    /// A run-time parameter the server reported, e.g. `standard_conforming_strings`.
    /// The corresponding libpq function is `PQparameterStatus`.
    public func parameterStatus(_ name: String) -> String? {
        name.withCString { PQparameterStatus(handle, $0) }.map { String(cString: $0) }
    }

    /// Whether a run-time parameter the server reported has the value `value`, compared in place.
    /// The corresponding libpq function is `PQparameterStatus`.
    public func parameterStatus(_ name: String, is value: String) -> Bool {
        guard let reported = name.withCString({ PQparameterStatus(handle, $0) }) else { return false }
        return value.withCString { strcmp(reported, $0) == 0 }
    }

    /// Whether this connection is encrypted with TLS. The corresponding libpq function is `PQsslInUse`.
    ///
    /// False on a Unix-domain socket, whatever sslmode asked for: libpq applies sslmode to TCP only.
    public var usesTLS: Bool { PQsslInUse(handle) == 1 }

    /// An attribute of the TLS session (`protocol`, `cipher`, `key_bits`, …), nil without TLS.
    /// The corresponding libpq function is `PQsslAttribute`.
    public func tlsAttribute(_ name: String) -> String? {
        guard PQsslInUse(handle) != 0 else { return nil }
        return PQsslAttribute(handle, name).map { String(cString: $0) }
    }

    /// Routes server notices (already formatted by libpq) to `handler`.
    /// The corresponding libpq function is `PQsetNoticeProcessor`.
    public func setNoticeHandler(_ handler: @escaping (String) -> Void) {
        noticeContext?.release()
        let context = Unmanaged.passRetained(NoticeContext(handler: handler))
        noticeContext = context
        PQsetNoticeProcessor(
            handle,
            { argument, message in
                guard let argument, let message else { return }
                Unmanaged<NoticeContext>.fromOpaque(argument).takeUnretainedValue().handler(String(cString: message))
            }, context.toOpaque())
    }

    /// Sends a query string (one or more statements). The corresponding libpq function is `PQsendQuery`.
    public func send(_ sql: String) throws(ConnectionError) {
        // withCString lends a native string's own bytes; an implicit conversion would copy them.
        guard sql.withCString({ PQsendQuery(handle, $0) }) == 1 else { throw .connectionLost(errorMessage) }
    }

    /// Waits for the next result of the query sent last; nil when all have arrived.
    /// The corresponding libpq function is `PQgetResult`.
    public func nextResult() -> QueryResult? {
        streamedRow.release()
        guard let result = PQgetResult(handle) else { return nil }
        return QueryResult(handle: result)
    }

    /// Sends `sql` and collects every result; for small internal queries.
    ///
    /// Refused in pipeline mode with libpq's own message for `PQexec` there.
    public func execute(_ sql: String) throws(ConnectionError) -> [QueryResult] {
        guard PQpipelineStatus(handle) == PQ_PIPELINE_OFF else {
            throw .commandFailed("synchronous command execution functions are not allowed in pipeline mode")
        }
        try send(sql)
        var results: [QueryResult] = []
        while let result = nextResult() { results.append(result) }
        return results
    }

    /// A handle that can cancel this connection's running query from another thread.
    /// The corresponding libpq function is `PQgetCancel`.
    public func makeCanceller() -> Canceller? {
        PQgetCancel(handle).map(Canceller.init(handle:))
    }
}

/// Carries the notice handler through libpq's `void *` argument.
private final class NoticeContext {
    let handler: (String) -> Void
    init(handler: @escaping (String) -> Void) { self.handler = handler }
}

/// Sends cancel requests for one connection, owning libpq's `PGcancel`.
public final class Canceller: @unchecked Sendable {
    // PQcancel is documented as safe to call from other threads and signal handlers.
    let handle: OpaquePointer

    init(handle: OpaquePointer) { self.handle = handle }

    deinit { PQfreeCancel(handle) }

    /// Asks the server to cancel the running query. The corresponding libpq function is `PQcancel`.
    @discardableResult
    public func cancel() -> Bool {
        var buffer = [CChar](repeating: 0, count: 256)
        return PQcancel(handle, &buffer, Int32(buffer.count)) == 1
    }
}

/// Calls `body` with a NULL-terminated array of C strings that live for the call.
func withCStringArray<R>(_ strings: [String], _ body: (UnsafePointer<UnsafePointer<CChar>?>) -> R) -> R {
    let duplicates = strings.map { strdup($0) }
    defer { duplicates.forEach { free($0) } }
    var pointers: [UnsafePointer<CChar>?] = duplicates.map { UnsafePointer($0) }
    pointers.append(nil)
    return pointers.withUnsafeBufferPointer { buffer in
        guard let base = buffer.baseAddress else { preconditionFailure("a non-empty array has storage") }
        return body(base)
    }
}

extension Connection {
    /// Encrypts a password the way the server stores it (its `password_encryption`, e.g.
    /// SCRAM-SHA-256), so that only the encrypted form is ever sent.
    /// The corresponding libpq function is `PQencryptPasswordConn`.
    public func encryptPassword(_ password: String, user: String) throws(ConnectionError) -> String {
        let encrypted = password.withCString { passwordText in
            user.withCString { userText in PQencryptPasswordConn(handle, passwordText, userText, nil) }
        }
        guard let encrypted else { throw .commandFailed(errorMessage) }
        defer { PQfreemem(encrypted) }
        return String(cString: encrypted)
    }
}
