import SQLScanner
import Testing

/// Whole texts fed at once (psql's `-c` meta-commands, `\e` results,
/// variable values): newlines are ordinary input there.
@Suite struct MultiLineTextTests {
    /// Every statement and the remainder of a text fed in one piece.
    func statements(_ text: String, standardConformingStrings: Bool = true) -> [String] {
        var scanner = StatementScanner(standardConformingStrings: standardConformingStrings)
        scanner.feed(text: text)
        var out: [String] = []
        while case .semicolon(let sql) = scanner.next() { out.append(sql) }
        if let rest = scanner.finish() { out.append(rest) }
        return out
    }

    @Test func escapeStringContinuesAcrossANewlineInOneText() {
        // The second part continues the E'' literal, so \' is an escaped quote.
        #expect(statements("select E'a\\\\'\n'b\\'c'; select 2;") == ["select E'a\\\\'\n'b\\'c';", "select 2;"])
    }

    @Test func continuationNeedsANewlineBetweenTheParts() {
        // Without a newline the second quote starts a new plain literal,
        // whose \' does not escape (standard_conforming_strings on).
        #expect(statements("select E'a' 'b\\'; select 2;") == ["select E'a' 'b\\';", "select 2;"])
    }

    @Test func commentsMayStandBetweenContinuedParts() {
        #expect(statements("select E'x' -- c\n  'y\\'z'; select 3;") == ["select E'x' -- c\n  'y\\'z';", "select 3;"])
    }

    @Test func newlinesInsideATextKeepLeadingCommentRules() {
        #expect(statements("-- lead\n  select 1;\n  -- mid\nselect 2;") == ["select 1;", "select 2;"])
    }

    @Test func offStandardStringsAlsoApplyToContinuations() {
        #expect(
            statements("select 'a'\n'\\''; select 4;", standardConformingStrings: false)
                == ["select 'a'\n'\\'';", "select 4;"])
    }
}
