/// COPY text or CSV input handed out in blocks that end at a batch's last row, at the
/// `\.` line, or at the end of the input.
///
/// The blocks are the source's own buffer (64 KiB from a file), so the data reaches libpq
/// without being copied or split into lines first; a ``CopyInputScanner`` finds where to stop.
final class CopyInputReader {
    private let source: any CopyInputSource
    private var scanner: CopyInputScanner
    /// The source has no more input after what it holds.
    private var sourceAtEnd = false
    /// The data is over: the end marker or the end of the input was reached.
    private(set) var finished = false
    /// Lines handed out so far (the `\.` line is not counted), by calls with a limit.
    private(set) var lineCount = 0

    init(source: any CopyInputSource, format: CopyFormat) {
        self.source = source
        scanner = CopyInputScanner(format: format)
    }

    /// Rows (counted only under a limit) and bytes that one call handed out.
    struct Sent: Equatable {
        var rows = 0
        var bytes = 0
    }

    /// Hands `send` the data in blocks, through the row that reaches `limit` or to the end
    /// of the data. A last line without a newline is sent as it is, as psql does: the
    /// server takes it, and a CRLF file would reject a lone newline after it.
    @discardableResult
    func send<Failure: Error>(
        upTo limit: CopyInputScanner.Limit?, _ send: (UnsafeRawBufferPointer) throws(Failure) -> Void
    ) throws(Failure) -> Sent {
        var sent = Sent()
        while !finished {
            let remaining = limit.map {
                CopyInputScanner.Limit(rows: $0.rows - sent.rows, bytes: $0.bytes - sent.bytes)
            }
            let atEnd = sourceAtEnd
            let step = try source.withUnconsumedBytes { (block) throws(Failure) -> CopyInputScanner.Step in
                let step = scanner.scan(block, atEnd: atEnd, limit: remaining)
                if step.dataCount > 0 { try send(UnsafeRawBufferPointer(rebasing: block[..<step.dataCount])) }
                return step
            }
            source.consume(step.consumed)
            sent.rows += step.rows
            sent.bytes += step.dataCount
            lineCount += step.lines
            if step.ended { finished = true }
            if step.ended || step.reachedLimit { break }
            if !source.readMore() { sourceAtEnd = true }
        }
        return sent
    }

    /// Whether any data is left before its end; reads ahead as far as needed to tell.
    /// Meant for a row boundary, between batches.
    func hasMoreData() -> Bool {
        while !finished {
            let atEnd = sourceAtEnd
            switch source.withUnconsumedBytes({ scanner.endsAtStart(of: $0, atEnd: atEnd) }) {
            case .data:
                return true
            case .marker(let length):
                source.consume(length)
                finished = true
            case .undecided:
                if !source.readMore() { sourceAtEnd = true }
            }
        }
        return false
    }
}
