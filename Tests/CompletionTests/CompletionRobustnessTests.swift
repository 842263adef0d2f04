import Testing

@testable import Completion

@Suite("Completion never crashes on any prefix of a statement (pgcli's test_cte_does_not_crash)")
struct CompletionRobustnessTests {
    static let statements = [
        "WITH t AS (SELECT id, owner FROM accounts WHERE balance > 0) SELECT t.owner, count(*) FROM t GROUP BY 1 ORDER BY 2 DESC;",
        "select a.id, l.message from accounts a left join audit_log l on l.id = a.id where a.owner like 'x%' and l.at > now() - interval '1 day';",
        "insert into sales.orders (order_id, account_id, total) values (1, 2, 3.5) returning *;",
        "update \"MixedCase\" set \"Value\" = $$it's$$ where \"Value\" is not null; drop table if exists accounts;",
        "create index async idx on accounts (owner); \\pset format csv \\watch 3",
        "select /* unterminated comment from accounts",
        "select 'unterminated from accounts , \"q",
        "select $tag$ body from x $tag$, e'\\n', 1.5e3, $1 from accounts a(b, c) where (a.",
        "\\i scripts/",
        "select ((( from ,,, .. .\"\" \"\"\"",
        "  \t\n;;\\\\ \\ \\\\pset",
        "SELECT é, 名前 FROM ünïcode WHERE 名",
    ]

    @Test(arguments: statements)
    func everyPrefixCompletesWithoutCrashing(statement: String) {
        var prefix = ""
        for character in statement {
            prefix.append(character)
            let line = String(prefix.split(separator: "\n", omittingEmptySubsequences: false).last ?? "")
            let word = CompletionFixtures.wordBeforeCursor(line)
            let candidates = CompletionFixtures.engine.candidates(lineBeforeCursor: line, word: word, pending: "")
            #expect(candidates.allSatisfy { !$0.isEmpty })
        }
    }

    @Test(arguments: statements)
    func everyPrefixHasAContext(statement: String) {
        var prefix = ""
        for character in statement {
            prefix.append(character)
            _ = CompletionContext.sql(before: prefix)
            _ = TableReference.all(in: CompletionToken.tokens(prefix))
        }
    }
}
