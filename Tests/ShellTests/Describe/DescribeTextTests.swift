import Testing

@testable import Shell

@Suite("Describe output lines are worded as psql 15 words them")
struct DescribeTextTests {
    @Test func primaryKeyLineShowsWhatFollowsUsing() {
        let line = RelationFooters.indexLine(
            name: "t_pkey", primary: true, unique: true, clustered: false, valid: true,
            definition: "CREATE UNIQUE INDEX t_pkey ON public.t USING btree (id)",
            constraintDefinition: "PRIMARY KEY (id)",
            constraintType: "p", deferrable: false, deferred: false, replicaIdentity: false)
        #expect(line == "    \"t_pkey\" PRIMARY KEY, btree (id)")
    }

    @Test func uniqueConstraintAndPlainUniqueIndexDiffer() {
        func line(_ type: String) -> String {
            RelationFooters.indexLine(
                name: "u", primary: false, unique: true, clustered: false, valid: true,
                definition: "CREATE UNIQUE INDEX u ON public.t USING btree (a)", constraintDefinition: "",
                constraintType: type, deferrable: false, deferred: false, replicaIdentity: false)
        }
        #expect(line("u") == "    \"u\" UNIQUE CONSTRAINT, btree (a)")
        #expect(line("") == "    \"u\" UNIQUE, btree (a)")
    }

    @Test func indexStillBeingBuiltIsMarkedInvalid() {
        let line = RelationFooters.indexLine(
            name: "t_a", primary: false, unique: false, clustered: false, valid: false,
            definition: "CREATE INDEX t_a ON public.t USING btree_index (a)", constraintDefinition: "",
            constraintType: "", deferrable: false, deferred: false, replicaIdentity: false)
        #expect(line == "    \"t_a\" btree_index (a) INVALID")
    }

    @Test func roleAttributesJoinWordsThenLimitsOnTheirOwnLines() {
        #expect(RoleAttributes(superuser: true).text == "Superuser")
        #expect(RoleAttributes().text == "")
        #expect(
            RoleAttributes(inherit: false, canLogin: false, connectionLimit: 3).text
                == "No inheritance, Cannot login\n3 connections")
        #expect(
            RoleAttributes(connectionLimit: 0, validUntil: "2030-01-01 00:00:00+00").text
                == "No connections\nPassword valid until 2030-01-01 00:00:00+00")
    }

    @Test func titlesFollowKindAndPersistence() {
        #expect(
            RelationDescriber.title(kind: "r", persistence: "p", schema: "public", name: "t") == "Table \"public.t\"")
        #expect(
            RelationDescriber.title(kind: "r", persistence: "u", schema: "s", name: "t") == "Unlogged table \"s.t\"")
        #expect(
            RelationDescriber.title(kind: "v", persistence: "p", schema: "public", name: "v") == "View \"public.v\"")
        #expect(
            RelationDescriber.title(kind: "i", persistence: "p", schema: "public", name: "i") == "Index \"public.i\"")
    }

    @Test func relationListsHideSystemSchemasOnlyWithoutPatternOrS() {
        let plain = ListQueries.relations(.init(letters: "t"), pattern: nil, verbose: false, system: false)
        #expect(plain[0].contains("n.nspname <> 'pg_catalog'"))
        #expect(!plain[0].contains("'t',"))
        let system = ListQueries.relations(.init(letters: "t"), pattern: nil, verbose: false, system: true)
        #expect(!system[0].contains("n.nspname <> 'pg_catalog'"))
        let patterned = ListQueries.relations(
            .init(letters: "t"), pattern: NamePattern("x*", parts: 3), verbose: false, system: false)
        #expect(patterned[0].contains("c.relname OPERATOR(pg_catalog.~) '^(x.*)$'"))
        #expect(patterned.allSatisfy { !$0.contains("pg_get_userbyid") })
    }
}
