import Testing

@testable import Completion

@Suite("TAB inside a string literal is a character")
struct LiteralTabTests {
    @Test(arguments: [
        ("select 'x", true),
        ("select 'it''s ", true),
        ("select E'a\\'b", true),
        ("select 'done' from ", false),
        ("select $$body ", true),
        ("select $fn$ a $$ b", true),
        ("select $fn$ a $fn$ from ", false),
        ("select \"Col", false),
        ("select 1 -- it's", false),
        ("select /* 'x */ a", false),
        ("select a$b from ", false),
        ("select e'a\\'b", true),
        ("select $1, 'x' from ", false),
        ("select 'a' || $q$ b", true),
        ("select /* a /* nested */ 'x' */ ", false),
        ("select 'x' -- 'y", false),
    ])
    func insideLiteral(text: String, expected: Bool) {
        #expect(LiteralTab.applies(pending: "", line: text) == expected)
    }

    @Test func earlierLinesOfTheStatementCount() {
        #expect(LiteralTab.applies(pending: "select 'first line", line: "second"))
        #expect(!LiteralTab.applies(pending: "select 'first' as a,", line: "b"))
    }

    @Test func metaCommandsKeepCompletingFileNames() {
        #expect(!LiteralTab.applies(pending: "", line: "\\copy t from 'data"))
    }
}
