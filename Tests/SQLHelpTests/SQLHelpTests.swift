import SQLHelp
import Testing

@Suite struct SQLHelpTests {
    @Test(arguments: HelpTable.all.map(\.name))
    func everyCommandHasCompleteHelp(name: String) throws {
        let entries = SQLHelp.lookup(name)
        let entry = try #require(entries.first)
        #expect(entries.count == 1 && entry.name == name)
        #expect(!entry.summary.isEmpty && !entry.synopsis.isEmpty)
        let text = SQLHelp.text(for: name.lowercased())
        #expect(text.hasPrefix("Command:     \(name)\nDescription: "))
        #expect(text.contains("DSQL URL: https://docs.aws.amazon.com/aurora-dsql/latest/userguide/\(entry.dsqlPage)\n"))
        #expect(text.contains("URL: https://www.postgresql.org/docs/16/\(entry.postgresPage)\n"))
        #expect(entry.dsqlPage.hasSuffix(".html") && entry.postgresPage.hasSuffix(".html"))
    }

    @Test func createIndexShowsAsync() {
        let text = SQLHelp.text(for: "CREATE INDEX")
        #expect(text.contains("CREATE [ UNIQUE ] INDEX ASYNC"))
        #expect(text.contains("Not in DSQL: CREATE INDEX without ASYNC"))
        #expect(text.contains("working-with-create-index-async.html"))
    }

    @Test func identityShowsCache() {
        #expect(SQLHelp.text(for: "create table").contains("AS IDENTITY ( CACHE { 1 | 65536 or more }"))
    }

    @Test func prefixMatchesAsPsqlDoes() {
        #expect(SQLHelp.lookup("create ind").map(\.name) == ["CREATE INDEX"])
        #expect(SQLHelp.lookup("drop s").map(\.name) == ["DROP SCHEMA", "DROP SEQUENCE"])
        #expect(SQLHelp.lookup("  Create   Index ;").map(\.name) == ["CREATE INDEX"])
        // Fewer words are tried when the whole topic matches nothing.
        #expect(SQLHelp.lookup("select foo").map(\.name) == ["SELECT"])
    }

    @Test func unknownCommandSaysSo() {
        #expect(
            SQLHelp.text(for: "frobnicate")
                == "No help available for \"frobnicate\".\nTry \\h with no arguments to see available help.\n")
        #expect(SQLHelp.lookup("truncate").isEmpty)
        #expect(SQLHelp.lookup("vacuum").isEmpty)
    }

    @Test func listNamesEveryCommandInColumns() {
        let text = SQLHelp.text(for: "")
        #expect(text.hasPrefix("Available help:\n"))
        for entry in HelpTable.all { #expect(text.contains(entry.name)) }
        for line in text.split(separator: "\n") { #expect(line.count <= 80) }
        let everything = SQLHelp.text(for: "*")
        for entry in HelpTable.all { #expect(everything.contains("Command:     \(entry.name)\n")) }
    }

    @Test func nextWordsCompleteCommandNames() {
        #expect(SQLHelp.nextWords(after: []).starts(with: ["ABORT", "ALTER", "ANALYZE", "AWS"]))
        #expect(
            SQLHelp.nextWords(after: ["create"]) == [
                "FUNCTION", "INDEX", "ROLE", "SCHEMA", "SEQUENCE", "TABLE", "VIEW",
            ])
        #expect(SQLHelp.nextWords(after: ["aws", "iam"]) == ["GRANT", "REVOKE"])
        #expect(SQLHelp.nextWords(after: ["select"]) == [])
    }

    @Test func commandNamesAreUnique() {
        #expect(Set(HelpTable.all.map(\.name)).count == HelpTable.all.count)
    }
}
