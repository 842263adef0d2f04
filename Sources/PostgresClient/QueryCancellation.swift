import CLibPQ

// A signal handler cannot capture context, so the cancel handle of the query in
// flight lives in this one global. It is written only by the main thread around a
// query and read by the SIGINT handler.
nonisolated(unsafe) private var armedCancelHandle: OpaquePointer?

/// Lets a SIGINT handler cancel the query in flight, as psql does.
public enum QueryCancellation {
    /// Makes `canceller` the target of `cancelFromSignalHandler` until `disarm`.
    /// The caller keeps `canceller` alive while armed.
    public static func arm(_ canceller: Canceller) { armedCancelHandle = canceller.handle }

    /// No query is in flight any more.
    public static func disarm() { armedCancelHandle = nil }

    /// Sends a cancel request for the armed query; false when none is armed.
    /// Async-signal-safe: PQcancel with a buffer on the stack. The corresponding libpq function is `PQcancel`.
    public static func cancelFromSignalHandler() -> Bool {
        guard let handle = armedCancelHandle else { return false }
        withUnsafeTemporaryAllocation(of: CChar.self, capacity: 256) { buffer in
            _ = PQcancel(handle, buffer.baseAddress, 256)
        }
        return true
    }
}
