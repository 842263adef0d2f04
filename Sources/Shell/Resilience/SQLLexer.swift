/// A small SQL lexer that skips comments and understands every quoting form.
///
/// It is not a parser: it only finds words, quoted identifiers, literals and
/// symbols, so that statement boundaries and leading keywords can be read without
/// being fooled by `;` or `SET` inside strings, dollar quotes or comments.
/// Unterminated quotes and comments run to the end of the text.
struct SQLLexer {
    private let scalars: [Unicode.Scalar]
    private var position = 0

    /// Prepares to lex `text`.
    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
    }

    /// The text between two scalar offsets, verbatim.
    func text(_ range: Range<Int>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[range.clamped(to: 0..<scalars.count)])
        return String(view)
    }

    /// Lexes the whole text.
    mutating func tokens() -> [SQLToken] {
        var result: [SQLToken] = []
        while let token = next() { result.append(token) }
        return result
    }

    /// The next token, or nil at the end of the text.
    mutating func next() -> SQLToken? {
        skipSpaceAndComments()
        guard position < scalars.count else { return nil }
        let start = position
        let scalar = scalars[position]
        switch scalar {
        case "'":
            skipQuoted(backslashEscapes: false)
            return SQLToken(kind: .literal, range: start..<position)
        case "\"":
            let name = quotedIdentifier()
            return SQLToken(kind: .quotedIdentifier(name), range: start..<position)
        case "$" where dollarTagLength() != nil:
            skipDollarQuoted()
            return SQLToken(kind: .literal, range: start..<position)
        case "0"..."9":
            while position < scalars.count, Self.isIdentifierPart(scalars[position]) || scalars[position] == "." {
                position += 1
            }
            return SQLToken(kind: .literal, range: start..<position)
        default:
            guard Self.isIdentifierStart(scalar) else {
                position += 1
                return SQLToken(kind: .symbol(scalar), range: start..<position)
            }
            while position < scalars.count, Self.isIdentifierPart(scalars[position]) { position += 1 }
            let word = text(start..<position).lowercased()
            if position < scalars.count, scalars[position] == "'", ["e", "b", "x", "n"].contains(word) {
                skipQuoted(backslashEscapes: word == "e")
                return SQLToken(kind: .literal, range: start..<position)
            }
            return SQLToken(kind: .word(word), range: start..<position)
        }
    }

    private mutating func skipSpaceAndComments() {
        while position < scalars.count {
            let scalar = scalars[position]
            if scalar.properties.isWhitespace {
                position += 1
            } else if scalar == "-", peek(1) == "-" {
                while position < scalars.count, scalars[position] != "\n" { position += 1 }
            } else if scalar == "/", peek(1) == "*" {
                skipBlockComment()
            } else {
                return
            }
        }
    }

    /// Skips a `/* … */` comment; PostgreSQL nests them.
    private mutating func skipBlockComment() {
        var depth = 0
        while position < scalars.count {
            if scalars[position] == "/", peek(1) == "*" {
                depth += 1
                position += 2
            } else if scalars[position] == "*", peek(1) == "/" {
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
        while position < scalars.count {
            let scalar = scalars[position]
            if backslashEscapes, scalar == "\\" {
                position += 2
            } else if scalar == "'" {
                position += 1
                guard position < scalars.count, scalars[position] == "'" else { return }
                position += 1
            } else {
                position += 1
            }
        }
        position = min(position, scalars.count)
    }

    /// Reads a double-quoted identifier starting at the quote.
    private mutating func quotedIdentifier() -> String {
        position += 1
        var view = String.UnicodeScalarView()
        while position < scalars.count {
            let scalar = scalars[position]
            position += 1
            if scalar == "\"" {
                guard position < scalars.count, scalars[position] == "\"" else { break }
                position += 1
            }
            view.append(scalar)
        }
        return String(view)
    }

    /// The length of a dollar-quote tag (`$$`, `$body$`) starting here, or nil.
    private func dollarTagLength() -> Int? {
        var end = position + 1
        if end < scalars.count, Self.isIdentifierStart(scalars[end]) {
            while end < scalars.count, Self.isIdentifierPart(scalars[end]), scalars[end] != "$" { end += 1 }
        }
        guard end < scalars.count, scalars[end] == "$" else { return nil }
        return end - position + 1
    }

    /// Skips a dollar-quoted string, from its opening tag to the same closing tag.
    private mutating func skipDollarQuoted() {
        guard let length = dollarTagLength() else { return }
        let tag = Array(scalars[position..<position + length])
        position += length
        while position < scalars.count {
            if scalars[position] == "$", position + length <= scalars.count,
               Array(scalars[position..<position + length]) == tag {
                position += length
                return
            }
            position += 1
        }
    }

    private func peek(_ offset: Int) -> Unicode.Scalar? {
        position + offset < scalars.count ? scalars[position + offset] : nil
    }

    private static func isIdentifierStart(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "_" || scalar.properties.isAlphabetic || scalar.value >= 0x80
    }

    private static func isIdentifierPart(_ scalar: Unicode.Scalar) -> Bool {
        isIdentifierStart(scalar) || scalar == "$" || ("0"..."9").contains(scalar)
    }
}
