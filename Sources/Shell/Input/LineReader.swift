import Glibc

/// Reads lines, or blocks of bytes, from a file descriptor in bounded memory (one line
/// plus a buffer).
///
/// A line is never allowed to grow without bound: one longer than the server could take
/// in a statement (1 GiB) ends the input with ``failure`` set, and so does a line holding
/// a NUL byte once it passes 1 MiB — binary data such as `/dev/zero` is refused as soon as
/// it is read, not after gigabytes of it were buffered.
public final class LineReader {
    /// The longest line accepted: no statement can be longer than the server accepts.
    public static let maximumLineLength = 1 << 30
    /// How much of a line holding a NUL byte is read before the input is taken for binary data.
    public static let maximumBinaryLineLength = 1 << 20
    private let descriptor: Int32
    private let ownsDescriptor: Bool
    /// `capacity` bytes, of which `start..<end` are read and not yet consumed.
    private var buffer: UnsafeMutableRawPointer
    private var capacity: Int
    private var start = 0
    private var end = 0
    private var atEnd = false
    /// Lines returned so far, for messages.
    private var lineCount = 0
    private let lineLimit: Int
    private let binaryLineLimit: Int
    /// Why reading stopped before the end of the input; nil while all is well.
    public private(set) var failure: String?
    /// Called before a read that would wait for input (nothing is ready on the descriptor).
    public var beforeWaiting: (() -> Void)?

    /// Reads from `descriptor`; closes it on deinit when `ownsDescriptor`.
    public init(
        descriptor: Int32, ownsDescriptor: Bool = false, bufferSize: Int = 64 * 1024,
        lineLimit: Int = LineReader.maximumLineLength, binaryLineLimit: Int = LineReader.maximumBinaryLineLength
    ) {
        self.descriptor = descriptor
        self.ownsDescriptor = ownsDescriptor
        self.lineLimit = lineLimit
        self.binaryLineLimit = binaryLineLimit
        capacity = max(bufferSize, 16)
        buffer = UnsafeMutableRawPointer.allocate(byteCount: capacity, alignment: 1)
    }

    deinit {
        if ownsDescriptor { close(descriptor) }
        buffer.deallocate()
    }

    /// Opens a file for reading. The corresponding C function is `open`.
    public static func open(path: String) throws(InputError) -> LineReader {
        var info = stat()
        if stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
            throw InputError(path: path, reason: "Is a directory")
        }
        let descriptor = Glibc.open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw InputError(path: path, reason: String(cString: strerror(errno))) }
        return LineReader(descriptor: descriptor, ownsDescriptor: true)
    }

    /// The next line without its `\n`, or nil at end of input — or when ``failure`` was set.
    public func readLine() -> [UInt8]? {
        guard failure == nil else { return nil }
        var line: [UInt8] = []
        var holdsNUL = false
        lineCount += 1
        while true {
            if start < end {
                let available = end - start
                if let newline = memchr(buffer + start, 0x0A, available) {
                    let length = UnsafeMutableRawPointer(newline) - (buffer + start)
                    // Most lines lie whole in the buffer: one exact copy, no growing.
                    let bytes = UnsafeRawBufferPointer(start: buffer + start, count: length)
                    if line.isEmpty {
                        line = Array(bytes)
                    } else {
                        line.append(contentsOf: bytes)
                    }
                    start += length + 1
                    return line
                }
                if !holdsNUL { holdsNUL = memchr(buffer + start, 0, available) != nil }
                line.append(contentsOf: UnsafeRawBufferPointer(start: buffer + start, count: available))
                start = end
                if let problem = lengthProblem(line.count, holdsNUL: holdsNUL) {
                    failure = problem
                    return nil
                }
            }
            guard readMore() else { return line.isEmpty ? nil : line }
        }
    }

    /// Why a line of `length` bytes (so far) cannot be read on, or nil.
    private func lengthProblem(_ length: Int, holdsNUL: Bool) -> String? {
        if holdsNUL && length > binaryLineLimit {
            return
                "line \(lineCount) holds a NUL byte and no line end within \(Self.sizeText(binaryLineLimit)): binary data, not a script; input stopped"
        }
        if length > lineLimit {
            return
                "line \(lineCount) is longer than \(Self.sizeText(lineLimit)), more than the server accepts in a statement; input stopped"
        }
        return nil
    }

    /// `1 GiB`, `1 MiB`, or a number of bytes.
    static func sizeText(_ bytes: Int) -> String {
        if bytes >= 1 << 30 && bytes % (1 << 30) == 0 { return "\(bytes >> 30) GiB" }
        if bytes >= 1 << 20 && bytes % (1 << 20) == 0 { return "\(bytes >> 20) MiB" }
        return "\(bytes) bytes"
    }

    /// Lends `body` the bytes read but not yet consumed (possibly none), for a caller that
    /// parses blocks itself; they stay buffered until ``consume(_:)``.
    public func withUnconsumedBytes<Result, Failure: Error>(_ body: (UnsafeRawBufferPointer) throws(Failure) -> Result)
        throws(Failure) -> Result
    {
        try body(UnsafeRawBufferPointer(start: buffer + start, count: end - start))
    }

    /// Drops the first `count` unconsumed bytes.
    public func consume(_ count: Int) {
        start = min(start + max(count, 0), end)
    }

    /// Reads more input after the unconsumed bytes, which are kept; false at end of input.
    /// The corresponding C function is `read`.
    public func readMore() -> Bool {
        guard !atEnd else { return false }
        if start == end {
            start = 0
            end = 0
        } else if start > 0 {
            memmove(buffer, buffer + start, end - start)
            end -= start
            start = 0
        }
        if end == capacity { grow() }
        if let beforeWaiting {
            var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            if poll(&poller, 1, 0) == 0 { beforeWaiting() }
        }
        while true {
            let count = read(descriptor, buffer + end, capacity - end)
            if count > 0 {
                end += count
                return true
            }
            if count < 0 && errno == EINTR { continue }
            atEnd = true
            return false
        }
    }

    /// Doubles the buffer, for unconsumed bytes that fill it.
    private func grow() {
        let larger = UnsafeMutableRawPointer.allocate(byteCount: capacity * 2, alignment: 1)
        larger.copyMemory(from: buffer, byteCount: end)
        buffer.deallocate()
        buffer = larger
        capacity *= 2
    }
}

/// A script or input file that could not be read.
public struct InputError: Error, Equatable, CustomStringConvertible {
    public var path: String
    public var reason: String
    public var description: String { "\(path): \(reason)" }
}
