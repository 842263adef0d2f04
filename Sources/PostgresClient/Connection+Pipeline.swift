import CLibPQ
import Glibc

/// libpq's pipeline mode: statements sent ahead of their results, each followed by its own Sync.
///
/// A Sync after every statement makes the server treat each one as it treats a query
/// sent alone: its own implicit transaction outside a block, and an error that does not
/// swallow the statements after it. Sending does not block: while the socket will not
/// take more, the input is read, so a large result can never stall both sides.
extension Connection {
    /// Enters pipeline mode with non-blocking sends. The corresponding libpq functions are
    /// `PQenterPipelineMode` and `PQsetnonblocking`.
    public func enterPipelineMode() -> Bool {
        guard PQenterPipelineMode(handle) == 1 else { return false }
        _ = PQsetnonblocking(handle, 1)
        return true
    }

    /// Leaves pipeline mode once every result was read. The corresponding libpq functions
    /// are `PQexitPipelineMode` and `PQsetnonblocking`.
    @discardableResult
    public func exitPipelineMode() -> Bool {
        _ = PQsetnonblocking(handle, 0)
        return PQexitPipelineMode(handle) == 1
    }

    /// Whether the connection is in pipeline mode. The corresponding libpq function is `PQpipelineStatus`.
    public var isInPipelineMode: Bool { PQpipelineStatus(handle) != PQ_PIPELINE_OFF }

    /// Queues one statement (extended protocol, text results) and a Sync, and sends what
    /// the socket takes now. The corresponding libpq functions are `PQsendQueryParams`
    /// and `PQpipelineSync`.
    public func sendAhead(_ sql: String) throws(ConnectionError) {
        let queued = sql.withCString { PQsendQueryParams(handle, $0, 0, nil, nil, nil, nil, 0) } == 1
        guard queued, PQpipelineSync(handle) == 1 else { throw .connectionLost(errorMessage) }
        try flushReadingInput(wait: false)
    }

    /// Sends everything queued, reading input while the socket will not take more.
    /// The corresponding libpq functions are `PQflush` and `PQconsumeInput`.
    public func flushAhead() throws(ConnectionError) {
        try flushReadingInput(wait: true)
    }

    /// Flushes the output; with `wait` false, stops when the socket would block.
    private func flushReadingInput(wait: Bool) throws(ConnectionError) {
        while true {
            let flushed = PQflush(handle)
            if flushed == 0 { return }
            guard flushed == 1 else { throw .connectionLost(errorMessage) }
            var poller = pollfd(fd: PQsocket(handle), events: Int16(POLLIN | POLLOUT), revents: 0)
            let ready = poll(&poller, 1, wait ? -1 : 0)
            if ready < 0 && errno == EINTR { continue }
            if ready == 0 { return }
            if poller.revents & Int16(POLLIN) != 0, PQconsumeInput(handle) == 0 { throw .connectionLost(errorMessage) }
        }
    }

    /// Reads the Sync that closes one statement's results; false when something else came.
    /// The corresponding libpq functions are `PQgetResult` and `PQresultStatus`.
    public func takePipelineSync() -> Bool {
        guard let result = PQgetResult(handle) else { return false }
        defer { PQclear(result) }
        return PQresultStatus(result) == PGRES_PIPELINE_SYNC
    }
}
