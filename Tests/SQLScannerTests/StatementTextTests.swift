import SQLScanner
import Testing

/// The exact text of each statement: what psql 15 sends (checked with
/// `psql -X -e` against a PostgreSQL 15 server).
@Suite struct StatementTextTests {
    @Test func leadingBlankLinesAndDashCommentsAreDroppedButInnerOnesKept() {
        var driver = ScriptDriver()
        let events = driver.run("-- lead\n\n  select 1 -- c\n\n  ;  -- trailing\n")
        #expect(events == [.statement("select 1 -- c\n  ;")])
    }

    @Test func blockCommentsAreKeptEvenAtTheStart() {
        var driver = ScriptDriver()
        #expect(
            driver.run("/* hi */ select 1;\nselect /* x */ 2;") == [
                .statement("/* hi */ select 1;"), .statement("select /* x */ 2;"),
            ])
    }

    @Test func escapedSemicolonGoesIntoTheBufferWithoutEndingTheStatement() {
        var driver = ScriptDriver()
        #expect(driver.run("select 3 \\; select 4;") == [.statement("select 3 ; select 4;")])
    }

    @Test func escapedColonIsNotAVariable() {
        var driver = ScriptDriver()
        driver.run("\\set x 1\nselect \\:x;")
        #expect(driver.events.last == .statement("select :x;"))
    }

    @Test func textAfterTheLastSemicolonIsReturnedAtEndOfInput() {
        var driver = ScriptDriver()
        #expect(driver.run("select 1;\nselect\n2") == [.statement("select 1;"), .unterminated("select\n2")])
    }

    @Test func whitespaceOnlyLeftoverIsNotAStatement() {
        var driver = ScriptDriver()
        #expect(driver.run("select 1;   \n\n  -- bye\n") == [.statement("select 1;")])
    }

    @Test func stringContinuationAcrossLinesIsKeptVerbatim() {
        var driver = ScriptDriver()
        #expect(driver.run("select 'a'\n'b';") == [.statement("select 'a'\n'b';")])
    }

    @Test func blankLinesInsideAQuoteAreKept() {
        var driver = ScriptDriver()
        #expect(driver.run("select 'a\n\nb';") == [.statement("select 'a\n\nb';")])
        var outside = ScriptDriver()
        #expect(outside.run("select 1\n\n;") == [.statement("select 1\n;")])
    }

    @Test func byteOrderMarkOnTheFirstLineIsDropped() {
        var driver = ScriptDriver()
        #expect(driver.run("\u{FEFF}select 1;") == [.statement("select 1;")])
    }

    @Test func metaCommandMidLineKeepsTheBufferBeforeIt() throws {
        var scanner = StatementScanner()
        scanner.feed(line: "select 1 \\gx")
        #expect(scanner.next() == .backslash)
        #expect(scanner.queryBuffer == "select 1 ")
        #expect(scanner.readMetaCommandName() == "gx")
        #expect(try scanner.readMetaArgument() == nil)
        scanner.endMetaCommand()
        #expect(scanner.next() == .endOfLine)
    }

    @Test func metaCommandOnItsOwnLineDoesNotAddANewline() {
        var scanner = StatementScanner()
        scanner.feed(line: "select 1")
        #expect(scanner.next() == .endOfLine)
        scanner.feed(line: "\\g")
        #expect(scanner.next() == .backslash)
        #expect(scanner.queryBuffer == "select 1")
    }

    @Test func doubleBackslashSeparatesAMetaCommandFromSQL() {
        var driver = ScriptDriver()
        #expect(driver.run("\\echo a \\\\ select 9;") == [.meta("echo", ["a"]), .statement("select 9;")])
    }

    @Test func severalMetaCommandsOnOneLine() {
        var driver = ScriptDriver()
        #expect(
            driver.run("select 1 \\g \\echo done") == [
                .meta("g", []), .statement("select 1 "), .meta("echo", ["done"]),
            ])
    }

    @Test func resetForgetsBufferAndOpenParentheses() {
        var scanner = StatementScanner()
        scanner.feed(line: "select (1")
        #expect(scanner.next() == .incomplete)
        #expect(scanner.parenthesisDepth == 1)
        scanner.resetQueryBuffer()
        #expect(scanner.parenthesisDepth == 0)
        scanner.feed(line: "select 2;")
        #expect(scanner.next() == .semicolon("select 2;"))
    }
}
