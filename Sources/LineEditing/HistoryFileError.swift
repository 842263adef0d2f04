/// Why the history file could not be read or written; the shell prints it as a
/// warning and carries on with history in memory.
public struct HistoryFileError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What was being attempted.
    public enum Operation: String, Sendable {
        case load = "read history from"
        case save = "save history to"
        case createDirectory = "create directory for history file"
    }

    /// The attempted operation.
    public let operation: Operation
    /// The path involved.
    public let path: String
    /// The system's explanation (`strerror`), e.g. "Is a directory".
    public let reason: String

    /// psql-style text: `could not save history to file "/x": Is a directory`.
    public var description: String {
        switch operation {
        case .createDirectory:
            return "could not \(operation.rawValue) \"\(path)\": \(reason)"
        case .load, .save:
            return "could not \(operation.rawValue) file \"\(path)\": \(reason)"
        }
    }
}
