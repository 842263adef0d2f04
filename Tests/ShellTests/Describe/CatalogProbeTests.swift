import Testing

@testable import Shell

@Suite("Catalog probes for describe queries inside a transaction")
struct CatalogProbeTests {
    @Test func findsRelationsButNotFunctions() {
        let sql =
            "SELECT pg_catalog.pg_get_expr(d.adbin, d.adrelid, true) FROM pg_catalog.pg_attrdef d, pg_catalog.pg_class c\n"
            + "JOIN information_schema.sequences s ON true WHERE c.oid = 'pg_catalog.pg_class'::pg_catalog.regclass"
        #expect(
            CatalogProbe.relations(in: sql) == [
                "pg_catalog.pg_attrdef", "pg_catalog.pg_class", "information_schema.sequences",
            ])
    }

    @Test func probeCannotFailAndNeedsEveryRelation() {
        #expect(CatalogProbe.query(for: "SELECT 1") == nil)
        #expect(
            CatalogProbe.query(for: "SELECT * FROM pg_catalog.pg_sequence") == """
                SELECT pg_catalog.bool_and(c IS NOT NULL AND pg_catalog.has_table_privilege(c, 'SELECT'))
                FROM (VALUES (pg_catalog.to_regclass('pg_catalog.pg_sequence'))) AS v(c);
                """)
    }

    @Test func findsTheFunctionsAQueryCalls() {
        let sql =
            "SELECT pg_catalog.pg_size_pretty(pg_catalog.pg_table_size(c.oid)), COALESCE(x, 1), substring(a from 1)\n"
            + "FROM pg_catalog.pg_class c WHERE c.relkind IN ('r') AND n.nspname = ANY (pg_catalog.current_schemas(true))"
        #expect(CatalogProbe.functions(in: sql) == ["pg_size_pretty", "pg_table_size", "substring", "current_schemas"])
        #expect(!CatalogProbe.callsOnlyKnownFunctions(sql))
    }

    /// Inside a transaction only the plainer candidates of the verbose listings may run.
    @Test func verboseListingsFallBackToQueriesKnownToWorkOnDSQL() {
        let relations = ListQueries.relations(
            ListQueries.RelationKinds(letters: "t"), pattern: nil, verbose: true, system: false)
        #expect(
            relations.map(CatalogProbe.callsOnlyKnownFunctions) == [false, true, true], "the sized query is left out")
        let functions = ListQueries.functions(pattern: nil, verbose: true, system: false)
        #expect(!CatalogProbe.callsOnlyKnownFunctions(functions[0]), "pg_get_function_sqlbody is unconfirmed on DSQL")
        #expect(functions.dropFirst().allSatisfy(CatalogProbe.callsOnlyKnownFunctions))
        let databases = ListQueries.databases(pattern: nil, verbose: true)
        #expect(databases.map(CatalogProbe.callsOnlyKnownFunctions) == [false, true])
        for verbose in [false, true] {
            #expect(
                ListQueries.schemas(pattern: nil, verbose: verbose, system: false).contains(
                    where: CatalogProbe.callsOnlyKnownFunctions))
            #expect(
                ListQueries.roles(pattern: nil, verbose: verbose, system: false).contains(
                    where: CatalogProbe.callsOnlyKnownFunctions))
        }
    }
}
