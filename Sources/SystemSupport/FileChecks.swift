import Glibc

/// Small file-system questions asked by the shell's I/O edge.
public enum FileChecks {
    /// Whether `path` names a regular file this process can read.
    public static func isReadableFile(_ path: String) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return false }
        return access(path, R_OK) == 0
    }
}
