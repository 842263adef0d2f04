import Glibc

/// Reads lines, or blocks of bytes, from a file descriptor in bounded memory (one line
/// plus a buffer).
public final class LineReader {
    private let descriptor: Int32
    private let ownsDescriptor: Bool
    /// `capacity` bytes, of which `start..<end` are read and not yet consumed.
    private var buffer: UnsafeMutableRawPointer
    private var capacity: Int
    private var start = 0
    private var end = 0
    private var atEnd = false

    /// Reads from `descriptor`; closes it on deinit when `ownsDescriptor`.
    public init(descriptor: Int32, ownsDescriptor: Bool = false, bufferSize: Int = 64 * 1024) {
        self.descriptor = descriptor
        self.ownsDescriptor = ownsDescriptor
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

    /// The next line without its `\n`, or nil at end of input.
    public func readLine() -> [UInt8]? {
        var line: [UInt8] = []
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
                line.append(contentsOf: UnsafeRawBufferPointer(start: buffer + start, count: available))
                start = end
            }
            guard readMore() else { return line.isEmpty ? nil : line }
        }
    }

    /// Lends `body` the bytes read but not yet consumed (possibly none), for a caller that
    /// parses blocks itself; they stay buffered until ``consume(_:)``.
    public func withUnconsumedBytes<Result, Failure: Error>(_ body: (UnsafeRawBufferPointer) throws(Failure) -> Result) throws(Failure) -> Result {
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
