import OpenSSLSupport

/// What the shell asks of a connection to the server: sending statements, reading their
/// results, COPY, pipeline mode and the facts the prompt and `\conninfo` show.
///
/// ``Connection`` (libpq) is the one shipped implementation; tests supply an in-memory
/// one so that the main loop and the meta-commands run without a server. The protocol
/// is declared here, beside the types its members speak of (``QueryResult``,
/// ``Arrival``, ``StreamedRow``), so `Connection` conforms where it is defined.
///
/// A class protocol: the session holds one existential and calls it once per result; the
/// rows of a streamed result are read from ``streamedRow`` in place.
public protocol DatabaseConnection: AnyObject {
    // MARK: State

    /// libpq's last error message without its trailing newline.
    var errorMessage: String { get }
    /// Whether the connection is broken.
    var isBroken: Bool { get }
    /// The server's view of the current transaction.
    var transactionStatus: Connection.TransactionStatus { get }
    /// The pipeline state.
    var pipelineStatus: Connection.PipelineStatus { get }
    /// Whether the server has closed this idle connection; reads what is pending without blocking.
    func serverHasHungUp() -> Bool

    // MARK: Facts about the connection

    /// The server version as an integer, e.g. 150018.
    var serverVersion: Int { get }
    /// The server process id.
    var backendPID: Int { get }
    /// A run-time parameter the server reported, e.g. `standard_conforming_strings`.
    func parameterStatus(_ name: String) -> String?
    /// Whether a run-time parameter the server reported has the value `value`.
    func parameterStatus(_ name: String, is value: String) -> Bool
    /// Whether this connection is encrypted with TLS.
    var usesTLS: Bool { get }
    /// An attribute of the TLS session (`protocol`, `cipher`, …), nil without TLS.
    func tlsAttribute(_ name: String) -> String?
    /// The certificate the server presented, nil without TLS.
    func peerCertificate() -> Certificate?
    /// The server's host as libpq reports it.
    var host: String { get }
    /// The address connected to, when a numeric one was given.
    var hostAddress: String? { get }
    /// The port connected to.
    var port: String { get }
    /// The role this connection authenticated as.
    var user: String { get }
    /// The database this connection uses.
    var database: String { get }
    /// The client encoding's name, e.g. `UTF8`.
    var clientEncoding: String { get }
    /// The client encoding's name as psql's ENCODING shows it (empty when unknown).
    var clientEncodingName: String { get }
    /// A number for the client encoding, cheap to compare after every query.
    var clientEncodingID: Int { get }
    /// Sets the client encoding; false when the server knows no such encoding.
    func setClientEncoding(_ name: String) -> Bool

    // MARK: Messages

    /// Routes server notices (formatted as libpq formats them) to `handler`.
    func setNoticeHandler(_ handler: @escaping (String) -> Void)
    /// Sets how errors and notices received from now on are formatted.
    func setErrorDisplay(_ verbosity: ErrorVerbosity, context: ErrorContextVisibility)

    // MARK: Simple query protocol

    /// Sends a query string (one or more statements).
    func send(_ sql: String) throws(ConnectionError)
    /// Sends `sql` and collects every result; for small internal queries.
    func execute(_ sql: String) throws(ConnectionError) -> [QueryResult]
    /// Waits for the next result of the query sent last; nil when all have arrived.
    func nextResult() -> QueryResult?
    /// Waits for the next row or result of the query sent last; nil when all have arrived.
    func nextArrival() -> Arrival?
    /// The latest row of a result streamed in single-row mode, valid until the next arrival.
    var streamedRow: StreamedRow { get }
    /// Asks for the rows of the query just sent one at a time.
    @discardableResult
    func setSingleRowMode() -> Bool
    /// A handle that can cancel the running query from another thread; nil when there is none.
    func makeCanceller() -> Canceller?
    /// Parses `sql` without running it and describes its result columns (`\gdesc`).
    func describe(_ sql: String) -> QueryResult?

    // MARK: COPY

    /// Sends COPY FROM STDIN data.
    func putCopyData(_ bytes: UnsafeRawBufferPointer) throws(ConnectionError)
    /// Sends one chunk of COPY FROM STDIN data.
    func putCopyData(_ bytes: [UInt8]) throws(ConnectionError)
    /// Ends COPY FROM STDIN, or aborts it with `errorMessage`.
    func putCopyEnd(errorMessage: String?) throws(ConnectionError)
    /// Waits for the next row of COPY TO STDOUT data and lends it to `body`.
    func withNextCopyRow(_ body: (UnsafeRawBufferPointer) -> Void) -> CopyOutStep

    // MARK: Pipelines and the extended query protocol

    /// Enters pipeline mode with non-blocking sends (DSQL's PIPELINE setting).
    func enterPipelineMode() -> Bool
    /// Leaves that pipeline mode once every result was read.
    @discardableResult
    func exitPipelineMode() -> Bool
    /// Queues one statement and a Sync, sending what the socket takes.
    func sendAhead(_ sql: String) throws(ConnectionError)
    /// Sends everything queued.
    func flushAhead() throws(ConnectionError)
    /// Reads the Sync that closes one statement's results; false when something else came.
    func takePipelineSync() -> Bool
    /// Enters pipeline mode with blocking sends (`\startpipeline`).
    func enterExplicitPipelineMode() throws(ConnectionError)
    /// Leaves pipeline mode (`\endpipeline`).
    @discardableResult
    func exitExplicitPipelineMode() -> Bool
    /// Sends `sql` with text parameters through the extended protocol.
    func sendQuery(_ sql: String, parameters: [String]) throws(ConnectionError)
    /// Prepares `sql` as the statement `name`.
    func sendPrepare(name: String, sql: String) throws(ConnectionError)
    /// Runs the prepared statement `name` with text parameters.
    func sendQueryPrepared(name: String, parameters: [String]) throws(ConnectionError)
    /// Closes the prepared statement `name`.
    func sendClosePrepared(name: String) throws(ConnectionError)
    /// Marks a synchronisation point and flushes.
    func pipelineSync() throws(ConnectionError)
    /// Queues a synchronisation point.
    func sendPipelineSync() throws(ConnectionError)
    /// Asks the server to send the results so far.
    func sendFlushRequest() throws(ConnectionError)
    /// Sends what is queued: 0 when all of it went, 1 when some is left, -1 on failure.
    func flushOutput() -> Int

    // MARK: Large objects and passwords

    /// Imports a client file as a new large object; its OID, or nil.
    func importLargeObject(from path: String) -> UInt32?
    /// Writes a large object to a client file; false on failure.
    func exportLargeObject(_ oid: UInt32, to path: String) -> Bool
    /// Deletes a large object; false on failure.
    func unlinkLargeObject(_ oid: UInt32) -> Bool
    /// Encrypts a password the way the server stores it.
    func encryptPassword(_ password: String, user: String) throws(ConnectionError) -> String
}

extension DatabaseConnection {
    /// Ends COPY FROM STDIN.
    public func putCopyEnd() throws(ConnectionError) { try putCopyEnd(errorMessage: nil) }
}

extension Connection: DatabaseConnection {}
