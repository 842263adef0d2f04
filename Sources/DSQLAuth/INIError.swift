/// A malformed line in an AWS shared config or credentials file.
public struct INIError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file's path.
    public let file: String
    /// The 1-based line number.
    public let line: Int
    /// What is wrong with the line (never its value, which may be a secret).
    public let reason: String

    /// `file:line: reason`.
    public var description: String { "\(file):\(line): \(reason)" }
}
