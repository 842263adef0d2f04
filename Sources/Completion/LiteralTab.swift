import SQLScanner

/// Where TAB is a character, not a request to complete: inside a string literal.
///
/// Reads the statement typed so far (earlier lines and the line before the cursor) with
/// the one SQL lexer (`SQLLexer`), which knows every quoting form: `'…'` (with `''` and,
/// in `E'…'`, `\'`), `$tag$…$tag$`, `"…"`, `-- …` and `/* … */`. A meta-command line (`\copy … 'file`)
/// keeps completing: psql completes file names there.
public enum LiteralTab {
    /// Whether the cursor, after `pending` and then `line`, sits inside a string literal.
    public static func applies(pending: String, line: String) -> Bool {
        if line.drop(while: { $0 == " " || $0 == "\t" }).hasPrefix("\\") { return false }
        return insideStringLiteral(pending.isEmpty ? line : pending + "\n" + line)
    }

    /// Whether `text` ends inside a single-quoted or dollar-quoted string.
    static func insideStringLiteral(_ text: String) -> Bool {
        var lexer = SQLLexer(text)
        return lexer.endsInsideStringConstant()
    }
}
