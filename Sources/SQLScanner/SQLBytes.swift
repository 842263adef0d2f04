/// Byte classes of SQL text in UTF-8, for ``SQLLexer`` and the code that reads its tokens.
///
/// Identifier and dollar-quote bytes are ``ByteClass``'s, the statement scanner's
/// definitions. Any byte from 0x80 up belongs to a character outside ASCII, and every such
/// character counts as an identifier letter (as in PostgreSQL), except at the
/// start of a token, where Unicode whitespace is skipped.
public enum SQLBytes {
    /// Whether a byte can start an unquoted identifier: a letter, `_`, or part of a non-ASCII character
    /// (psqlscan.l's `ident_start`, the statement scanner's definition).
    @inlinable
    public static func isIdentifierStart(_ byte: UInt8) -> Bool { ByteClass.isIdentifierStart(byte) }

    /// Whether a byte can continue an unquoted identifier: also digits and `$` (`ident_cont`).
    @inlinable
    public static func isIdentifierPart(_ byte: UInt8) -> Bool { ByteClass.isIdentifierContinue(byte) }

    /// Whether a byte can continue a dollar-quote tag: an identifier byte other than `$` (`dolq_cont`).
    @inlinable
    public static func isDollarTagPart(_ byte: UInt8) -> Bool { ByteClass.isVariableChar(byte) }

    /// Whether a byte is an ASCII letter.
    @inlinable
    public static func isASCIILetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
    }

    /// Whether a byte is ASCII whitespace in Unicode's sense: tab, line feed, vertical tab, form feed, return, space.
    @inlinable
    public static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || (0x09...0x0D).contains(byte)
    }

    /// An ASCII upper-case letter made lower case; any other byte unchanged.
    @inlinable
    public static func lowercased(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte | 0x20 : byte
    }

    /// Whether ASCII `word` equals the lower-case `keyword` once its letters are folded to lower case.
    @inlinable
    public static func equalsFolded(_ word: some Collection<UInt8>, _ keyword: [UInt8]) -> Bool {
        word.count == keyword.count && zip(word, keyword).allSatisfy { lowercased($0) == $1 }
    }

    /// The lower-case prefix letter when a one-letter word before a quote makes a string constant (`E'…'`, `B'…'`, `X'…'`, `N'…'`).
    @inlinable
    public static func stringPrefix(_ byte: UInt8) -> UInt8? {
        let letter = lowercased(byte)
        switch letter {
        case UInt8(ascii: "e"), UInt8(ascii: "b"), UInt8(ascii: "x"), UInt8(ascii: "n"): return letter
        default: return nil
        }
    }

    /// The length in bytes of the non-ASCII whitespace character (such as U+00A0 or U+3000) at `index`, or nil.
    ///
    /// `bytes` is valid UTF-8 and `index` is at the start of a character.
    public static func whitespaceLength(_ bytes: [UInt8], at index: Int) -> Int? {
        let lead = bytes[index]
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        guard index + length <= bytes.count else { return nil }
        var value = UInt32(lead) & (0xFF >> (length + 1))
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        guard let scalar = Unicode.Scalar(value), scalar.properties.isWhitespace else { return nil }
        return length
    }
}
