import SQLScanner

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
        while let first = lexer.nextLexeme() {
            if first.kind == .symbol(UInt8(ascii: ";")) { continue }
            statements.append(read(from: &lexer, startingWith: first))
        }
        return statements
    }

    /// Reads the rest of a statement whose first token `lexer` has just found, through its `;`.
    static func read(from lexer: inout SQLLexer, startingWith first: SQLLexer.Lexeme) -> SQLStatement {
        var tokens = [lexer.token(first)]
        var end = first.range.upperBound
        while let lexeme = lexer.nextLexeme(), lexeme.kind != .symbol(UInt8(ascii: ";")) {
            tokens.append(lexer.token(lexeme))
            end = lexeme.range.upperBound
        }
        return SQLStatement(tokens: tokens, text: lexer.text(first.range.lowerBound..<end))
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
