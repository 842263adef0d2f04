/// Word-at-a-time scans for the formatters' common case: a plain ASCII cell that
/// can be copied as it is.
///
/// Eight bytes are tested at once with the classic bit tricks ("has a zero byte",
/// "has a byte less than n"), so an ordinary cell costs a few instructions per
/// word instead of several per byte. Fields shorter than a word are gathered into
/// one word from their own bytes, and the last word of a longer field overlaps
/// the one before, so no byte outside the field is read. Each scan answers only
/// "copy as is?"; any other cell takes the formatter's byte-by-byte path, so
/// output never changes.
enum ByteScan {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// The high bit of each byte of `word` that is zero, plus possibly of bytes above one that is.
    @inline(__always)
    private static func zeroBytes(_ word: UInt64) -> UInt64 {
        (word &- ones) & ~word
    }

    /// The high bit of each byte below `limit` (at most 0x80), plus possibly of bytes above one that is.
    /// Only meaningful for bytes below 0x80; callers test the high bits of `word` as well.
    @inline(__always)
    private static func bytesBelow(_ word: UInt64, _ limit: UInt8) -> UInt64 {
        (word &- UInt64(limit) &* ones) & ~word
    }

    /// Calls `flagged` with words that together hold every byte of the field and no other
    /// byte; true when no call returns true. The field must not be empty.
    @inline(__always)
    private static func noWord(_ base: UnsafeRawPointer, _ count: Int, _ flagged: (UInt64) -> Bool) -> Bool {
        if count >= 8 {
            var index = 0
            while index + 8 < count {
                if flagged(base.loadUnaligned(fromByteOffset: index, as: UInt64.self)) { return false }
                index += 8
            }
            return !flagged(base.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self))
        }
        if count >= 4 {
            let low = UInt64(base.loadUnaligned(as: UInt32.self))
            let high = UInt64(base.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self))
            return !flagged(low | high << 32)
        }
        // One to three bytes: positions 0, count / 2 and count - 1 cover them all.
        let first = UInt64(base.load(as: UInt8.self))
        let middle = UInt64(base.load(fromByteOffset: count >> 1, as: UInt8.self))
        let last = UInt64(base.load(fromByteOffset: count - 1, as: UInt8.self))
        return !flagged(first &* ones & ~0xFF_FFFF | first | middle << 8 | last << 16)
    }

    /// Whether a CSV field prints as it is: ASCII only (so clean), without the
    /// separator, a quote or a control byte below 0x0E (CR, LF, and tab, which only
    /// looks suspicious), and not exactly `\.`.
    /// The caller checks that the separator itself is not `\` or `.`.
    @inline(__always)
    static func isPlainCSV(_ field: UnsafeRawBufferPointer, separator: UInt8) -> Bool {
        guard let base = field.baseAddress, field.count > 0 else { return true }
        if field.count == 2 && field[0] == UInt8(ascii: "\\") && field[1] == UInt8(ascii: ".") { return false }
        let separators = UInt64(separator) &* ones
        let quotes = UInt64(UInt8(ascii: "\"")) &* ones
        return noWord(base, field.count) { word in
            (word | bytesBelow(word, 0x0E) | zeroBytes(word ^ separators) | zeroBytes(word ^ quotes)) & highBits != 0
        }
    }

    /// Whether text goes into a JSON string as it is: ASCII from 0x20 up, without `"` or `\`.
    @inline(__always)
    static func isPlainJSONText(_ text: UnsafeRawBufferPointer) -> Bool {
        guard let base = text.baseAddress, text.count > 0 else { return true }
        let quotes = UInt64(UInt8(ascii: "\"")) &* ones
        let backslashes = UInt64(UInt8(ascii: "\\")) &* ones
        return noWord(base, text.count) { word in
            (word | bytesBelow(word, 0x20) | zeroBytes(word ^ quotes) | zeroBytes(word ^ backslashes)) & highBits != 0
        }
    }
}
