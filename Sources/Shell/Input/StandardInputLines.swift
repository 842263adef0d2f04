import Glibc

/// The process's stdin as lines, shared by every reader that is not a script loop
/// (COPY FROM STDIN inside `-c`).
final class StandardInputLines: @unchecked Sendable {
    // Only the main thread reads stdin; one reader keeps its buffer consistent.
    static let shared = StandardInputLines()
    private let reader = LineReader(descriptor: STDIN_FILENO)

    func readLine() -> [UInt8]? { reader.readLine() }
}
