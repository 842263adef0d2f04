import Testing

@testable import Shell

@Suite("psql name patterns become the regular expressions psql sends")
struct NamePatternTests {
    @Test(
        arguments: [
            ("t", nil, "^(t)$"),
            ("T*", nil, "^(t.*)$"),
            ("t?x", nil, "^(t.x)$"),
            ("public.t", "^(public)$", "^(t)$"),
            ("\"Mixed\".\"Ab\"\"c\"", "^(Mixed)$", "^(Ab\"c)$"),
            ("\"a.b*\"", nil, "^(a\\.b\\*)$"),
            ("a|b", nil, "^(a|b)$"),
            ("a$", nil, "^(a\\$)$"),
            ("int[]", nil, "^(int\\[])$"),
            ("*.t", "^(.*)$", "^(t)$"),
        ] as [(String, String?, String)])
    func convertsLikePatternToSQLRegex(_ pattern: String, _ schema: String?, _ name: String) {
        let parsed = NamePattern(pattern, parts: 3)
        #expect(parsed.schema == schema)
        #expect(parsed.name == name)
    }

    @Test func threePartsKeepTheDatabaseLiterally() {
        let parsed = NamePattern("Postgres.public.t", parts: 3)
        #expect(parsed.database == "postgres")
        #expect(parsed.problem(original: "Postgres.public.t", parts: 3, currentDatabase: "postgres") == nil)
        #expect(
            parsed.problem(original: "Postgres.public.t", parts: 3, currentDatabase: "other")
                == "cross-database references are not implemented: Postgres.public.t")
    }

    @Test func tooManyDotsIsAnImproperName() {
        let parsed = NamePattern("a.b.c.d", parts: 3)
        #expect(parsed.dotCount == 3)
        #expect(
            parsed.problem(original: "a.b.c.d", parts: 3, currentDatabase: "postgres")
                == "improper qualified name (too many dotted names): a.b.c.d")
    }

    @Test func extraDotsStayInTheNameWhenPartsRunOut() {
        let parsed = NamePattern("a.b", parts: 1)
        #expect(parsed.schema == nil)
        #expect(parsed.name == "^(a.b)$")
    }

    @Test func conditionsUseVisibilityWithoutSchemaAndSkipStar() {
        #expect(
            NamePattern("t", parts: 3).conditions(
                nameColumn: "c.relname", schemaColumn: "n.nspname", visibility: "vis(c.oid)")
                == ["c.relname OPERATOR(pg_catalog.~) '^(t)$' COLLATE pg_catalog.default", "vis(c.oid)"])
        #expect(
            NamePattern("s.*", parts: 3).conditions(
                nameColumn: "c.relname", schemaColumn: "n.nspname", visibility: "vis(c.oid)")
                == ["n.nspname OPERATOR(pg_catalog.~) '^(s)$' COLLATE pg_catalog.default"])
        #expect(
            NamePattern("*", parts: 3).conditions(nameColumn: "c.relname", schemaColumn: "n.nspname", visibility: nil)
                == [])
    }

    @Test func literalsDoubleQuotesAndEscapeBackslashesWhenNeeded() {
        #expect(SQLLiteral.quote("it's") == "'it''s'")
        #expect(SQLLiteral.quote("a\\b") == "'a\\b'")
        #expect(SQLLiteral.quote("a\\b", standardStrings: false) == "E'a\\\\b'")
    }

    @Test func modifiersComeInEitherOrder() {
        let both = DescribeVariant("dtS+", base: "dt")
        #expect(both.verbose && both.system && both.base == "dt")
        #expect(DescribeVariant("dt+S", base: "dt") == both)
        let plain = DescribeVariant("d", base: "d")
        #expect(!plain.verbose && !plain.system)
        #expect(DescribeVariant.spellings(of: "dn").contains("dnS+"))
    }
}
