/// A small SQL lexer that skips comments and understands every quoting form.
///
/// It is not a parser: it only finds words, quoted identifiers, literals and
/// symbols, so that statement boundaries and leading keywords can be read without
/// being fooled by `;` or `SET` inside strings, dollar quotes or comments.
/// Unterminated quotes and comments run to the end of the text.
///
/// It reads the text's UTF-8 bytes. Every delimiter is ASCII and no byte of a
/// multi-byte character is, so only identifier letters and whitespace outside
/// ASCII need a look at whole characters. ``nextLexeme()`` finds where a token
/// lies without building its text; ``token(_:)`` builds it when it is wanted.
public struct SQLLexer {
    /// Where a token lies and what kind it is, before its text is read.
    public struct Lexeme: Equatable {
        /// The kind of token, without its text.
        public enum Kind: Equatable {
            /// A keyword or unquoted identifier; `isASCII` when every byte of it is.
            case word(isASCII: Bool)
            /// A double-quoted identifier, quotes included.
            case quotedIdentifier
            /// A string constant or a number.
            case literal
            /// Any other single (ASCII) character.
            case symbol(UInt8)
        }

        /// The kind of token.
        public var kind: Kind
        /// Where it lies, in UTF-8 bytes.
        public var range: Range<Int>
    }

    private let bytes: [UInt8]
    private var position = 0
    /// Whether a string constant ran to the end of the text without its closing quote or tag.
    private var stringConstantLeftOpen = false

    /// Prepares to lex `text`.
    public init(_ text: String) {
        bytes = Array(text.utf8)
    }

    /// The text between two UTF-8 offsets, verbatim.
    public func text(_ range: Range<Int>) -> String {
        String(decoding: bytes[range.clamped(to: 0..<bytes.count)], as: UTF8.self)
    }

    /// Lexes the whole text.
    public mutating func tokens() -> [SQLToken] {
        var result: [SQLToken] = []
        while let token = next() { result.append(token) }
        return result
    }

    /// The next token, or nil at the end of the text.
    public mutating func next() -> SQLToken? {
        nextLexeme().map(token)
    }

    /// The token a lexeme found by this lexer stands for, with its text.
    public func token(_ lexeme: Lexeme) -> SQLToken {
        let kind: SQLToken.Kind
        switch lexeme.kind {
        case .word(let isASCII): kind = .word(foldedWord(lexeme.range, isASCII: isASCII))
        case .quotedIdentifier: kind = .quotedIdentifier(quotedIdentifierName(lexeme.range))
        case .literal: kind = .literal
        case .symbol(let byte): kind = .symbol(Unicode.Scalar(byte))
        }
        return SQLToken(kind: kind, range: lexeme.range)
    }

    /// Whether a word lexeme is one of `keywords` (lower-case ASCII), compared without building its text.
    ///
    /// A word with non-ASCII letters is never a keyword here.
    public func isASCIIWord(_ lexeme: Lexeme, oneOf keywords: [[UInt8]]) -> Bool {
        guard case .word(isASCII: true) = lexeme.kind else { return false }
        let word = bytes[lexeme.range]
        return keywords.contains { SQLBytes.equalsFolded(word, $0) }
    }

    /// Skips to just past the next top-level `;`, or to the end of the text.
    public mutating func skipStatement() {
        while let lexeme = nextLexeme(), lexeme.kind != .symbol(UInt8(ascii: ";")) {}
    }

    /// Finds the next token, or nil at the end of the text.
    public mutating func nextLexeme() -> Lexeme? {
        skipSpaceAndComments()
        guard position < bytes.count else { return nil }
        let start = position
        let byte = bytes[position]
        let kind: Lexeme.Kind
        switch byte {
        case UInt8(ascii: "'"):
            skipQuoted(backslashEscapes: false)
            kind = .literal
        case UInt8(ascii: "\""):
            skipQuotedIdentifier()
            kind = .quotedIdentifier
        case UInt8(ascii: "$") where dollarTagLength() != nil:
            skipDollarQuoted()
            kind = .literal
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            while position < bytes.count,
                SQLBytes.isIdentifierPart(bytes[position]) || bytes[position] == UInt8(ascii: ".")
            {
                position += 1
            }
            kind = .literal
        default:
            guard SQLBytes.isIdentifierStart(byte) else {
                position += 1
                return Lexeme(kind: .symbol(byte), range: start..<position)
            }
            var high: UInt8 = 0
            while position < bytes.count, SQLBytes.isIdentifierPart(bytes[position]) {
                high |= bytes[position]
                position += 1
            }
            if position < bytes.count, bytes[position] == UInt8(ascii: "'"), position - start == 1,
                let prefix = SQLBytes.stringPrefix(byte)
            {
                skipQuoted(backslashEscapes: prefix == UInt8(ascii: "e"))
                kind = .literal
            } else {
                kind = .word(isASCII: high < 0x80)
            }
        }
        return Lexeme(kind: kind, range: start..<position)
    }

    /// Reads to the end of the text and tells whether it ends inside a string constant
    /// (`'…`, `E'…`, `$tag$…`) whose closing quote or tag has not come yet.
    ///
    /// An open quoted identifier (`"…`) or comment does not count: completion uses this
    /// to decide that TAB is a character typed into a string.
    public mutating func endsInsideStringConstant() -> Bool {
        while nextLexeme() != nil {}
        return stringConstantLeftOpen
    }

