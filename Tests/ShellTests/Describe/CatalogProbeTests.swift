import Testing
@testable import Shell

@Suite("Catalog probes for describe queries inside a transaction")
struct CatalogProbeTests {
    @Test func findsRelationsButNotFunctions() {
        let sql = "SELECT pg_catalog.pg_get_expr(d.adbin, d.adrelid, true) FROM pg_catalog.pg_attrdef d, pg_catalog.pg_class c\n"
            + "JOIN information_schema.sequences s ON true WHERE c.oid = 'pg_catalog.pg_class'::pg_catalog.regclass"
        #expect(CatalogProbe.relations(in: sql) == ["pg_catalog.pg_attrdef", "pg_catalog.pg_class", "information_schema.sequences"])
    }

    @Test func probeCannotFailAndNeedsEveryRelation() {
        #expect(CatalogProbe.query(for: "SELECT 1") == nil)
        #expect(CatalogProbe.query(for: "SELECT * FROM pg_catalog.pg_sequence") == """
            SELECT pg_catalog.bool_and(c IS NOT NULL AND pg_catalog.has_table_privilege(c, 'SELECT'))
            FROM (VALUES (pg_catalog.to_regclass('pg_catalog.pg_sequence'))) AS v(c);
            """)
    }
}
