/// Drops bytes psql would not print from UTF-8 text (psql's `mbvalidate`).
///
/// psql runs every header and cell through this check before printing, in all
/// formats: each byte that does not start an acceptable sequence is deleted.
/// Acceptable means well-formed enough by psql's rules, quirks included: its
/// noncharacter test reads the wrong byte, so U+FFFE passes while some
/// surrogates (ED A0..A3/B0..B3 xx) are dropped — so output matches psql byte for byte.
enum UTF8Cleaner {
    /// Whether the bytes need no cleaning; true for all-ASCII text without a scan of sequences.
    static func isClean(_ bytes: UnsafeRawBufferPointer) -> Bool {
        var index = 0
        // ASCII text, eight bytes at a time.
        if let base = bytes.baseAddress {
            while index + 8 <= bytes.count
                && base.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0
            {
                index += 8
            }
        }
        while index < bytes.count {
            if bytes[index] < 0x80 {
                index += 1
                continue
            }
            let length = acceptedLength(bytes, at: index)
            if length < 0 { return false }
            index += length
        }
        return true
    }

    /// The bytes with every unacceptable byte removed.
    static func cleaned(_ bytes: UnsafeRawBufferPointer) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let length = acceptedLength(bytes, at: index)
            if length < 0 {
                index += 1
            } else {
                result.append(contentsOf: bytes[index..<index + length])
                index += length
            }
        }
        return result
    }

    /// Calls `body` with the bytes psql would print for `bytes`: the same buffer when clean.
    static func withCleanBytes<R>(_ bytes: UnsafeRawBufferPointer, _ body: (UnsafeRawBufferPointer) throws -> R)
        rethrows -> R
    {
        if isClean(bytes) { return try body(bytes) }
        let repaired = cleaned(bytes)
        return try repaired.withUnsafeBytes { try body($0) }
    }

    /// Calls `body` with what psql prints for a cell: `null` for NULL, else the cleaned bytes.
    ///
    /// A static function of a non-generic type, so generic formatters call it per cell
    /// without looking up generic metadata, and closures passing it capture no formatter.
    static func withPrintable<R>(
        _ cell: UnsafeRawBufferPointer?, null: [UInt8],
        _ body: (UnsafeRawBufferPointer) throws -> R
    ) rethrows -> R {
        guard let cell else { return try null.withUnsafeBytes { try body($0) } }
        return try withCleanBytes(cell, body)
    }

    /// Length of the acceptable sequence at `index`, or -1 when the byte must be dropped.
    ///
    /// Mirrors the acceptance rules of psql 15's `utf_charcheck`, quirks included
    /// (its noncharacter test combines the second byte with the first).
    private static func acceptedLength(_ bytes: UnsafeRawBufferPointer, at index: Int) -> Int {
        func byte(_ offset: Int) -> Int {
            index + offset < bytes.count ? Int(bytes[index + offset]) : 0
        }
        let first = byte(0)
        let isContinuation = { (value: Int) in value & 0xC0 == 0x80 }
        if first & 0x80 == 0 { return 1 }
        if first & 0xE0 == 0xC0 {
            return isContinuation(byte(1)) && first & 0x1F > 0x01 ? 2 : -1
        }
        if first & 0xF0 == 0xE0 {
            let second = byte(1)
            guard isContinuation(second), first & 0x0F != 0 || second & 0x20 == 0x20, isContinuation(byte(2)) else {
                return -1
            }
            let plane = first & 0x0F
            let mixed = (second & 0x3F) << 6 | (first & 0x3F)
            let low = mixed & 0x7F
            let rejectedInPlaneF =
                plane == 0x0F
                && (mixed & 0xFFE == 0xFFE || (mixed & 0xF80 == 0xD80 && low >= 0x30 && low <= 0x4F))
            let rejectedSurrogate = plane == 0x0D && mixed & 0xB00 == 0x800
            return rejectedInPlaneF || rejectedSurrogate ? -1 : 3
        }
        if first & 0xF8 == 0xF0 {
            let second = byte(1)
            let third = byte(2)
            let fourth = byte(3)
            let planeBits = (first & 0x07) << 2 | (second & 0x30) >> 4
            guard isContinuation(second), planeBits > 0, planeBits <= 0x10, isContinuation(third),
                isContinuation(fourth)
            else {
                return -1
            }
            let isNoncharacter = second & 0x0F == 0x0F && third & 0x3F == 0x3F && fourth & 0x3E == 0x3E
            return isNoncharacter ? -1 : 4
        }
        return -1
    }
}
