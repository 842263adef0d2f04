import Glibc

/// A self-pipe that carries "the user pressed Ctrl-C" from a signal handler to the
/// editor.
///
/// The contract with the shell: the shell owns SIGINT. Its handler (or
/// `SignalForwarding.install(.interrupt, to:)`, which does exactly this) calls
/// `notify()` (or `notify(descriptor:)` with `signalDescriptor`) —
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
        send(Self.interruptByte, to: descriptor)
    }

    /// Records a window-size change; `readLine` redraws for the new width.
    public func notifyResize() {
        Self.notifyResize(descriptor: signalDescriptor)
    }

    /// The signal-handler form of `notifyResize()`.
    public static func notifyResize(descriptor: Int32) {
        send(Self.resizeByte, to: descriptor)
    }

    /// The signal-handler form of a redraw request (the process was continued after Ctrl-Z).
    public static func notifyRedraw(descriptor: Int32) {
        send(Self.redrawByte, to: descriptor)
    }

    /// Empties the pipe; true when at least one interrupt was pending.
    @discardableResult
    public func drain() -> Bool {
        takePending().interrupt
    }

    /// What the pipe held.
    struct Pending {
        var interrupt = false
        var resize = false
        var redraw = false
    }

    /// Empties the pipe and reports which kinds of event it held.
    func takePending() -> Pending {
        var pending = Pending()
        var buffer = [UInt8](repeating: 0, count: 64)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(readDescriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                for byte in buffer[0..<count] {
                    switch byte {
                    case Self.resizeByte: pending.resize = true
                    case Self.redrawByte: pending.redraw = true
                    default: pending.interrupt = true
                    }
                }
                continue
            }
            if count < 0, errno == EINTR {
                continue
            }
            return pending
        }
    }

    private static let interruptByte: UInt8 = 0x03
    private static let resizeByte: UInt8 = 0x1A
    private static let redrawByte: UInt8 = 0x12

    private static func send(_ byte: UInt8, to descriptor: Int32) {
        guard descriptor >= 0 else { return }
        let saved = errno
        var value = byte
        _ = write(descriptor, &value, 1)
        errno = saved
    }
}
