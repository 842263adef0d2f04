import SQLScanner
import Testing

/// What psql's `%R` shows after a line, and the parenthesis depth.
@Suite struct PromptStatusTests {
    static let cases: [(line: String, prompt: PromptStatus, symbol: Character)] = [
        ("", .ready, "="),
        ("select 1;", .ready, "="),
        ("-- only a comment", .ready, "="),
        ("select 1", .continue, "-"),
        ("select 'abc", .singleQuote, "'"),
        ("select E'abc\\'", .singleQuote, "'"),
        ("select B'01", .singleQuote, "'"),
        ("select X'0f", .singleQuote, "'"),
        ("select U&'x", .singleQuote, "'"),
        ("select \"abc", .doubleQuote, "\""),
        ("select U&\"abc", .doubleQuote, "\""),
        ("select $$abc", .dollarQuote, "$"),
        ("select $f$ $g$ ", .dollarQuote, "$"),
        ("select /* abc", .comment, "*"),
        ("select /* a /* b */", .comment, "*"),
        ("select (1,", .parenthesis, "("),
        ("create function f() returns int begin atomic select 1;", .continue, "-"),
    ]

    @Test(arguments: cases)
    func promptShowsWhatIsStillOpen(line: String, prompt: PromptStatus, symbol: Character) {
        var scanner = StatementScanner()
        scanner.feed(line: line)
        while case .semicolon = scanner.next() {}
        #expect(scanner.prompt == prompt)
        #expect(scanner.prompt.symbol == symbol)
    }

    @Test func parenthesisDepthCountsOpenParentheses() {
        var scanner = StatementScanner()
        scanner.feed(line: "select ((1), (")
        #expect(scanner.next() == .incomplete)
        #expect(scanner.parenthesisDepth == 2)
        scanner.feed(line: "2))")
        #expect(scanner.next() == .endOfLine)
        #expect(scanner.parenthesisDepth == 0)
        #expect(scanner.prompt == .continue)
    }

    @Test func extraClosingParenthesisDoesNotGoNegative() {
        var scanner = StatementScanner()
        scanner.feed(line: "select 1)) (")
        _ = scanner.next()
        #expect(scanner.parenthesisDepth == 1)
    }

    @Test func beginAtomicBodyStaysOpenUntilEnd() {
        var scanner = StatementScanner()
        scanner.feed(line: "create procedure p() begin atomic")
        #expect(scanner.next() == .incomplete)
        #expect(scanner.beginDepth == 1)
        scanner.feed(line: "select case when true then 1 end;")
        #expect(scanner.next() == .incomplete)
        scanner.feed(line: "end;")
        #expect(
            scanner.next()
                == .semicolon(
                    "create procedure p() begin atomic\nselect case when true then 1 end;\nend;"))
        #expect(scanner.beginDepth == 0)
    }

    @Test func beginOutsideRoutineDefinitionIsATransaction() {
        var scanner = StatementScanner()
        scanner.feed(line: "begin; select 1;")
        #expect(scanner.next() == .semicolon("begin;"))
        #expect(scanner.next() == .semicolon("select 1;"))
    }

    @Test func inQuoteIsTrueInsideQuotesAndComments() {
        var scanner = StatementScanner()
        scanner.feed(line: "select '")
        _ = scanner.next()
        #expect(scanner.isInQuote)
        scanner.feed(line: "' /*")
        _ = scanner.next()
        #expect(scanner.isInQuote)
        scanner.feed(line: "*/")
        _ = scanner.next()
        #expect(!scanner.isInQuote)
    }
}
