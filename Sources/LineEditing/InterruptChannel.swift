import Glibc

/// A self-pipe that carries "the user pressed Ctrl-C" from a signal handler to the
/// editor.
///
/// The contract with the shell: the shell owns SIGINT. Its handler (or
/// `SIGINTForwarding.install(to:)`, which does exactly this) calls `notify()` —
/// one `write(2)`, async-signal-safe — while the shell is at a prompt. `readLine`
/// waits with `poll(2)` on both the terminal and this pipe, so the interrupt is seen
/// whichever thread the kernel ran the handler on; `readLine` then discards the line
/// being edited and returns `.interrupted`. Bytes left over from an interrupt that
/// arrived between prompts are drained when the next `readLine` starts.
public final class InterruptChannel: @unchecked Sendable {
    /// Read end, polled by the editor.
    let readDescriptor: Int32
    /// Write end; a signal handler may `write(2)` one byte here.
    public let signalDescriptor: Int32

    /// Opens the pipe (both ends non-blocking, close-on-exec).
    ///
    /// The corresponding system functions are `pipe` and `fcntl`.
    public init() throws(LineEditorError) {
        var descriptors: [Int32] = [-1, -1]
        if pipe(&descriptors) != 0 {
            throw LineEditorError.systemCall(name: "pipe", reason: HistoryFile.reason(errno))
        }
        for descriptor in descriptors {
            _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
            _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
        }
        readDescriptor = descriptors[0]
        signalDescriptor = descriptors[1]
    }

    deinit {
        _ = close(readDescriptor)
        _ = close(signalDescriptor)
    }

    /// Records one interrupt. Async-signal-safe: a single `write(2)`, errno preserved.
    public func notify() {
        Self.notify(descriptor: signalDescriptor)
    }

    /// The signal-handler form of `notify()`, for handlers that only hold the descriptor.
    public static func notify(descriptor: Int32) {
        let saved = errno
        var byte: UInt8 = 0x03
        _ = write(descriptor, &byte, 1)
        errno = saved
    }

    /// Empties the pipe; true when at least one interrupt was pending.
    @discardableResult
    public func drain() -> Bool {
        var pending = false
        var buffer = [UInt8](repeating: 0, count: 64)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(readDescriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                pending = true
                continue
            }
            if count < 0, errno == EINTR {
                continue
            }
            return pending
        }
    }
}
