import Testing

@testable import Completion

@Suite("Tab completion candidates from context and catalog, without a terminal")
struct CompletionEngineTests {
    private func complete(_ marked: String, pending: String = "") -> [String] {
        CompletionFixtures.complete(marked, pending: pending)
    }

    @Test func backslashCompletesMetaCommandNames() {
        #expect(complete("\\e|") == ["\\e", "\\echo", "\\edit"])
        #expect(complete("\\wa|") == ["\\watch"])
        #expect(complete("select 1 \\w|") == ["\\watch"])
    }

    @Test func emptyLineOffersStatementKeywordsInUpperCase() {
        let candidates = complete("|")
        #expect(candidates.contains("SELECT"))
        #expect(candidates.contains("CREATE"))
        #expect(!candidates.contains("accounts"))
    }

    @Test func keywordsFollowTheCaseTyped() {
        #expect(complete("sel|") == ["select"])
        #expect(complete("SEL|") == ["SELECT"])
        #expect(complete("insert |") == ["INTO"])
        #expect(complete("delete f|") == ["from"])
    }

    @Test func tableNameAfterFromJoinUpdateAndInto() {
        #expect(complete("select * from acc|") == ["accounts"])
        #expect(complete("select * from accounts a join aud|") == ["audit_log"])
        #expect(complete("update ac|") == ["accounts", "active_accounts"])
        #expect(complete("insert into audit|") == ["audit_log"])
        #expect(complete("select * from accounts, aud|") == ["audit_log"])
    }

    @Test func schemaQualifiedTableNames() {
        #expect(complete("select * from sales.|") == ["sales.orders"])
        #expect(complete("select * from sa|") == ["sales"])
    }

    @Test func namesThatNeedQuotesAreQuoted() {
        #expect(complete("select * from mix|") == ["\"MixedCase\""])
        #expect(complete("select * from \"Mi|") == ["\"MixedCase\""])
    }

    @Test func columnNamesOfTheTablesInTheStatement() {
        #expect(complete("select * from accounts where bal|") == ["balance"])
        #expect(complete("select * from accounts where balance > 0 and ow|") == ["owner"])
        #expect(complete("update accounts set ow|") == ["owner"])
        #expect(complete("select * from sales.orders where tot|") == ["total"])
    }

    @Test func aliasQualifiedColumnNames() {
        #expect(complete("select * from accounts a join audit_log l on a.id = l.mes|") == ["l.message"])
        #expect(complete("select * from accounts as a where a.|") == ["a.balance", "a.id", "a.owner"])
    }

    @Test func commaSeparatedListsKeepTheirHead() {
        #expect(complete("select * from accounts order by id,bal|") == ["id,balance"])
    }

    @Test func columnsOfEarlierLinesOfTheStatement() {
        #expect(complete("where ow|", pending: "select *\nfrom accounts") == ["owner"])
    }

    @Test func keywordsAfterATableName() {
        let candidates = complete("select * from accounts w|")
        #expect(candidates == ["where"])
        #expect(complete("select * from accounts left |") == ["JOIN", "OUTER"])
    }

    @Test func createTableNameIsNotCompleted() {
        #expect(complete("create table acc|") == [])
    }

    @Test func helpCompletesSQLCommandNames() {
        #expect(complete("\\h cre|") == ["create"]) // COMP_KEYWORD_CASE preserves the typed case
        #expect(complete("\\h CREATE IN|") == ["INDEX"])
        #expect(complete("\\h aws iam |") == ["GRANT", "REVOKE"])
    }

    @Test func psetOptionsAndValues() {
        #expect(complete("\\pset form|") == ["format"])
        #expect(complete("\\pset format |").contains("unaligned"))
        #expect(complete("\\pset format a|") == ["aligned", "asciidoc"])
        #expect(complete("\\pset linestyle u|") == ["unicode"])
        #expect(complete("\\x a|") == ["auto"])
    }

    @Test func fileNamesForIncludeAndOutput() {
        #expect(complete("\\i s|") == ["scripts/", "setup.sql"])
        #expect(complete("\\o scripts/l|") == ["scripts/load.sql"])
    }

    @Test func stringsAndCommentsAreNotMistakenForKeywords() {
        #expect(!complete("select 'from ' || acc|").contains("accounts"))
        #expect(complete("select * -- from\nfrom acc|") == ["accounts"])
    }
}

@Suite("Completion of databases after \\c and of tables only after ALTER TABLE")
struct CompletionTargetTests {
    private let catalog = CompletionCatalog(
        schemas: ["public"],
        relations: [
            CompletionCatalog.Relation(schema: "public", name: "orders", kind: .table, columns: ["id"]),
            CompletionCatalog.Relation(schema: "public", name: "order_totals", kind: .view, columns: ["n"]),
        ],
        databases: ["postgres", "reports"])

    private var engine: CompletionEngine {
        CompletionEngine(catalog: catalog, metaCommandNames: ["c", "connect", "i"])
    }

    @Test func connectOffersDatabases() {
        #expect(engine.candidates(lineBeforeCursor: "\\c re", word: "re") == ["reports"])
        #expect(engine.candidates(lineBeforeCursor: "\\connect p", word: "p") == ["postgres"])
    }

    @Test func alterTableOffersTablesOnly() {
        #expect(engine.candidates(lineBeforeCursor: "alter table ord", word: "ord") == ["orders"])
        #expect(engine.candidates(lineBeforeCursor: "alter table if exists ord", word: "ord") == ["orders"])
        #expect(engine.candidates(lineBeforeCursor: "select * from ord", word: "ord") == ["order_totals", "orders"])
    }

    @Test func includePathsStayRelativeAsTyped() {
        var engine = self.engine
        engine.listDirectory = { directory in
            directory == "../sub/"
                ? [.init(name: "load.sql", isDirectory: false), .init(name: "more", isDirectory: true)] : []
        }
        #expect(
            engine.candidates(lineBeforeCursor: "\\i ../sub/", word: "../sub/") == ["../sub/load.sql", "../sub/more/"])
    }
}
