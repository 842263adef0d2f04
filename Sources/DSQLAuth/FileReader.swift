import FoundationEssentials

/// Reads text files; injectable so tests and callers control the file system.
public struct FileReader: Sendable {
    /// Why a file could not be read.
    public struct ReadError: Error, Sendable { public let reason: String }

    /// Returns the file's text, nil if it does not exist, or throws if it cannot be read.
    public let read: @Sendable (String) throws(ReadError) -> String?

    /// A reader backed by `read`.
    public init(read: @escaping @Sendable (String) throws(ReadError) -> String?) {
        self.read = read
    }

    /// The local file system.
    public static let local = FileReader { (path: String) throws(ReadError) -> String? in
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ReadError(reason: "permission denied or not a regular file")
        }
        return String(decoding: data, as: UTF8.self)
    }
}
