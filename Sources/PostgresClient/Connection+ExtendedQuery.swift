import CLibPQ
import Glibc

/// The extended query protocol as psql 18's `\bind`, `\parse`, `\bind_named`,
/// `\close_prepared` and its explicit pipelines (`\startpipeline` …) use it.
///
/// Every send here only queues or sends; results are read with ``Connection/nextResult()``.
/// A failed send throws `.commandFailed` with libpq's message (e.g. "cannot send pipeline
/// when not in pipeline mode"), which psql prints as it is.
extension Connection {
    /// libpq's pipeline state.
    public enum PipelineStatus: Sendable, Equatable {
        case off, on, aborted
    }

    /// The pipeline state. The corresponding libpq function is `PQpipelineStatus`.
    public var pipelineStatus: PipelineStatus {
        switch PQpipelineStatus(handle) {
        case PQ_PIPELINE_ON: .on
        case PQ_PIPELINE_ABORTED: .aborted
        default: .off
        }
    }

    /// Enters pipeline mode with blocking sends, as psql's `\startpipeline` does; harmless
    /// when already in it. The corresponding libpq function is `PQenterPipelineMode`.
    public func enterExplicitPipelineMode() throws(ConnectionError) {
        guard PQenterPipelineMode(handle) == 1 else { throw failure() }
    }

    /// Leaves pipeline mode. The corresponding libpq function is `PQexitPipelineMode`.
    @discardableResult
    public func exitExplicitPipelineMode() -> Bool { PQexitPipelineMode(handle) == 1 }

    /// Sends `sql` with text parameters through the extended protocol (unnamed statement).
    /// The corresponding libpq function is `PQsendQueryParams`.
    public func sendQuery(_ sql: String, parameters: [String]) throws(ConnectionError) {
        let sent = withCStringArray(parameters) { values in
            sql.withCString { PQsendQueryParams(handle, $0, Int32(parameters.count), nil, values, nil, nil, 0) }
        }
        guard sent == 1 else { throw failure() }
    }

    /// Prepares `sql` as the statement `name` (`""` is the unnamed one).
    /// The corresponding libpq function is `PQsendPrepare`.
    public func sendPrepare(name: String, sql: String) throws(ConnectionError) {
        let sent = name.withCString { nameText in sql.withCString { PQsendPrepare(handle, nameText, $0, 0, nil) } }
        guard sent == 1 else { throw failure() }
    }

    /// Runs the prepared statement `name` with text parameters.
    /// The corresponding libpq function is `PQsendQueryPrepared`.
    public func sendQueryPrepared(name: String, parameters: [String]) throws(ConnectionError) {
        let sent = withCStringArray(parameters) { values in
            name.withCString { PQsendQueryPrepared(handle, $0, Int32(parameters.count), values, nil, nil, 0) }
        }
        guard sent == 1 else { throw failure() }
    }

    /// Whether libpq can close a prepared statement (`PQsendClosePrepared`, libpq 17 and later).
    public static var canClosePrepared: Bool { LibpqSymbols.sendClosePrepared != nil }

    /// Closes the prepared statement `name`; `.unsupported` before libpq 17.
    /// The corresponding libpq function is `PQsendClosePrepared` (found at run time).
    public func sendClosePrepared(name: String) throws(ConnectionError) {
        guard let function = LibpqSymbols.sendClosePrepared else {
            throw .commandFailed(
                "closing a prepared statement needs libpq 17 or later (this is libpq \(LibraryInfo.libpqVersionText))")
        }
        guard name.withCString({ function(handle, $0) }) == 1 else { throw failure() }
    }

    /// Marks a synchronisation point and flushes; what ends a pipeline.
    /// The corresponding libpq function is `PQpipelineSync`.
    public func pipelineSync() throws(ConnectionError) {
        guard PQpipelineSync(handle) == 1 else { throw failure() }
    }

    /// Queues a synchronisation point without flushing (`PQsendPipelineSync`, libpq 17 and
    /// later); on an older libpq `PQpipelineSync`, which also flushes — the same results.
    public func sendPipelineSync() throws(ConnectionError) {
        let sent = LibpqSymbols.sendPipelineSync.map { $0(handle) } ?? PQpipelineSync(handle)
        guard sent == 1 else { throw failure() }
    }

    /// Asks the server to send the results so far. The corresponding libpq function is `PQsendFlushRequest`.
    public func sendFlushRequest() throws(ConnectionError) {
        guard PQsendFlushRequest(handle) == 1 else { throw failure() }
    }

    /// Sends what is queued: 0 when all of it went, 1 when some is left, -1 on failure.
    /// The corresponding libpq function is `PQflush`.
    public func flushOutput() -> Int { Int(PQflush(handle)) }

    /// libpq's message for a failed call: lost when the connection broke, else refused.
    private func failure() -> ConnectionError {
        isBroken ? .connectionLost(errorMessage) : .commandFailed(errorMessage)
    }
}

/// libpq functions newer than the libpq dsql is compiled against, found when first asked for.
enum LibpqSymbols {
    typealias ClosePrepared = @convention(c) (OpaquePointer?, UnsafePointer<CChar>?) -> Int32
    typealias SendPipelineSync = @convention(c) (OpaquePointer?) -> Int32

    /// `PQsendClosePrepared` (libpq 17).
    static let sendClosePrepared: ClosePrepared? = lookUp("PQsendClosePrepared")
    /// `PQsendPipelineSync` (libpq 17).
    static let sendPipelineSync: SendPipelineSync? = lookUp("PQsendPipelineSync")

    private static func lookUp<F>(_ name: String) -> F? {
        // The process's own global scope: libpq is already loaded, whichever one it is.
        guard let process = dlopen(nil, RTLD_LAZY), let symbol = dlsym(process, name) else { return nil }
        return unsafeBitCast(symbol, to: F.self)
    }
}
