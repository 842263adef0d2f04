/// A table named in the statement (`FROM s.t AS a`), for column completion.
struct TableReference: Equatable, Sendable {
    var schema: String?
    var name: String
    var alias: String?

    /// The table references in `tokens`: after FROM, JOIN, UPDATE, INTO and TABLE,
    /// and each comma-separated item of a FROM list.
    static func all(in tokens: [CompletionToken]) -> [TableReference] {
        var references: [TableReference] = []
        var inFromList = false
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            index += 1
            let startsReference: Bool
            if let word = token.word, !isQuoted(token) {
                switch word {
                case "from", "join", "update", "into", "table", "truncate":
                    startsReference = true
                    inFromList = word == "from" || word == "join"
                case "where", "group", "order", "having", "limit", "set", "values", "select", "returning", "on",
                    "using":
                    startsReference = false
                    inFromList = false
                default:
                    startsReference = false
                }
            } else {
                startsReference = inFromList && token.isSymbol(",")
            }
            guard startsReference, let reference = read(tokens, at: &index) else { continue }
            references.append(reference)
        }
        return references
    }

    /// Reads `[schema .] name [[AS] alias]` at `index`.
    private static func read(_ tokens: [CompletionToken], at index: inout Int) -> TableReference? {
        guard index < tokens.count, let first = name(tokens[index]) else { return nil }
        index += 1
        var reference = TableReference(schema: nil, name: first, alias: nil)
        if index + 1 < tokens.count, tokens[index].isSymbol("."), let second = name(tokens[index + 1]) {
            reference = TableReference(schema: first, name: second, alias: nil)
            index += 2
        }
        if index < tokens.count, tokens[index].isKeyword("as") { index += 1 }
        if index < tokens.count, let alias = name(tokens[index]) {
            reference.alias = alias
            index += 1
        }
        return reference
    }

    /// The token as a name, nil for reserved words and non-words.
    private static func name(_ token: CompletionToken) -> String? {
        guard case .word(let text, let quoted) = token else { return nil }
        if !quoted && (SQLKeywords.reserved.contains(text) || text == "only") { return nil }
        return text
    }

    private static func isQuoted(_ token: CompletionToken) -> Bool {
        if case .word(_, quoted: true) = token { return true }
        return false
    }

    /// Whether `qualifier` names this reference (its alias, else its name).
    func matches(_ qualifier: String) -> Bool {
        if let alias { return alias == qualifier }
        return name == qualifier
    }
}
