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

    /// Replaces the file's contents with `entries` (oldest first), mode 0600, atomically.
    ///
    /// The entries go to a new file in the same folder, which is flushed to disk and
    /// then renamed over the old one: a signal or a crash at any moment leaves either
    /// the old file or the new one, never a truncated one. A symbolic link is followed
    /// (the file it names is replaced); what is not a regular file (`/dev/null`, a FIFO)
    /// is written in place and never replaced.
    public func save(_ entries: [String]) throws(HistoryFileError) {
        try createParentDirectories()
        try store(HistoryFileFormat.encode(entries))
    }

    /// Adds `newEntries` after what the file holds now (other sessions may have written
    /// since it was loaded), keeps the newest `limit` (nil: all), and saves as `save`
    /// does, under an exclusive lock so concurrent sessions never lose each other's entries.
    ///
    /// - Returns: the entries the file holds afterwards, oldest first.
    @discardableResult
    public func merge(_ newEntries: [String], limit: Int?) throws(HistoryFileError) -> [String] {
        try createParentDirectories()
        let lock = try lockFile()
        defer { _ = close(lock) }
        var merged = try load() + newEntries
        if let limit, merged.count > max(limit, 0) { merged.removeFirst(merged.count - max(limit, 0)) }
        try store(HistoryFileFormat.encode(merged))
        return merged
    }

    /// The file the path names once symbolic links are followed; the path itself
    /// when it does not exist yet.
    ///
    /// The corresponding system function is `realpath`.
    private var resolvedPath: String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Opens the file (creating it empty) and takes an exclusive `flock` on it; the
    /// descriptor. Retries when another session renamed a new file into place while
    /// this one waited, so the lock is always on the file the path names.
    ///
    /// The corresponding system functions are `open`, `flock`, `fstat` and `stat`.
    private func lockFile() throws(HistoryFileError) -> Int32 {
        while true {
            let target = resolvedPath
            let descriptor = open(target, O_RDONLY | O_CREAT | O_CLOEXEC, 0o600)
            if descriptor < 0 { throw failure(.save, errno) }
            while flock(descriptor, LOCK_EX) != 0 {
                if errno != EINTR {
                    let code = errno
                    _ = close(descriptor)
                    throw failure(.save, code)
                }
            }
            var locked = stat()
            var named = stat()
            if fstat(descriptor, &locked) == 0, stat(target, &named) == 0,
                locked.st_dev == named.st_dev, locked.st_ino == named.st_ino
            {
                return descriptor
            }
            _ = close(descriptor)
        }
    }

    /// Writes `bytes` as the file's whole contents: atomically for a regular file (or
    /// none yet), in place for anything else.
    private func store(_ bytes: [UInt8]) throws(HistoryFileError) {
        let target = resolvedPath
        var status = stat()
        if stat(target, &status) == 0 {
            let kind = status.st_mode & S_IFMT
            if kind == S_IFDIR { throw failure(.save, EISDIR) }
            // A file its owner made read-only stays as it is, as when it was written in place.
            if access(target, W_OK) != 0 { throw failure(.save, errno) }
            if kind != S_IFREG {
                try writeInPlace(bytes, to: target)
                return
            }
        }
        try replaceAtomically(target, with: bytes)
    }

    /// Truncates and writes `target`, for what is not a regular file.
    private func writeInPlace(_ bytes: [UInt8], to target: String) throws(HistoryFileError) {
        let descriptor = open(target, O_WRONLY | O_TRUNC | O_CLOEXEC)
        if descriptor < 0 { throw failure(.save, errno) }
        if let code = Self.writeAll(bytes, to: descriptor) {
            _ = close(descriptor)
            throw failure(.save, code)
        }
        if close(descriptor) != 0 { throw failure(.save, errno) }
    }

    /// Writes `bytes` to a temporary file beside `target`, fsyncs it and renames it
    /// into place (mode 0600).
    ///
    /// The corresponding system functions are `mkstemp`, `write`, `fsync` and `rename`.
    private func replaceAtomically(_ target: String, with bytes: [UInt8]) throws(HistoryFileError) {
        var template = Array((target + ".tmp-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { buffer -> Int32 in
            guard let base = buffer.baseAddress else { return -1 }
            return mkstemp(base)
        }
        if descriptor < 0 { throw failure(.save, errno) }
        let temporary = String(cString: template)
        func abandon(_ code: Int32) -> HistoryFileError {
            _ = close(descriptor)
            _ = unlink(temporary)
            return failure(.save, code)
        }
        _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
        if fchmod(descriptor, 0o600) != 0 { throw abandon(errno) }
        if let code = Self.writeAll(bytes, to: descriptor) { throw abandon(code) }
        if fsync(descriptor) != 0 { throw abandon(errno) }
        if close(descriptor) != 0 {
            let code = errno
            _ = unlink(temporary)
            throw failure(.save, code)
        }
        if rename(temporary, target) != 0 {
            let code = errno
            _ = unlink(temporary)
            throw failure(.save, code)
        }
    }

    /// Writes all of `bytes`; the errno of a failed write, or nil.
    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Int32? {
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { buffer in
                write(descriptor, buffer.baseAddress.map { $0 + written }, buffer.count - written)
            }
            if count < 0 {
                if errno == EINTR { continue }
                return errno
            }
            written += count
        }
        return nil
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
