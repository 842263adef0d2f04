import Glibc

/// Reads and writes the history file in libedit's format, private to its owner.
///
/// The file is always left with mode 0600 (also when it existed with a looser mode);
/// missing parent directories are created with mode 0700. A missing file loads as an
/// empty history. Every failure (a directory in the file's place, no permission, a
/// full disk) is a `HistoryFileError`, never a crash.
public struct HistoryFile: Sendable, Equatable {
    /// The file's path.
    public let path: String

    /// A history file at `path`.
    public init(path: String) {
        self.path = path
    }

    /// The history file a `HistoryLocation` resolved to.
    public init(location: HistoryLocation) {
        self.path = location.path
    }

    /// Reads all entries, oldest first; an absent file gives none.
    public func load() throws(HistoryFileError) -> [String] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        if descriptor < 0 {
            let code = errno
            if code == ENOENT {
                return []
            }
            throw failure(.load, code)
        }
        defer { _ = close(descriptor) }
        var status = stat()
        if fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR {
            throw failure(.load, EISDIR)
        }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw failure(.load, errno)
            }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
        }
        return HistoryFileFormat.decode(bytes)
    }

    /// Replaces the file's contents with `entries` (oldest first), mode 0600.
    public func save(_ entries: [String]) throws(HistoryFileError) {
        try createParentDirectories()
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        if descriptor < 0 {
            throw failure(.save, errno)
        }
        var status = stat()
        if fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG,
           status.st_mode & 0o7777 != 0o600, fchmod(descriptor, 0o600) != 0 {
            let code = errno
            _ = close(descriptor)
            throw failure(.save, code)
        }
        let bytes = HistoryFileFormat.encode(entries)
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { buffer in
                write(descriptor, buffer.baseAddress.map { $0 + written }, buffer.count - written)
            }
            if count < 0 {
                if errno == EINTR { continue }
                let code = errno
                _ = close(descriptor)
                throw failure(.save, code)
            }
            written += count
        }
        if close(descriptor) != 0 {
            throw failure(.save, errno)
        }
    }

    /// The parent directory, for `mkdir -p`.
    var directory: String {
        HistoryLocation(path: path, source: .dsqlHistoryVariable).directory
    }

    private func createParentDirectories() throws(HistoryFileError) {
        var prefix = directory.hasPrefix("/") ? "" : "."
        for component in directory.split(separator: "/") {
            prefix += "/" + component
            if mkdir(prefix, 0o700) != 0, errno != EEXIST {
                throw HistoryFileError(operation: .createDirectory, path: prefix, reason: Self.reason(errno))
            }
        }
    }

    private func failure(_ operation: HistoryFileError.Operation, _ code: Int32) -> HistoryFileError {
        HistoryFileError(operation: operation, path: path, reason: Self.reason(code))
    }

    static func reason(_ code: Int32) -> String {
        guard let text = strerror(code) else {
            return "error \(code)"
        }
        return String(cString: text)
    }
}
