/// One statement of a command string: its tokens and its text without surrounding comments.
///
/// A command string sent in one go (`-c 'a; b'`) may hold several statements;
/// ``SQLStatement/split(_:)`` separates them at top-level semicolons.
struct SQLStatement: Equatable, Sendable {
    /// The statement's tokens, without the terminating semicolon.
    var tokens: [SQLToken]
    /// The statement's text from its first token to its last, verbatim.
    var text: String

    /// Splits a command string into its non-empty statements, in order.
    static func split(_ commandString: String) -> [SQLStatement] {
        var lexer = SQLLexer(commandString)
        var statements: [SQLStatement] = []
        var current: [SQLToken] = []
        func finish() {
            if let first = current.first, let last = current.last {
                statements.append(SQLStatement(tokens: current, text: lexer.text(first.range.lowerBound..<last.range.upperBound)))
            }
            current = []
        }
        while let token = lexer.next() {
            if token.isSymbol(";") { finish() } else { current.append(token) }
        }
        finish()
        return statements
    }

    /// The first words of the statement, folded to lower case, up to `count` of them.
    ///
    /// Stops at the first token that is not a word.
    func leadingWords(_ count: Int) -> [String] {
        var words: [String] = []
        for token in tokens.prefix(count) {
            guard let word = token.word else { break }
            words.append(word)
        }
        return words
    }

    /// How this statement starts, ends or keeps a transaction.
    var transactionControl: TransactionControl? {
        TransactionControl(leadingWords: leadingWords(3), tokens: tokens)
    }
}
