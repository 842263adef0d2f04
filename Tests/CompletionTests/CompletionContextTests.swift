import Testing

@testable import Completion

@Suite("Completion context: what the word before the cursor should be")
struct CompletionContextTests {
    @Test func startOfStatementWantsStatementKeywords() {
        #expect(CompletionContext.sql(before: "") == .sql(keywords: SQLKeywords.statementStart, names: .none))
        #expect(CompletionContext.sql(before: "select 1; ") == .sql(keywords: SQLKeywords.statementStart, names: .none))
    }

    @Test func afterFromWantsRelations() {
        guard case .sql(_, let names) = CompletionContext.sql(before: "select * from ") else {
            Issue.record("not a SQL context")
            return
        }
        #expect(names == .relations)
    }

    @Test func afterWhereWantsColumnsOfTheReferencedTables() {
        let context = CompletionContext.sql(before: "select * from s.t as x join u on ")
        #expect(
            context
                == .sql(
                    keywords: [],
                    names: .columns([
                        TableReference(schema: "s", name: "t", alias: "x"),
                        TableReference(schema: nil, name: "u", alias: nil),
                    ])))
    }

    @Test func afterSelectStarWantsFrom() {
        #expect(CompletionContext.sql(before: "select * ") == .sql(keywords: ["FROM"], names: .none))
    }

    @Test func createTableWantsNoExistingNames() {
        #expect(CompletionContext.sql(before: "create table ") == .sql(keywords: ["IF"], names: .none))
    }

    @Test func clauseIgnoresClosedSubqueries() {
        let tokens = CompletionToken.tokens("select * from a where x in (select y from b) and ")
        #expect(CompletionContext.currentClause(tokens) == "where")
    }

    @Test func psetArgumentsByPosition() {
        #expect(CompletionContext.metaArgument(command: "pset", argumentIndex: 0, previousArguments: []) == .psetOption)
        #expect(
            CompletionContext.metaArgument(command: "pset", argumentIndex: 1, previousArguments: ["format"])
                == .psetValue(option: "format"))
        #expect(CompletionContext.metaArgument(command: "i", argumentIndex: 0, previousArguments: []) == .fileName)
    }

    @Test func ddlStatementsRefreshTheCatalog() {
        #expect(CatalogCache.changesCatalog("CREATE TABLE t (a int)"))
        #expect(CatalogCache.changesCatalog("select 1; drop table t"))
        #expect(CatalogCache.changesCatalog("  alter table t add column b int"))
        #expect(!CatalogCache.changesCatalog("select 'create table'"))
        #expect(!CatalogCache.changesCatalog("insert into creates values (1)"))
    }

    @Test func tokensComeFromTheOneLexer() {
        #expect(
            CompletionToken.tokens("select $1, $x, E'a\\'b' /* from */ \"Q\"\"t\"")
                == [
                    .word("select", quoted: false), .literal, .symbol(","), .symbol("$"), .word("x", quoted: false),
                    .symbol(","),
                    .literal, .word("Q\"t", quoted: true),
                ])
        #expect(CompletionToken.currentStatement("select 1; /* c */ update") == [.word("update", quoted: false)])
    }

}
