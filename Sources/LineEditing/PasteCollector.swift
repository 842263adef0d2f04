/// Gathers the bytes of a bracketed paste up to its end marker: pure, byte by byte.
///
/// Terminals send a pasted line end as CR (or CR LF); it is stored as LF, so the
/// pasted text reaches the statement with the line breaks it had.
struct PasteCollector {
    /// The sequence that ends a bracketed paste: `ESC [ 2 0 1 ~`.
    static let endMarker: [UInt8] = [0x1B, 0x5B, 0x32, 0x30, 0x31, 0x7E]

    private var bytes: [UInt8] = []
    /// Whether the end marker was seen.
    private(set) var finished = false

    /// Takes one byte of the paste.
    mutating func add(_ byte: UInt8) {
        guard !finished else { return }
        bytes.append(byte)
        if bytes.count >= Self.endMarker.count, bytes.suffix(Self.endMarker.count).elementsEqual(Self.endMarker) {
            bytes.removeLast(Self.endMarker.count)
            finished = true
        }
    }

    /// The pasted text, line ends as LF.
    var text: String {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0D {
                result.append(0x0A)
                if index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
            } else {
                result.append(byte)
            }
            index += 1
        }
        return String(decoding: result, as: UTF8.self)
    }
}
