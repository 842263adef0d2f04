import SQLScanner

/// One token of SQL text before the cursor, as completion sees it.
///
/// Words are lower-cased unless they were double-quoted; string literals,
/// numbers and comments are reduced to a marker or dropped, so nothing inside
/// them is mistaken for a keyword.
enum CompletionToken: Equatable, Sendable {
    /// An identifier or keyword; `quoted` when it was written in double quotes.
    case word(String, quoted: Bool)
    /// One punctuation or operator character: `( ) , . ; = < > * + -` …
    case symbol(Character)
    /// A string literal, number or parameter.
    case literal

    /// The word's text, nil for other tokens.
    var word: String? {
        if case .word(let text, _) = self { return text }
        return nil
    }

    /// Whether this is the unquoted keyword `keyword` (lower case).
    func isKeyword(_ keyword: String) -> Bool {
        if case .word(let text, quoted: false) = self { return text == keyword }
        return false
    }

    /// Whether this is the symbol `character`.
    func isSymbol(_ character: Character) -> Bool {
        if case .symbol(let symbol) = self { return symbol == character }
        return false
    }
}

extension CompletionToken {
    /// The tokens of the statement `text` ends in: everything after the last `;`.
    static func currentStatement(_ text: String) -> [CompletionToken] {
        let all = tokens(text)
        guard let last = all.lastIndex(where: { $0.isSymbol(";") }) else { return all }
        return Array(all[all.index(after: last)...])
    }

    /// All tokens of `text`, as ``SQLLexer`` reads them; a parameter (`$1`) is one literal.
    ///
    /// Unterminated quotes and comments run to the end, so any prefix of a statement lexes.
    static func tokens(_ text: String) -> [CompletionToken] {
        var lexer = SQLLexer(text)
        var tokens: [CompletionToken] = []
        var dollarEnd: Int?
        while let token = lexer.next() {
            defer { dollarEnd = token.kind == .symbol("$") ? token.range.upperBound : nil }
            switch token.kind {
            case .word(let word):
                tokens.append(.word(word, quoted: false))
            case .quotedIdentifier(let name):
                tokens.append(.word(name, quoted: true))
            case .literal
            where dollarEnd == token.range.lowerBound && lexer.text(token.range).first?.isWholeNumber == true:
                tokens[tokens.count - 1] = .literal
            case .literal:
                tokens.append(.literal)
            case .symbol(let symbol):
                tokens.append(.symbol(Character(symbol)))
            }
        }
        return tokens
    }
}
