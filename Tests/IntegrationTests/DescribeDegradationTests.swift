import Testing

/// A database where a role cannot read pg_database, pg_am, pg_collation, pg_auth_members or
/// pg_sequence, as on Aurora DSQL: describe leaves out what it cannot read and never fails.
@Suite("Describe degrades when catalogs are unreadable", .serialized)
struct DescribeDegradationTests {
    static let password = "desc-limited-pw"

    static func prepare(_ cluster: TestCluster) throws {
        _ = try runPSQL(
            cluster,
            [
                "-q", "-c", "drop database if exists desc_degrade", "-c",
                "create database desc_degrade template template0",
                "-c", "drop role if exists desc_limited",
                "-c", "create role desc_limited login password '\(password)'",
            ])
        let setUp = """
            revoke select on pg_catalog.pg_database, pg_catalog.pg_am, pg_catalog.pg_collation,
                pg_catalog.pg_auth_members, pg_catalog.pg_sequence from public;
            create table public.desc_t (id int primary key, name text not null default 'x' check (length(name) < 10));
            create index desc_t_name on public.desc_t (name);
            create sequence public.desc_s;
            """
        var inDatabase = cluster
        inDatabase.database = "desc_degrade"
        _ = try runPSQL(inDatabase, ["-q", "-c", setUp])
    }

    static func cleanUp(_ cluster: TestCluster) {
        _ = try? runPSQL(
            cluster, ["-q", "-c", "drop database if exists desc_degrade", "-c", "drop role if exists desc_limited"])
    }

    @Test func describeWorksWithoutRestrictedCatalogs() throws {
        let cluster = try TestCluster.current()
        try Self.prepare(cluster)
        defer { Self.cleanUp(cluster) }
        let commands = [
            "\\l", "\\d desc_t", "\\d+ desc_t", "\\du desc_limited", "\\d desc_s", "\\di", "\\d desc_t_name", "\\df",
        ]
        let output = try runDSQL(
            cluster, ["-U", "desc_limited", "-d", "desc_degrade"] + commands.flatMap { ["-c", $0] },
            environment: ["PGPASSWORD": Self.password])
        #expect(output.status == 0)
        #expect(output.stderr == "")
        #expect(output.stdout.contains("List of databases\n"))
        #expect(output.stdout.contains(" desc_degrade |       | UTF8     |"))
        #expect(
            output.stdout.contains(
                """
                Indexes:
                    "desc_t_pkey" PRIMARY KEY, btree (id)
                    "desc_t_name" btree (name)
                Check constraints:
                    "desc_t_name_check" CHECK (length(name) < 10)

                """))
        #expect(!output.stdout.contains("Access method:"))
        #expect(output.stdout.contains(" desc_limited |            | \n"))
        #expect(output.stdout.contains("Sequence \"public.desc_s\""))
        #expect(output.stdout.contains("btree, for table \"public.desc_t\""))
        #expect(output.stdout.contains("List of functions"))
    }

    @Test func listingDatabasesInsideATransactionLeavesItUsable() throws {
        let cluster = try TestCluster.current()
        try Self.prepare(cluster)
        defer { Self.cleanUp(cluster) }
        let script = "begin;\n\\l\n\\d desc_s\nselect 1 as still_fine;\ncommit;\n"
        let output = try runDSQL(
            cluster, ["-U", "desc_limited", "-d", "desc_degrade", "-f", "-"], stdin: script,
            environment: ["PGPASSWORD": Self.password])
        #expect(output.stderr == "")
        #expect(output.stdout.contains(" desc_degrade |       | UTF8     |"))
        #expect(output.stdout.contains(" still_fine \n------------\n          1\n(1 row)\n\nCOMMIT\n"))
    }

    @Test func psqlItselfFailsHereWhichIsWhyDescribeFallsBack() throws {
        let cluster = try TestCluster.current()
        try Self.prepare(cluster)
        defer { Self.cleanUp(cluster) }
        var limited = cluster
        limited.user = "desc_limited"
        limited.database = "desc_degrade"
        let psql = try runPSQL(limited, ["-c", "\\l"], environment: ["PGPASSWORD": Self.password])
        #expect(psql.stderr.contains("permission denied for table pg_database"))
    }
}
