import SQLHelp

/// What the word before the cursor should be completed with (pure).
///
/// Decided from the text before the word: the meta-command being typed, or the
/// SQL keyword, punctuation and clause just before the cursor, as pgcli's
/// `suggest_type` does.
enum CompletionContext: Equatable, Sendable {
    /// Which catalog names to offer.
    enum Names: Equatable, Sendable {
        case none
        /// Tables and views (and schemas, to qualify them).
        case relations
        /// Tables only (and schemas): what `ALTER TABLE` takes.
        case tables
        /// Database names (`\c`).
        case databases
        /// Columns of these tables; all columns of a qualifier's table when one is typed.
        case columns([TableReference])
    }

    /// A backslash command name.
    case metaCommandName
    /// A `\pset` option name.
    case psetOption
    /// A value of `\pset`'s `option`.
    case psetValue(option: String)
    /// A file name (`\i`, `\o`, `\e`, `\w` …).
    case fileName
    /// SQL: these keywords and these catalog names.
    case sql(keywords: [String], names: Names)

    /// The context of a word typed after the meta-command `command` (no backslash),
    /// `argumentIndex` arguments already complete.
    static func metaArgument(command: String, argumentIndex: Int, previousArguments: [String]) -> CompletionContext {
        switch command {
        case "pset":
            if argumentIndex == 0 { return .psetOption }
            if argumentIndex == 1, let option = previousArguments.first { return .psetValue(option: option) }
            return .sql(keywords: [], names: .none)
        case "h", "help":
            return .sql(keywords: SQLHelp.nextWords(after: previousArguments), names: .none)
        case "x":
            return argumentIndex == 0 ? .psetValue(option: "expanded") : .sql(keywords: [], names: .none)
        case "c", "connect":
            return argumentIndex == 0 ? .sql(keywords: [], names: .databases) : .sql(keywords: [], names: .none)
        case "i", "include", "ir", "include_relative", "o", "out", "e", "edit", "w", "write", "g", "gx", "cd", "copy":
            return argumentIndex == 0 ? .fileName : .sql(keywords: [], names: .none)
        default:
            if command.hasPrefix("d") { return .sql(keywords: [], names: .relations) }
            return .sql(keywords: [], names: .none)
        }
    }

    /// The context of a SQL word whose text before it is `textBefore`
    /// (the statement so far, possibly several lines).
    static func sql(before textBefore: String) -> CompletionContext {
        let tokens = CompletionToken.currentStatement(textBefore)
        guard let last = tokens.last else { return .sql(keywords: SQLKeywords.statementStart, names: .none) }
        let references = TableReference.all(in: tokens)
        let clause = currentClause(tokens)
        let first = tokens.first?.word ?? ""
        let previous = tokens.count >= 2 ? tokens[tokens.count - 2] : nil

        switch last {
        case .word(let word, quoted: false):
            return afterKeyword(
                word, previous: previous, first: first, tokens: tokens, references: references, clause: clause)
        case .word, .literal:
            return afterName(previous: previous, clause: clause, references: references)
        case .symbol(let symbol):
            return afterSymbol(symbol, previous: previous, clause: clause, references: references)
        }
    }

