import SQLScanner

/// Whether a statement goes to the server without a `BEGIN` before it when `AUTOCOMMIT` is off.
///
/// psql 15's `command_no_begin`: transaction control, and the commands that cannot run
/// inside a transaction block, are sent as they are. Leading whitespace and comments
/// are skipped, and words are runs of ASCII letters, exactly as psql reads them.
public enum ImplicitBegin {
    /// Whether `sql` is sent without an implicit `BEGIN` (when no transaction is open).
    public static func isSkipped(for sql: String) -> Bool {
        var lexer = SQLLexer(sql)
        switch lexer.nextLetters() {
        case "abort", "begin", "start", "commit", "end", "rollback", "vacuum":
            return true
        case "prepare":
            return lexer.nextLetters() == "transaction"
        case "cluster":
            return lexer.nextLetters().isEmpty
        case "create":
            var word = lexer.nextLetters()
            if word == "database" || word == "tablespace" { return true }
            if word == "unique" { word = lexer.nextLetters() }
            return word == "index" && lexer.nextLetters() == "concurrently"
        case "alter":
            return lexer.nextLetters() == "system"
        case "drop", "reindex":
            let word = lexer.nextLetters()
            if word == "database" || word == "system" || word == "tablespace" { return true }
            return (word == "index" || word == "table") && lexer.nextLetters() == "concurrently"
        case "discard":
            return lexer.nextLetters() == "all"
        default:
            return false
        }
    }
}
