/// Character classes shared by the SQL and meta-command lexers (psqlscan.l's
/// definitions, on UTF-8 bytes: every byte from 0x80 up counts as a letter).
@usableFromInline
enum ByteClass {
    /// `space`: blank, tab, newline, carriage return, form feed.
    @inline(__always)
    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
    }

    /// `newline`: line feed or carriage return.
    @inline(__always)
    static func isNewline(_ byte: UInt8) -> Bool { byte == 0x0A || byte == 0x0D }

    /// `ident_start` and `dolq_start`: a letter, underscore or high byte.
    @inlinable
    static func isIdentifierStart(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == 0x5F || byte >= 0x80
    }

    /// A decimal digit.
    @inlinable
    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// `variable_char` and `dolq_cont`: an identifier start or a digit.
    @inlinable
    static func isVariableChar(_ byte: UInt8) -> Bool { isIdentifierStart(byte) || isDigit(byte) }

    /// `ident_cont`: a variable character or `$`.
    @inlinable
    static func isIdentifierContinue(_ byte: UInt8) -> Bool { isVariableChar(byte) || byte == 0x24 }

    /// Whether the byte is an ASCII letter equal, ignoring case, to the lower-case letter `lower`.
    @inline(__always)
    static func matches(_ byte: UInt8?, _ lower: UInt8) -> Bool {
        guard let byte else { return false }
        return byte | 0x20 == lower
    }

    /// Whether every byte is ASCII (below 0x80), read eight at a time.
    static func isASCII(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { raw in
            var index = 0
            var high: UInt64 = 0
            while index + 8 <= raw.count {
                high |= raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                index += 8
            }
            while index < raw.count {
                high |= UInt64(raw[index])
                index += 1
            }
            return high & 0x8080_8080_8080_8080 == 0
        }
    }
}
