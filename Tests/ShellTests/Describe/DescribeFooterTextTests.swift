import Testing

@testable import Shell

@Suite("Describe footers are laid out as psql 15 lays them out")
struct DescribeFooterTextTests {
    @Test func listContinuationLinesAlignUnderTheFirstEntry() {
        #expect(
            RelationFooters.list(heading: "Inherits", ["a", "b", "c"]) == [
                "Inherits: a,", "          b,", "          c",
            ])
        #expect(RelationFooters.list(heading: "Partitions", ["p1 DEFAULT"]) == ["Partitions: p1 DEFAULT"])
        #expect(RelationFooters.list(heading: "Child tables", []) == [])
    }

    @Test func replicaIdentityIsShownOnlyWhenNotTheDefault() {
        func identity(_ letter: String, schema: String = "public") -> String? {
            var relation = RelationDescriber.Relation(oid: "1", schema: schema, name: "t")
            relation.replicaIdentity = letter
            return RelationFooters.replicaIdentity(relation)
        }
        #expect(identity("d") == nil)
        #expect(identity("i") == nil)
        #expect(identity("f") == "FULL")
        #expect(identity("n") == "NOTHING")
        #expect(identity("n", schema: "pg_catalog") == nil)
        #expect(identity("d", schema: "pg_catalog") == "???")
    }

    @Test func ruleDefinitionsLoseOnlyTheirCreateRulePrefix() {
        #expect(
            RelationFooters.afterCreateRule("CREATE RULE r AS\n    ON INSERT TO t DO NOTHING")
                == "r AS\n    ON INSERT TO t DO NOTHING")
    }

    @Test func unloggedSequencesAndPartitionedIndexesAreTitledSo() {
        #expect(
            RelationDescriber.title(kind: "S", persistence: "u", schema: "public", name: "s")
                == "Unlogged sequence \"public.s\"")
        #expect(
            RelationDescriber.title(kind: "I", persistence: "p", schema: "public", name: "i")
                == "Partitioned index \"public.i\"")
    }

    @Test func compressionLettersBecomeMethodNames() {
        #expect(RelationDescriber.compression("p") == "pglz")
        #expect(RelationDescriber.compression("l") == "lz4")
        #expect(RelationDescriber.compression("") == "")
        #expect(RelationDescriber.compression("z") == "???")
    }

    @Test func triggerQueryStaysWithinFunctionsKnownToCatalogProbe() {
        for sql in RelationFooterQueries.triggers("1") + RelationFooterQueries.rules("1")
            + RelationFooterQueries.statistics("1")
            + RelationFooterQueries.publications("1") + RelationFooterQueries.children("1")
            + RelationQueries.info("1", verbose: true)
        {
            #expect(CatalogProbe.callsOnlyKnownFunctions(sql), "\(CatalogProbe.functions(in: sql))")
        }
    }
}
