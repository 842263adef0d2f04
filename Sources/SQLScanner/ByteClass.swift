/// Character classes shared by the SQL and meta-command lexers (psqlscan.l's
/// definitions, on UTF-8 bytes: every byte from 0x80 up counts as a letter).
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
    @inline(__always)
    static func isIdentifierStart(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == 0x5F || byte >= 0x80
    }

    /// A decimal digit.
    @inline(__always)
    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// `variable_char` and `dolq_cont`: an identifier start or a digit.
    @inline(__always)
    static func isVariableChar(_ byte: UInt8) -> Bool { isIdentifierStart(byte) || isDigit(byte) }

    /// `ident_cont`: a variable character or `$`.
    @inline(__always)
    static func isIdentifierContinue(_ byte: UInt8) -> Bool { isVariableChar(byte) || byte == 0x24 }

    /// Whether the byte is an ASCII letter equal, ignoring case, to `lower`.
    @inline(__always)
    static func matches(_ byte: UInt8?, _ lower: Character) -> Bool {
        guard let byte, let ascii = lower.asciiValue else { return false }
        return byte == ascii || byte == ascii - 32
    }
}
