import Foundation
import SQLCheck
import Testing

@testable import Shell

/// The catalog queries' multi-line layout in the sources sends exactly the text the
/// one-line literals sent (recorded once, before the rewrite, in
/// `Fixtures/catalog-queries.json`), and every query is one statement PostgreSQL parses.
@Suite("Catalog queries keep their text")
struct CatalogQueryLayoutTests {
    /// The recorded texts, by the catalogue's names.
    static let recorded: [String: String] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/catalog-queries.json")
        guard let data = try? Data(contentsOf: url),
            let texts = try? JSONDecoder().decode([String: String].self, from: data)
        else { return [:] }
        return texts
    }()

    @Test func everyRecordedQueryIsStillBuilt() {
        #expect(!Self.recorded.isEmpty, "the fixture is missing or unreadable")
        let built = Set(CatalogQueryCatalogue.all.map(\.name))
        #expect(built.count == CatalogQueryCatalogue.all.count, "two queries share a name")
        #expect(built == Set(Self.recorded.keys))
    }

    @Test(arguments: CatalogQueryCatalogue.all.map(\.name))
    func textIsByteForByteTheRecordedOne(_ name: String) throws {
        let sql = try #require(CatalogQueryCatalogue.all.first { $0.name == name }?.sql)
        let expected = try #require(Self.recorded[name], "no recorded text for \(name)")
        #expect(sql == expected)
    }

    @Test(arguments: CatalogQueryCatalogue.all.map(\.name))
    func postgresParsesTheQuery(_ name: String) throws {
        let sql = try #require(CatalogQueryCatalogue.all.first { $0.name == name }?.sql)
        // The two shared fragments are an expression and a condition, not statements.
        let statement =
            switch name {
            case "ListQueries.relationKindCase": "SELECT \(sql) FROM pg_catalog.pg_class c"
            case "ListQueries.hideSystemSchemas": "SELECT 1 FROM pg_catalog.pg_namespace n WHERE \(sql)"
            default: sql
            }
        let trees = try PostgresParser.parse(statement)
        #expect(trees.count == 1)
    }
}