    /// Skips whitespace and comments, then reads the run of ASCII letters that follows, folded to
    /// lower case; empty when no letter follows.
    ///
    /// These are the words psql's `command_no_begin` reads: only ASCII whitespace is
    /// skipped, and a word ends at the first byte that is not a letter (`begin1` reads as `begin`).
    public mutating func nextLetters() -> String {
        skipSpaceAndComments(skippingUnicodeWhitespace: false)
        let start = position
        while position < bytes.count, SQLBytes.isASCIILetter(bytes[position]) { position += 1 }
        return String(decoding: bytes[start..<position].map(SQLBytes.lowercased), as: UTF8.self)
    }

    /// Skips whitespace (non-ASCII whitespace too unless told otherwise), `--` comments and `/* */` comments.
    private mutating func skipSpaceAndComments(skippingUnicodeWhitespace: Bool = true) {
        while position < bytes.count {
            let byte = bytes[position]
            if SQLBytes.isASCIIWhitespace(byte) {
                position += 1
            } else if byte == UInt8(ascii: "-"), peek(1) == UInt8(ascii: "-") {
                while position < bytes.count, bytes[position] != UInt8(ascii: "\n") { position += 1 }
            } else if byte == UInt8(ascii: "/"), peek(1) == UInt8(ascii: "*") {
                skipBlockComment()
            } else if skippingUnicodeWhitespace, byte >= 0x80,
                let length = SQLBytes.whitespaceLength(bytes, at: position)
            {
                position += length
            } else {
                return
            }
        }
    }

    /// Skips a `/* … */` comment; PostgreSQL nests them.
    private mutating func skipBlockComment() {
        var depth = 0
        while position < bytes.count {
            if bytes[position] == UInt8(ascii: "/"), peek(1) == UInt8(ascii: "*") {
                depth += 1
                position += 2
            } else if bytes[position] == UInt8(ascii: "*"), peek(1) == UInt8(ascii: "/") {
                depth -= 1
                position += 2
                if depth == 0 { return }
            } else {
                position += 1
            }
        }
    }

    /// Skips a single-quoted string starting at the quote; `''` is a quote inside it.
    private mutating func skipQuoted(backslashEscapes: Bool) {
        position += 1
        while position < bytes.count {
            let byte = bytes[position]
            if backslashEscapes, byte == UInt8(ascii: "\\") {
                position += 2
            } else if byte == UInt8(ascii: "'") {
                position += 1
                guard position < bytes.count, bytes[position] == UInt8(ascii: "'") else { return }
                position += 1
            } else {
                position += 1
            }
        }
        position = min(position, bytes.count)
        stringConstantLeftOpen = true
    }

    /// Skips a double-quoted identifier starting at the quote; `""` is a quote inside it.
    private mutating func skipQuotedIdentifier() {
        position += 1
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            if byte == UInt8(ascii: "\"") {
                guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else { return }
                position += 1
            }
        }
    }

    /// The length of a dollar-quote tag (`$$`, `$body$`) starting here, or nil.
    private func dollarTagLength() -> Int? {
        var end = position + 1
        if end < bytes.count, SQLBytes.isIdentifierStart(bytes[end]) {
            end += 1
            while end < bytes.count, SQLBytes.isDollarTagPart(bytes[end]) { end += 1 }
        }
        guard end < bytes.count, bytes[end] == UInt8(ascii: "$") else { return nil }
        return end - position + 1
    }

    /// Skips a dollar-quoted string, from its opening tag to the same closing tag.
    private mutating func skipDollarQuoted() {
        guard let length = dollarTagLength() else { return }
        let tag = bytes[position..<position + length]
        position += length
        while position < bytes.count {
            if bytes[position] == UInt8(ascii: "$"), position + length <= bytes.count,
                bytes[position..<position + length].elementsEqual(tag)
            {
                position += length
                return
            }
            position += 1
        }
        stringConstantLeftOpen = true
    }

    private func peek(_ offset: Int) -> UInt8? {
        position + offset < bytes.count ? bytes[position + offset] : nil
    }

    /// A word folded to lower case: ASCII letters directly, anything else by Unicode's rules.
    private func foldedWord(_ range: Range<Int>, isASCII: Bool) -> String {
        guard isASCII else { return text(range).lowercased() }
        return String(unsafeUninitializedCapacity: range.count) { buffer in
            for (offset, byte) in bytes[range].enumerated() { buffer[offset] = SQLBytes.lowercased(byte) }
            return range.count
        }
    }

    /// A quoted identifier's name: the text between its quotes with `""` undoubled.
    private func quotedIdentifierName(_ range: Range<Int>) -> String {
        var name: [UInt8] = []
        var index = range.lowerBound + 1
        while index < range.upperBound {
            let byte = bytes[index]
            index += 1
            if byte == UInt8(ascii: "\"") {
                guard index < range.upperBound, bytes[index] == UInt8(ascii: "\"") else { break }
                index += 1
            }
            name.append(byte)
        }
        return String(decoding: name, as: UTF8.self)
    }
}
