/// Collects output bytes and hands them to a `ByteSink` in large blocks.
///
/// Formatters append small pieces (a border, a cell, padding); batching them
/// keeps the sink's per-call cost out of the per-cell path.
struct OutputBuffer {
    /// Room for the bytes; only the first `count` are output. Grows by doubling.
    private var storage: [UInt8]
    private(set) var count = 0
    private let flushThreshold: Int

    init(flushThreshold: Int = 1 << 16) {
        self.flushThreshold = flushThreshold
        storage = flushThreshold > 0 ? [UInt8](repeating: 0, count: min(flushThreshold, 1 << 16) + 1024) : []
    }

    /// The collected bytes.
    var bytes: [UInt8] { Array(storage[0..<count]) }

    /// Makes room for `extra` more bytes.
    private mutating func reserve(_ extra: Int) {
        let needed = count + extra
        guard needed > storage.count else { return }
        storage.append(contentsOf: repeatElement(0, count: max(needed, storage.count * 2) - storage.count))
    }

    mutating func append(_ byte: UInt8) {
        reserve(1)
        storage[count] = byte
        count += 1
    }

    mutating func append(_ piece: [UInt8]) {
        piece.withUnsafeBytes { append($0) }
    }

    mutating func append(_ piece: ArraySlice<UInt8>) {
        piece.withUnsafeBytes { append($0) }
    }

    mutating func append(_ piece: UnsafeRawBufferPointer) {
        let length = piece.count
        guard length > 0, let source = piece.baseAddress else { return }
        reserve(length)
        let offset = count
        storage.withUnsafeMutableBytes { target in
            guard let base = target.baseAddress else { return }
            (base + offset).copyMemory(from: source, byteCount: length)
        }
        count += length
    }

    /// Appends exactly `length` bytes that `body` writes through a cursor, reserving room once.
    mutating func appendDirect(_ length: Int, _ body: (inout ByteCursor) -> Void) {
        reserve(length)
        let offset = count
        storage.withUnsafeMutableBytes { target in
            guard let base = target.baseAddress else { return }
            var cursor = ByteCursor(base + offset)
            body(&cursor)
            assert(cursor.position == base + offset + length, "appendDirect wrote other than \(length) bytes")
        }
        count += length
    }

    /// Appends `piece`, or — when it is larger than the flush threshold — passes what was
    /// collected and then `piece` itself straight to `sink`, so a huge value is never copied.
    mutating func append<Sink: ByteSink>(_ piece: UnsafeRawBufferPointer, passingLargeTo sink: inout Sink) {
        guard piece.count > flushThreshold, flushThreshold > 0 else {
            append(piece)
            return
        }
        flush(into: &sink)
        sink.write(piece)
    }

    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { append(UnsafeRawBufferPointer($0)) }
    }

    mutating func appendSpaces(_ spaces: Int) {
        guard spaces > 0 else { return }
        reserve(spaces)
        let offset = count
        storage.withUnsafeMutableBytes { target in
            guard let base = target.baseAddress else { return }
            _ = (base + offset).initializeMemory(as: UInt8.self, repeating: UInt8(ascii: " "), count: spaces)
        }
        count += spaces
    }

    /// Appends `spaces` spaces, passing full blocks to `sink` on the way, so padding as
    /// wide as a huge value is never held whole.
    mutating func appendSpaces<Sink: ByteSink>(_ spaces: Int, flushingInto sink: inout Sink) {
        guard spaces > flushThreshold, flushThreshold > 0 else {
            appendSpaces(spaces)
            return
        }
        var remaining = spaces
        while remaining > 0 {
            let chunk = min(remaining, flushThreshold)
            appendSpaces(chunk)
            flushIfFull(into: &sink)
            remaining -= chunk
        }
    }

    mutating func append(_ separator: PrintOptions.Separator) {
        switch separator {
        case .zeroByte: append(UInt8(0))
        case .text(let text): append(text)
        }
    }

    /// Passes the collected bytes on once enough have gathered.
    mutating func flushIfFull<Sink: ByteSink>(into sink: inout Sink) {
        if count >= flushThreshold { flush(into: &sink) }
    }

    /// Passes all collected bytes on.
    mutating func flush<Sink: ByteSink>(into sink: inout Sink) {
        guard count > 0 else { return }
        let length = count
        storage.withUnsafeBytes { sink.write(UnsafeRawBufferPointer(rebasing: $0[0..<length])) }
        count = 0
    }
}

/// The `(N rows)` footer text psql prints under a result.
func rowCountFooter(_ count: Int) -> String {
    count == 1 ? "(1 row)" : "(\(count) rows)"
}
