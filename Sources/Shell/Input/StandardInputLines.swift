import Glibc

/// The process's stdin, shared by every reader that is not a script loop (COPY FROM STDIN
/// inside `-c`, `\copy … from pstdin`), so that what one leaves buffered the next one reads.
final class StandardInputLines: @unchecked Sendable {
    // Only the main thread reads stdin; one reader keeps its buffer consistent.
    static let shared = StandardInputLines()
    let reader = LineReader(descriptor: STDIN_FILENO)

    func readLine() -> [UInt8]? { reader.readLine() }
}
