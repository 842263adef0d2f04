/// Collects output bytes and hands them to a `ByteSink` in large blocks.
///
/// Formatters append small pieces (a border, a cell, padding); batching them
/// keeps the sink's per-call cost out of the per-cell path.
struct OutputBuffer {
    private(set) var bytes: [UInt8] = []
    private let flushThreshold: Int

    init(flushThreshold: Int = 1 << 16) {
        self.flushThreshold = flushThreshold
        if flushThreshold > 0 { bytes.reserveCapacity(min(flushThreshold, 1 << 16) + 1024) }
    }

    mutating func append(_ byte: UInt8) {
        bytes.append(byte)
    }

    mutating func append(_ piece: [UInt8]) {
        bytes.append(contentsOf: piece)
    }

    mutating func append(_ piece: ArraySlice<UInt8>) {
        bytes.append(contentsOf: piece)
    }

    mutating func append(_ piece: UnsafeRawBufferPointer) {
        bytes.append(contentsOf: piece)
    }

    mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    mutating func appendSpaces(_ count: Int) {
        guard count > 0 else { return }
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: count))
    }

    mutating func append(_ separator: PrintOptions.Separator) {
        switch separator {
        case .zeroByte: bytes.append(0)
        case .text(let text): append(text)
        }
    }

    /// Passes the collected bytes on once enough have gathered.
    mutating func flushIfFull<Sink: ByteSink>(into sink: inout Sink) {
        if bytes.count >= flushThreshold { flush(into: &sink) }
    }

    /// Passes all collected bytes on.
    mutating func flush<Sink: ByteSink>(into sink: inout Sink) {
        guard !bytes.isEmpty else { return }
        bytes.withUnsafeBytes { sink.write($0) }
        bytes.removeAll(keepingCapacity: true)
    }
}

/// The `(N rows)` footer text psql prints under a result.
func rowCountFooter(_ count: Int) -> String {
    count == 1 ? "(1 row)" : "(\(count) rows)"
}
