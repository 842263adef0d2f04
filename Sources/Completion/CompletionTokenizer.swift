/// Splits SQL text into `CompletionToken`s, forgivingly (pure).
///
/// Unterminated quotes and comments simply run to the end; the tokenizer never
/// fails, whatever prefix of a statement it is given.
enum CompletionTokenizer {
    /// The tokens of the statement the text ends in: everything after the last `;`.
    static func currentStatement(_ text: String) -> [CompletionToken] {
        let all = tokens(text)
        guard let last = all.lastIndex(where: { $0.isSymbol(";") }) else { return all }
        return Array(all[all.index(after: last)...])
    }

    /// All tokens of `text`.
    static func tokens(_ text: String) -> [CompletionToken] {
        let characters = Array(text)
        var tokens: [CompletionToken] = []
        var index = 0
        func skip(until end: String) {
            let terminator = Array(end)
            while index < characters.count {
                if characters[index...].starts(with: terminator) {
                    index += terminator.count
                    return
                }
                index += 1
            }
        }
        while index < characters.count {
            let character = characters[index]
            if character.isWhitespace {
                index += 1
            } else if character == "-", index + 1 < characters.count, characters[index + 1] == "-" {
                skip(until: "\n")
            } else if character == "/", index + 1 < characters.count, characters[index + 1] == "*" {
                index += 2
                skip(until: "*/")
            } else if character == "'" {
                index += 1
                skip(until: "'")
                tokens.append(.literal)
            } else if character == "\"" {
                index += 1
                let start = index
                while index < characters.count, characters[index] != "\"" { index += 1 }
                tokens.append(.word(String(characters[start..<index]), quoted: true))
                index += 1
            } else if character == "$", let tag = dollarTag(characters, at: index) {
                index += tag.count
                skip(until: tag)
                tokens.append(.literal)
            } else if character.isNumber || (character == "$" && index + 1 < characters.count && characters[index + 1].isNumber) {
                index += 1
                while index < characters.count, characters[index].isNumber || characters[index] == "." { index += 1 }
                tokens.append(.literal)
            } else if isIdentifierStart(character) {
                let start = index
                while index < characters.count, isIdentifierPart(characters[index]) { index += 1 }
                tokens.append(.word(String(characters[start..<index]).lowercased(), quoted: false))
            } else {
                tokens.append(.symbol(character))
                index += 1
            }
        }
        return tokens
    }

    /// `$tag$` starting at `index`, when there is one.
    private static func dollarTag(_ characters: [Character], at index: Int) -> String? {
        var end = index + 1
        while end < characters.count, characters[end] != "$" {
            guard isIdentifierPart(characters[end]), !(end == index + 1 && characters[end].isNumber) else { return nil }
            end += 1
        }
        guard end < characters.count else { return nil }
        return String(characters[index...end])
    }

    static func isIdentifierStart(_ character: Character) -> Bool {
        character.isLetter || character == "_"
    }

    static func isIdentifierPart(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "_" || character == "$"
    }
}
