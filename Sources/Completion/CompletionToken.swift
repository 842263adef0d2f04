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
