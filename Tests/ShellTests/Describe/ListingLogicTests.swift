import Testing

@testable import Shell

@Suite("The pure pieces of psql's listing commands")
struct ListingLogicTests {
    @Test func operatorPatternsEscapeRegexCharactersOutsideQuotes() {
        #expect(NamePattern("+", parts: 3, forceEscape: true).name == "^(\\+)$")
        #expect(NamePattern("!=-", parts: 3, forceEscape: true).name == "^(!=-)$")
        #expect(NamePattern("*", parts: 3, forceEscape: true).name == "^(.*)$")
        #expect(NamePattern("+", parts: 3).name == "^(+)$")
    }

    @Test func twoPartPatternsWithADotAreCrossDatabaseReferences() {
        let parsed = NamePattern("a.b", parts: 1)
        #expect(
            parsed.problem(original: "a.b", parts: 2, currentDatabase: "a")
                == "cross-database references are not implemented: a.b")
        #expect(
            parsed.problem(original: "a.b", parts: 1, currentDatabase: "a")
                == "improper qualified name (too many dotted names): a.b")
        #expect(NamePattern("ab", parts: 1).problem(original: "ab", parts: 2, currentDatabase: "a") == nil)
    }

    @Test func patternConditionsStartWithWhereOrAnd() {
        var fresh = ListingQuery("SELECT 1 FROM t\n")
        let added = fresh.addPattern(
            NamePattern("x*", parts: 1), hasWhere: false, schema: nil, name: "t.n", visibility: nil)
        #expect(added)
        #expect(fresh.sql == "SELECT 1 FROM t\nWHERE t.n OPERATOR(pg_catalog.~) '^(x.*)$' COLLATE pg_catalog.default\n")
        var joined = ListingQuery("")
        joined.addPattern(nil, hasWhere: true, schema: "n.nspname", name: "t.n", visibility: "visible(t)")
        #expect(joined.sql == "  AND visible(t)\n")
        var none = ListingQuery("")
        let addedNone = none.addPattern(nil, hasWhere: false, schema: nil, name: "t.n", visibility: nil)
        #expect(!addedNone)
        #expect(none.sql.isEmpty)
    }

    @Test func spellingsCoverModifiersInAnyOrder() {
        let spellings = DescribeVariant.spellings(of: "df", modifiers: "anptwS+")
        #expect(spellings.contains("df"))
        #expect(spellings.contains("dfS+"))
        #expect(spellings.contains("df+S"))
        #expect(spellings.contains("dfan+"))
        #expect(Set(spellings).count == spellings.count)
        #expect(DescribeVariant.spellings(of: "drds", modifiers: "") == ["drds"])
        #expect(DescribeVariant("dPtn+", base: "dP").modifiers == "tn+")
    }

    @Test func functionKindsDefaultToAll() {
        #expect(FunctionListing.Kinds(letters: "").all)
        let aggregates = FunctionListing.Kinds(letters: "a")
        #expect(aggregates.aggregate && !aggregates.normal && !aggregates.all)
    }

    @Test func typeNamesMapToTheirSQLSpelling() {
        #expect(ObjectListings.typeNamePattern("INT") == "integer")
        #expect(ObjectListings.typeNamePattern("varchar[]") == "character varying[]")
        #expect(ObjectListings.typeNamePattern("text") == "text")
    }
}
