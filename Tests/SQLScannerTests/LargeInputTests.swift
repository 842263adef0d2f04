import SQLScanner
import Testing

/// Long scripts scan in one pass with a query buffer that never outgrows a
/// statement (speed itself is measured by the benchmark, not here).
@Suite struct LargeInputTests {
    @Test func hundredThousandStatementsFromALineSource() {
        var scanner = StatementScanner()
        var statements = 0
        var longest = 0
        var leftovers = 0
        for index in 0..<100_000 {
            scanner.feed(line: "insert into t values (\(index), 'row; \(index)', $$x$$); -- note")
            while true {
                let result = scanner.next()
                guard case .semicolon(let text) = result else { break }
                statements += 1
                longest = max(longest, text.utf8.count)
            }
            leftovers += scanner.queryBufferLength
        }
        #expect(leftovers == 0)
        #expect(statements == 100_000)
        #expect(longest < 80)
        #expect(scanner.finish() == nil)
    }

    @Test func oneHugeStatementAcrossManyLinesIsScannedIncrementally() {
        var scanner = StatementScanner()
        scanner.feed(line: "select $body$")
        #expect(scanner.next() == .incomplete)
        for _ in 0..<50_000 {
            scanner.feed(line: "line ; with $other$ and ' quote")
            #expect(scanner.next() == .incomplete)
        }
        scanner.feed(line: "$body$;")
        guard case .semicolon(let text) = scanner.next() else {
            Issue.record("statement did not end")
            return
        }
        #expect(text.hasPrefix("select $body$\nline ;"))
        #expect(text.hasSuffix("\n$body$;"))
    }
}
