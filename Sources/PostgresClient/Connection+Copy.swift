import CLibPQ

/// How a read of COPY TO STDOUT data ended.
public enum CopyOutStep: Equatable {
    /// A row was lent to the caller.
    case row
    /// The COPY is over; its result follows from `nextResult`.
    case done
    case failed(String)
}

extension Connection {
    /// Sends COPY FROM STDIN data, read straight from `bytes`. The corresponding libpq function is `PQputCopyData`.
    ///
    /// libpq copies each message into its output buffer and writes that out in 8 KiB
    /// multiples, so a large block goes in 8 KiB messages, as psql sends them: the copies
    /// stay short and the buffer small.
    public func putCopyData(_ bytes: UnsafeRawBufferPointer) throws(ConnectionError) {
        guard var start = bytes.baseAddress else { return }
        var remaining = bytes.count
        while remaining > 0 {
            let count = min(remaining, Self.copyMessageSize)
            guard PQputCopyData(handle, start.assumingMemoryBound(to: CChar.self), Int32(count)) == 1 else {
                throw .connectionLost(errorMessage)
            }
            start += count
            remaining -= count
        }
    }

    /// Sends one chunk of COPY FROM STDIN data. The corresponding libpq function is `PQputCopyData`.
    public func putCopyData(_ bytes: [UInt8]) throws(ConnectionError) {
        let outcome = bytes.withUnsafeBytes { buffer in Result { () throws(ConnectionError) in try putCopyData(buffer) }
        }
        try outcome.get()
    }

    /// Bytes of COPY data per message.
    private static let copyMessageSize = 8 * 1024

    /// Ends COPY FROM STDIN, or aborts it with `errorMessage`. The corresponding libpq function is `PQputCopyEnd`.
    public func putCopyEnd(errorMessage abort: String? = nil) throws(ConnectionError) {
        guard PQputCopyEnd(handle, abort) == 1 else { throw .connectionLost(errorMessage) }
    }

    /// Waits for the next row of COPY TO STDOUT data and lends it to `body` straight from
    /// libpq's buffer, which is freed when `body` returns.
    ///
    /// The corresponding libpq functions are `PQgetCopyData` and `PQfreemem`.
    public func withNextCopyRow(_ body: (UnsafeRawBufferPointer) -> Void) -> CopyOutStep {
        var buffer: UnsafeMutablePointer<CChar>?
        let length = PQgetCopyData(handle, &buffer, 0)
        if length >= 0, let buffer {
            body(UnsafeRawBufferPointer(start: buffer, count: Int(length)))
            PQfreemem(buffer)
            return .row
        }
        return length == -1 ? .done : .failed(errorMessage)
    }
}

extension Connection {
    /// Asks for the rows of the query just sent one at a time, so a large result never
    /// sits in memory whole. The corresponding libpq function is `PQsetSingleRowMode`.
    @discardableResult
    public func setSingleRowMode() -> Bool { PQsetSingleRowMode(handle) == 1 }
}
