import CLibPQ

/// One read of COPY TO STDOUT data.
public enum CopyOutData {
    case row([UInt8])
    case done
    case failed(String)
}

extension Connection {
    /// Sends one chunk of COPY FROM STDIN data. The corresponding libpq function is `PQputCopyData`.
    public func putCopyData(_ bytes: [UInt8]) throws(ConnectionError) {
        let status = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { PQputCopyData(handle, $0.baseAddress, Int32($0.count)) }
        }
        guard status == 1 else { throw .connectionLost(errorMessage) }
    }

    /// Ends COPY FROM STDIN, or aborts it with `errorMessage`. The corresponding libpq function is `PQputCopyEnd`.
    public func putCopyEnd(errorMessage abort: String? = nil) throws(ConnectionError) {
        guard PQputCopyEnd(handle, abort) == 1 else { throw .connectionLost(errorMessage) }
    }

    /// Waits for the next row of COPY TO STDOUT data. The corresponding libpq function is `PQgetCopyData`.
    public func getCopyData() -> CopyOutData {
        var buffer: UnsafeMutablePointer<CChar>?
        let length = PQgetCopyData(handle, &buffer, 0)
        if length >= 0, let buffer {
            defer { PQfreemem(buffer) }
            return .row(Array(UnsafeRawBufferPointer(start: buffer, count: Int(length))))
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
