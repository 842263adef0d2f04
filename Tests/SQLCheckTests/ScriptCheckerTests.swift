import SQLCheck
import Testing

@Suite struct ScriptCheckerTests {
    @Test func findingsCarryTheStartLine() {
        let script = "select 1;\n\ntruncate\n  t;\nselect 2; vacuum;\n"
        let report = ScriptChecker().check(script, file: "a.sql")
        #expect(report.findings.map(\.line) == [3, 5])
        #expect(report.findings.map(\.file) == ["a.sql", "a.sql"])
        #expect(report.statements == 4)
    }

    @Test func metaCommandsAreSkipped() {
        let script = "\\set x 1\n\\echo truncate t;\nselect 1;\n\\timing on\n"
        let report = ScriptChecker().check(script, file: "a.sql")
        #expect(report.findings == [])
        #expect(report.statements == 1)
    }

    @Test func queryBufferSentByBackslashGIsChecked() {
        let report = ScriptChecker().check("truncate t \\g\n", file: "a.sql")
        #expect(report.findings.map(\.rule) == ["truncate"])
    }

    @Test func lastStatementWithoutSemicolonIsChecked() {
        #expect(ScriptChecker().check("select 1;\nvacuum", file: "a.sql").findings.map(\.line) == [2])
    }

    @Test func syntaxErrorIsReported() {
        let report = ScriptChecker().check("selec 1;", file: "a.sql")
        #expect(report.findings.map(\.rule) == ["syntax"])
    }

    @Test func asyncInsideACommentIsNotSkipped() {
        #expect(
            ScriptChecker().check("create /* async */ index i on t (a);", file: "a.sql").findings.map(\.rule) == [
                "create-index"
            ])
        #expect(ScriptChecker().check("create -- x\n index async i on t (a);", file: "a.sql").findings == [])
    }

    @Test func rollbackEndsTheTransaction() {
        let script = "begin; create table a (x int); rollback; begin; create table b (x int); commit;"
        #expect(ScriptChecker().check(script, file: "a.sql").findings == [])
    }

    @Test func transactionOpenedElsewhereIsFollowed() {
        var checker = StatementChecker()
        checker.transaction.begin()
        #expect(checker.check("create table a (x int);") == .rules([]))
        #expect(checker.check("insert into a values (1);") == .rules(["ddl-with-dml"]))
        #expect(checker.check("commit;") == .rules([]))
        #expect(checker.check("insert into a values (1);") == .rules([]))
    }

    @Test func jsonEscapesText() {
        let report = ScriptChecker().check("truncate \"a\"\"b\";", file: "q\"x.sql")
        let json = CheckReport.json(report.findings)
        #expect(json.contains("\"file\": \"q\\\"x.sql\""))
        #expect(json.contains("\"sqlstate\": \"0A000\""))
        #expect(CheckReport.json([]) == "[]\n")
    }

    @Test func textNamesTheWayInstead() {
        let text = CheckReport.text(ScriptChecker().check("create index i on t (a);", file: "s.sql").findings)
        #expect(text.contains("s.sql:1: a plain CREATE INDEX is refused [create-index]"))
        #expect(text.contains("instead: CREATE INDEX ASYNC"))
    }
}
