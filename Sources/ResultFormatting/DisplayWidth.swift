/// Display width of UTF-8 text the way psql 15 (libpq's `PQdsplen`) counts it.
///
/// Wide and fullwidth East Asian characters take two columns, non-spacing and
/// enclosing marks none, C0/C1 control characters report -1 (psql escapes
/// them), everything else one column.
public enum DisplayWidth {
    /// How many bytes the UTF-8 sequence starting with `leadByte` claims (libpq's `PQmblen`).
    @inlinable
    public static func sequenceLength(leadByte: UInt8) -> Int {
        if leadByte & 0x80 == 0 { return 1 }
        if leadByte & 0xE0 == 0xC0 { return 2 }
        if leadByte & 0xF0 == 0xE0 { return 3 }
        if leadByte & 0xF8 == 0xF0 { return 4 }
        return 1
    }

    /// The code point of the sequence at `index`, or `UInt32.max` for a byte no sequence starts with.
    ///
    /// Like libpq it trusts the continuation bytes; callers validate first.
    static func codePoint(in bytes: UnsafeRawBufferPointer, at index: Int) -> UInt32 {
        func byte(_ offset: Int) -> UInt32 {
            index + offset < bytes.count ? UInt32(bytes[index + offset]) : 0
        }
        let lead = byte(0)
        switch sequenceLength(leadByte: UInt8(lead)) {
        case 2 where lead & 0xE0 == 0xC0:
            return (lead & 0x1F) << 6 | (byte(1) & 0x3F)
        case 3:
            return (lead & 0x0F) << 12 | (byte(1) & 0x3F) << 6 | (byte(2) & 0x3F)
        case 4:
            return (lead & 0x07) << 18 | (byte(1) & 0x3F) << 12 | (byte(2) & 0x3F) << 6 | (byte(3) & 0x3F)
        default:
            return lead < 0x80 ? lead : UInt32.max
        }
    }

    /// Columns a code point occupies: 0, 1 or 2, or -1 for a control character.
    public static func columns(of codePoint: UInt32) -> Int {
        if codePoint == 0 { return 0 }
        if codePoint < 0x20 || (0x7F..<0xA0).contains(codePoint) || codePoint > 0x10FFFF { return -1 }
        if codePoint < 0x300 { return 1 }
        if contains(codePoint, in: UnicodeWidthTables.zeroWidth) { return 0 }
        if contains(codePoint, in: UnicodeWidthTables.doubleWidth) { return 2 }
        return 1
    }

    /// Columns the sequence at `index` occupies (libpq's `PQdsplen`).
    static func columns(in bytes: UnsafeRawBufferPointer, at index: Int) -> Int {
        let lead = bytes[index]
        if lead < 0x80 {
            return lead < 0x20 || lead == 0x7F ? (lead == 0 ? 0 : -1) : 1
        }
        return columns(of: codePoint(in: bytes, at: index))
    }

    /// The display width of a single-line string, ignoring control characters (psql's `pg_wcswidth`).
    public static func width(of text: String) -> Int {
        var text = text
        return text.withUTF8 { width(of: UnsafeRawBufferPointer($0)) }
    }

    /// The display width of single-line UTF-8 bytes, ignoring control characters.
    public static func width(of bytes: UnsafeRawBufferPointer) -> Int {
        var total = 0
        var index = 0
        while index < bytes.count {
            let length = sequenceLength(leadByte: bytes[index])
            if index + length > bytes.count { break }
            total += max(0, columns(in: bytes, at: index))
            index += length
        }
        return total
    }

    /// Binary search over flattened, sorted `[first, last, first, last, …]` ranges.
    private static func contains(_ codePoint: UInt32, in ranges: [UInt32]) -> Bool {
        var low = 0
        var high = ranges.count / 2 - 1
        guard high >= 0, codePoint >= ranges[0], codePoint <= ranges[ranges.count - 1] else { return false }
        while low <= high {
            let middle = (low + high) / 2
            if codePoint > ranges[2 * middle + 1] {
                low = middle + 1
            } else if codePoint < ranges[2 * middle] {
                high = middle - 1
            } else {
                return true
            }
        }
        return false
    }
}
