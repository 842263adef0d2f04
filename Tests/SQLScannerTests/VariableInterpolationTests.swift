import SQLScanner
import Testing

/// `:name`, `:'name'`, `:"name"` and `:{?name}` in SQL, as psql expands them.
@Suite struct VariableInterpolationTests {
    static let values = [
        "v": "a\\b", "q": "it's", "id": "Mixed \"Case\"", "n": "42",
        "two": "select 5; select 6", "self": ":self", "semi": "1;",
    ]

    /// Scans `text` with the test variables and returns statements and rest.
    func scan(_ text: String) -> [String] {
        var scanner = StatementScanner()
        var out: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            scanner.feed(line: String(line))
            while case .semicolon(let sql) = scanner.next(variables: { Self.values[$0] }) { out.append(sql) }
        }
        if let rest = scanner.finish() { out.append(rest) }
        return out
    }

    static let cases: [(input: String, output: [String])] = [
        ("select :n;", ["select 42;"]),
        ("select :'q';", ["select 'it''s';"]),
        ("select :'v';", ["select  E'a\\\\b';"]),
        ("select :\"id\";", ["select \"Mixed \"\"Case\"\"\";"]),
        ("select :{?n}, :{?missing};", ["select TRUE, FALSE;"]),
        ("select :missing, :'missing', :\"missing\";", ["select :missing, :'missing', :\"missing\";"]),
        ("select ':n', \":n\", $$:n$$; -- :n", ["select ':n', \":n\", $$:n$$;"]),
        ("select /* :n */ 1::int, :n::text;", ["select /* :n */ 1::int, 42::text;"]),
        (":two;", ["select 5;", "select 6;"]),
        ("select :semi 2;", ["select 1;", "2;"]),
        ("select :self;", ["select :self;"]),
        ("select :'n", ["select :'n"]),
        ("select :{?n", ["select :{?n"]),
        ("select a:n;", ["select a42;"]),
    ]

    @Test(arguments: cases)
    func variablesExpandOutsideQuotesAsPsqlDoes(input: String, output: [String]) {
        #expect(scan(input) == output)
    }

    @Test func recursiveExpansionIsReportedOnce() {
        var scanner = StatementScanner()
        scanner.feed(line: "select :self;")
        #expect(scanner.next(variables: { Self.values[$0] }) == .semicolon("select :self;"))
        #expect(scanner.takeWarnings() == ["skipping recursive expansion of variable \"self\""])
    }

    @Test func quotingFollowsLibpqEscapeFunctions() {
        #expect(VariableQuoting.literal.quote("plain") == "'plain'")
        #expect(VariableQuoting.literal.quote("o'k\\") == " E'o''k\\\\'")
        #expect(VariableQuoting.identifier.quote("a\"b") == "\"a\"\"b\"")
        #expect(VariableQuoting.shellArgument.quote("it's") == "'it'\"'\"'s'")
        #expect(VariableQuoting.shellArgument.quote("two\nlines") == nil)
    }
}
