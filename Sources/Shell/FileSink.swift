import Glibc
import ResultFormatting

/// A buffered writer to a file descriptor (stdout, stderr, or a file).
///
/// A failed write ends the writing: later writes are dropped, and the OS error is kept
/// for ``takeUnreportedFailure()`` so the session can say what was lost (a full disk
/// must never look like a finished export). A reader that closed its pipe (EPIPE) is
/// not reported: it chose to stop reading, as a pager does.
public final class FileSink: ByteSink {
    private let descriptor: Int32
    /// What the output is called in error messages: `standard output`, or a file's name.
    public let name: String
    /// `capacity` bytes of room, of which the first `buffered` are waiting to be written.
    private var buffer: UnsafeMutableRawPointer
    private var buffered = 0
    private let capacity: Int
    /// Set when a write failed (e.g. EPIPE, ENOSPC); later writes are dropped.
    public private(set) var failed = false
    /// The errno of the failed write, until it is reported.
    private var unreportedError: Int32?

    /// `InterruptHandling.total` when the current result began printing; while set,
    /// a Ctrl-C since then stops the output (what is buffered is dropped).
    public var interruptMark: Int32?

    /// Whether Ctrl-C stopped the output of the current result.
    public var isStopped: Bool {
        guard let interruptMark else { return false }
        return InterruptHandling.total != interruptMark
    }

    /// Releases the descriptor (closes a file, waits for a pipe's command); nil for stdout/stderr.
    private var closer: (() -> Void)?

    public init(descriptor: Int32, name: String? = nil, capacity: Int = 64 * 1024, closer: (() -> Void)? = nil) {
        self.descriptor = descriptor
        self.name = name ?? Self.defaultName(descriptor)
        self.capacity = capacity
        self.closer = closer
        buffer = UnsafeMutableRawPointer.allocate(byteCount: max(capacity, 1), alignment: 1)
    }

    deinit {
        close()
        buffer.deallocate()
    }

    /// Flushes and releases the descriptor when this sink owns it.
    public func close() {
        flush()
        closer?()
        closer = nil
    }

    /// Opens `target` for output as `\o` and `\g` take it: a file path, or `|command` for a pipe.
    public static func open(target: String) throws(InputError) -> FileSink {
        if target.hasPrefix("|") {
            let command = String(target.dropFirst())
            guard let stream = popen(command, "w") else {
                throw InputError(path: command, reason: String(cString: strerror(errno)))
            }
            // As psql: a command that stops reading must not kill the shell while the pipe is open.
            PipeSignals.opened()
            return FileSink(
                descriptor: fileno(stream), name: "command \"\(command)\"",
                closer: {
                    pclose(stream)
                    PipeSignals.closed()
                })
        }
        let descriptor = Glibc.open(target, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw InputError(path: target, reason: String(cString: strerror(errno))) }
        return FileSink(descriptor: descriptor, name: "file \"\(target)\"", closer: { _ = Glibc.close(descriptor) })
    }

    /// Opens `path` to append to, as psql opens its `-L` log file.
    public static func openForAppending(_ path: String) throws(InputError) -> FileSink {
        let descriptor = Glibc.open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw InputError(path: path, reason: String(cString: strerror(errno))) }
        return FileSink(descriptor: descriptor, name: "file \"\(path)\"", closer: { _ = Glibc.close(descriptor) })
    }

    public func write(_ bytes: UnsafeRawBufferPointer) {
        if isStopped {
            buffered = 0
            return
        }
        if buffered + bytes.count > capacity { flush() }
        if bytes.count >= capacity {
            writeAll(bytes)
        } else if let source = bytes.baseAddress {
            (buffer + buffered).copyMemory(from: source, byteCount: bytes.count)
            buffered += bytes.count
        }
    }

    /// Writes out everything buffered.
    public func flush() {
        guard buffered > 0 else { return }
        writeAll(UnsafeRawBufferPointer(start: buffer, count: buffered))
        buffered = 0
    }

    private func writeAll(_ bytes: UnsafeRawBufferPointer) {
        guard !failed, var start = bytes.baseAddress else { return }
        var remaining = bytes.count
        while remaining > 0 {
            if isStopped { return }
            let written = Glibc.write(descriptor, start, remaining)
            if written < 0 {
                let error = errno
                if error == EINTR { continue }
                failed = true
                if error != EPIPE { unreportedError = error }
                return
            }
            remaining -= written
            start += written
        }
    }
}

extension FileSink {
    /// `could not write to file "x": No space left on device` for a failed write not yet
    /// reported, once; nil when every write so far succeeded (or only a pipe closed).
    public func takeUnreportedFailure() -> String? {
        guard let error = unreportedError else { return nil }
        unreportedError = nil
        return "could not write to \(name): \(String(cString: strerror(error)))"
    }

    /// `standard output`, `standard error`, or `descriptor N`.
    static func defaultName(_ descriptor: Int32) -> String {
        switch descriptor {
        case STDOUT_FILENO: "standard output"
        case STDERR_FILENO: "standard error"
        default: "descriptor \(descriptor)"
        }
    }

    /// Writes a string (UTF-8).
    public func write(_ text: String) {
        var text = text
        text.withUTF8 { write(UnsafeRawBufferPointer($0)) }
    }
}

/// Ignores SIGPIPE while any `\o |cmd` or `\g |cmd` pipe is open, and restores the
/// default (a closed stdout ends dsql quietly) when the last one closes.
enum PipeSignals {
    // Touched only by the main thread, which opens and closes output pipes.
    nonisolated(unsafe) private static var openPipes = 0

    static func opened() {
        if openPipes == 0 { signal(SIGPIPE, SIG_IGN) }
        openPipes += 1
    }

    static func closed() {
        openPipes = max(0, openPipes - 1)
        if openPipes == 0 { signal(SIGPIPE, SIG_DFL) }
    }
}
