/// Word-at-a-time scans for the formatters' common case: a plain ASCII cell that
/// can be copied as it is.
///
/// Eight bytes are tested at once with the classic bit tricks ("has a zero byte",
/// "has a byte less than n"), so an ordinary cell costs a few instructions per
/// word instead of several per byte. Each scan answers only "copy as is?"; any
/// other cell takes the formatter's byte-by-byte path, so output never changes.
enum ByteScan {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// Whether any byte of `word` is zero.
    @inline(__always)
    private static func hasZeroByte(_ word: UInt64) -> Bool {
        (word &- ones) & ~word & highBits != 0
    }

    /// Whether any byte of `word` equals `byte`.
    @inline(__always)
    private static func hasByte(_ word: UInt64, _ byte: UInt8) -> Bool {
        hasZeroByte(word ^ (UInt64(byte) &* ones))
    }

    /// Whether any byte of `word` (all below 0x80) is below `limit` (at most 0x80).
    @inline(__always)
    private static func hasByteBelow(_ word: UInt64, _ limit: UInt8) -> Bool {
        (word &- UInt64(limit) &* ones) & ~word & highBits != 0
    }

    /// Whether a CSV field prints as it is: ASCII only (so clean), without the
    /// separator, a quote, CR or LF, and not exactly `\.`.
    /// The caller checks that the separator itself is not `\` or `.`.
    static func isPlainCSV(_ field: UnsafeRawBufferPointer, separator: UInt8) -> Bool {
        guard let base = field.baseAddress else { return true }
        let count = field.count
        if count == 2 && field[0] == UInt8(ascii: "\\") && field[1] == UInt8(ascii: ".") { return false }
        var index = 0
        while index + 8 <= count {
            let word = base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            if word & highBits != 0 || hasByte(word, separator) || hasByte(word, UInt8(ascii: "\""))
                || hasByte(word, UInt8(ascii: "\n")) || hasByte(word, UInt8(ascii: "\r")) {
                return false
            }
            index += 8
        }
        while index < count {
            let byte = field[index]
            if byte >= 0x80 || byte == separator || byte == UInt8(ascii: "\"")
                || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                return false
            }
            index += 1
        }
        return true
    }

    /// Whether text goes into a JSON string as it is: ASCII from 0x20 up, without `"` or `\`.
    static func isPlainJSONText(_ text: UnsafeRawBufferPointer) -> Bool {
        guard let base = text.baseAddress else { return true }
        let count = text.count
        var index = 0
        while index + 8 <= count {
            let word = base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            if word & highBits != 0 || hasByteBelow(word, 0x20)
                || hasByte(word, UInt8(ascii: "\"")) || hasByte(word, UInt8(ascii: "\\")) {
                return false
            }
            index += 8
        }
        while index < count {
            let byte = text[index]
            if byte < 0x20 || byte >= 0x80 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") { return false }
            index += 1
        }
        return true
    }
}
