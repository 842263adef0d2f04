/// One lexical token of SQL text, as far as the resilience logic needs to see it.
///
/// Comments and whitespace never become tokens, so statements can be recognised by
/// their leading words however they are written.
public struct SQLToken: Equatable, Sendable {
    /// What kind of token this is.
    public enum Kind: Equatable, Sendable {
        /// A keyword or unquoted identifier, folded to lower case.
        case word(String)
        /// A double-quoted identifier, with its quotes removed and `""` undoubled.
        case quotedIdentifier(String)
        /// A string constant (`'…'`, `E'…'`, `$tag$…$tag$`) or a number.
        case literal
        /// Any other single character, such as `=`, `,`, `.` or `;`.
        case symbol(Unicode.Scalar)
    }

    /// What kind of token this is.
    public var kind: Kind
    /// Where the token lies in the lexed text, in UTF-8 bytes.
    public var range: Range<Int>

    /// The folded word, when the token is a keyword or unquoted identifier.
    public var word: String? {
        if case .word(let word) = kind { return word }
        return nil
    }

    /// Whether this token is the given keyword (compared in lower case).
    public func isWord(_ keyword: String) -> Bool { word == keyword }

    /// Whether this token is the given symbol.
    public func isSymbol(_ symbol: Unicode.Scalar) -> Bool { kind == .symbol(symbol) }
}
