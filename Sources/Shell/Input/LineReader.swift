import Glibc

/// Reads lines from a file descriptor in bounded memory (one line plus a buffer).
public final class LineReader {
    private let descriptor: Int32
    private let ownsDescriptor: Bool
    private var buffer: [UInt8]
    private var start = 0
    private var end = 0
    private var atEnd = false

    /// Reads from `descriptor`; closes it on deinit when `ownsDescriptor`.
    public init(descriptor: Int32, ownsDescriptor: Bool = false, bufferSize: Int = 64 * 1024) {
        self.descriptor = descriptor
        self.ownsDescriptor = ownsDescriptor
        buffer = [UInt8](repeating: 0, count: bufferSize)
    }

    deinit { if ownsDescriptor { close(descriptor) } }

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
                let available = buffer[start..<end]
                if let newline = available.firstIndex(of: UInt8(ascii: "\n")) {
                    // Most lines lie whole in the buffer: one exact copy, no growing.
                    if line.isEmpty {
                        line = Array(buffer[start..<newline])
                    } else {
                        line.append(contentsOf: buffer[start..<newline])
                    }
                    start = newline + 1
                    return line
                }
                line.append(contentsOf: available)
                start = end
            }
            guard !atEnd, refill() else { return line.isEmpty ? nil : line }
        }
    }

    private func refill() -> Bool {
        start = 0
        end = 0
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                end = count
                return true
            }
            if count < 0 && errno == EINTR { continue }
            atEnd = true
            return false
        }
    }
}

/// A script or input file that could not be read.
public struct InputError: Error, Equatable, CustomStringConvertible {
    public var path: String
    public var reason: String
    public var description: String { "\(path): \(reason)" }
}