    /// After an unquoted word: a keyword that decides what follows, or a name.
    private static func afterKeyword(
        _ word: String, previous: CompletionToken?, first: String, tokens: [CompletionToken],
        references: [TableReference], clause: String
    ) -> CompletionContext {
        let previousWord = previous?.word
        switch word {
        case "select", "distinct", "where", "and", "or", "not", "having", "when", "then", "else", "returning", "by":
            if word == "or", previousWord == "create" { return .sql(keywords: ["REPLACE"], names: .none) }
            if word == "not", previousWord == "if" { return .sql(keywords: ["EXISTS"], names: .none) }
            return .sql(
                keywords: SQLKeywords.expressionStart + (word == "select" ? ["DISTINCT"] : []),
                names: .columns(references))
        case "on":
            if first == "create" || first == "grant" || first == "revoke" {
                return .sql(keywords: ["TABLE"], names: .relations)
            }
            return .sql(keywords: [], names: .columns(references))
        case "set":
            if first == "update" { return .sql(keywords: [], names: .columns(references)) }
            return .sql(keywords: ["LOCAL", "SESSION", "TIME", "TRANSACTION"], names: .none)
        case "from", "join", "update", "into", "truncate", "copy", "lock":
            return .sql(keywords: word == "from" || word == "join" ? ["LATERAL", "ONLY"] : [], names: .relations)
        case "table", "view":
            if previousWord == "create" || previousWord == "temporary" || previousWord == "temp" {
                return .sql(keywords: ["IF"], names: .none)
            }
            if word == "table", previousWord == "alter" { return .sql(keywords: ["IF"], names: .tables) }
            return .sql(keywords: previousWord == "drop" ? ["IF"] : [], names: .relations)
        case "exists":
            if first == "alter", tokens.count >= 4, tokens[1].word == "table" {
                return .sql(keywords: [], names: .tables)
            }
            if tokens.count >= 3, ["drop", "alter"].contains(first) { return .sql(keywords: [], names: .relations) }
            return .sql(keywords: [], names: .none)
        case "create":
            return .sql(keywords: SQLKeywords.createObjects, names: .none)
        case "drop", "alter":
            return .sql(keywords: SQLKeywords.dropObjects, names: .none)
        case "index":
            if first == "create" { return .sql(keywords: ["ASYNC", "IF", "ON"], names: .none) }
            return .sql(keywords: [], names: .none)
        case "as", "limit", "offset", "values", "schema", "role", "function", "sequence", "domain", "replace":
            return .sql(keywords: [], names: .none)
        default:
            if let next = SQLKeywords.next[word] { return .sql(keywords: next, names: .none) }
            return afterName(previous: previous, clause: clause, references: references)
        }
    }

    /// After a name or literal: the keywords that can follow it in this clause.
    private static func afterName(previous: CompletionToken?, clause: String, references: [TableReference])
        -> CompletionContext
    {
        switch clause {
        case "from", "update", "into", "table", "join":
            return .sql(keywords: SQLKeywords.afterRelation, names: .none)
        case "select":
            return .sql(keywords: SQLKeywords.afterSelectExpression, names: .none)
        case "where", "having", "on":
            return .sql(keywords: SQLKeywords.afterCondition, names: .none)
        case "order", "group":
            return .sql(keywords: SQLKeywords.afterOrdering, names: .none)
        case "set":
            return .sql(keywords: ["FROM", "RETURNING", "WHERE"], names: .none)
        default:
            return .sql(keywords: [], names: .none)
        }
    }

    /// After punctuation: a list continues, a parenthesis opens, an operator wants an operand.
    private static func afterSymbol(
        _ symbol: Character, previous: CompletionToken?, clause: String,
        references: [TableReference]
    ) -> CompletionContext {
        switch symbol {
        case ",":
            if clause == "from" { return .sql(keywords: [], names: .relations) }
            return .sql(keywords: [], names: .columns(references))
        case "(":
            if clause == "into" || clause == "table" { return .sql(keywords: [], names: .columns(references)) }
            return .sql(keywords: ["SELECT"] + SQLKeywords.expressionStart, names: .columns(references))
        case "*" where previous?.isKeyword("select") == true:
            return .sql(keywords: ["FROM"], names: .none)
        case "=", "<", ">", "+", "-", "*", "/", "|", "%":
            return .sql(keywords: SQLKeywords.expressionStart, names: .columns(references))
        case ")":
            return afterName(previous: previous, clause: clause, references: references)
        default:
            return .sql(keywords: [], names: .none)
        }
    }

    /// The clause the statement is in: the last clause keyword outside parentheses
    /// opened later (lower case; `order`/`group` for ORDER BY/GROUP BY).
    static func currentClause(_ tokens: [CompletionToken]) -> String {
        let clauses: Set<String> = [
            "select", "from", "join", "where", "group", "order", "having", "limit", "set", "values", "returning",
            "on", "into", "update", "table",
        ]
        var depth = 0
        for token in tokens.reversed() {
            if token.isSymbol(")") { depth += 1 }
            if token.isSymbol("(") {
                if depth == 0 { continue }
                depth -= 1
            }
            guard depth == 0, case .word(let word, quoted: false) = token, clauses.contains(word) else { continue }
            return word == "join" ? "from" : word
        }
        return ""
    }
}
