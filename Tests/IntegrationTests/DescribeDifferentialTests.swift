import Testing

/// Tables, indexes, views and a role that the describe tests compare; all named `desc_…`.
enum DescribeFixture {
    static let setUp = """
        drop schema if exists desc_diff cascade;
        drop role if exists desc_diff_role;
        create schema desc_diff;
        create role desc_diff_role nologin connection limit 3;
        create table desc_diff.items (
            id bigint primary key,
            name text not null default 'unnamed',
            code varchar(12) unique,
            qty numeric(10,2) default 0 check (qty >= 0),
            price int check (price > 0) check (price < 1000000),
            note text collate "C",
            created timestamptz not null default now()
        );
        create index items_name_idx on desc_diff.items (name, lower(note));
        create unique index items_code_note on desc_diff.items (code, note) where note is not null;
        create table desc_diff."Mixed Case" ("Id" int not null, "a b" text);
        create table desc_diff.desc_bare (x int);
        create view desc_diff.item_names as select id, name from desc_diff.items where qty > 0;
        create sequence desc_diff.counter;
        comment on table desc_diff.items is 'things we sell';
        comment on column desc_diff.items.name is 'display name';
        comment on schema desc_diff is 'describe tests';
        """
    static let tearDown = "drop schema if exists desc_diff cascade; drop role if exists desc_diff_role;"

    /// psql's stderr for in-session messages has no prefix with -c; dsql's carries its name.
    static func withoutPrefixes(_ text: String) -> String {
        text.replacingOccurrences(of: "dsql: error: ", with: "").replacingOccurrences(of: "dsql: warning: ", with: "")
    }
}

@Suite("Describe commands print what psql 15 prints", .serialized)
struct DescribeDifferentialTests {
    static let cases: [DifferentialCase] = [
        .init(name: "table with keys, defaults, checks and indexes", commands: ["\\d desc_diff.items"]),
        .init(name: "table, verbose", commands: ["\\d+ desc_diff.items"]),
        .init(name: "quoted mixed-case names", commands: ["\\d desc_diff.\"Mixed Case\"", "\\dt desc_diff.\"Mixed Case\""]),
        .init(name: "primary key index", commands: ["\\d desc_diff.items_pkey"]),
        .init(name: "expression index", commands: ["\\d desc_diff.items_name_idx", "\\d+ desc_diff.items_name_idx"]),
        .init(name: "partial unique index", commands: ["\\d desc_diff.items_code_note"]),
        .init(name: "view", commands: ["\\d desc_diff.item_names", "\\d+ desc_diff.item_names"]),
        .init(name: "sequence", commands: ["\\d desc_diff.counter"]),
        .init(name: "every relation in a schema", commands: ["\\d desc_diff.*"]),
        .init(name: "lists by kind", commands: ["\\dt desc_diff.*", "\\di desc_diff.*", "\\dv desc_diff.*", "\\ds desc_diff.*"]),
        .init(name: "verbose lists", commands: ["\\dt+ desc_diff.*", "\\dv+ desc_diff.*"]),
        .init(name: "lists on the search path", commands: ["set search_path = desc_diff", "\\d", "\\dt", "\\di", "\\d items"]),
        .init(name: "wildcards and case folding", commands: ["\\dt desc_diff.it*", "\\dt desc_diff.item?", "\\dt DESC_DIFF.ITEMS", "\\dt *.desc_bare", "\\dt desc_diff.items|desc_bare"]),
        .init(name: "three-part names", commands: ["\\dt postgres.desc_diff.items"]),
        .init(name: "schemas", commands: ["\\dn desc_diff", "\\dn+ desc_diff", "\\dn desc_*"]),
        .init(name: "roles", commands: ["\\du desc_diff_role", "\\dg desc_diff*", "\\du admin"]),
        .init(name: "system relations with S", commands: ["\\dtS pg_catalog.pg_clas?"]),
        .init(name: "nothing found", commands: ["\\dt desc_diff.nosuch", "\\d desc_diff.nosuch", "\\dn desc_nosuch"]),
        .init(name: "cross-database pattern", commands: ["\\d otherdb.desc_diff.items"]),
        .init(name: "tuples only and unaligned", commands: ["\\pset tuples_only on", "\\dt desc_diff.*", "\\d desc_diff.items"]),
    ]

    @Test func describeOutputMatchesPsql() throws {
        let cluster = try TestCluster.current()
        _ = try runPSQL(cluster, ["-q", "-c", DescribeFixture.setUp])
        defer { _ = try? runPSQL(cluster, ["-q", "-c", DescribeFixture.tearDown]) }
        for testCase in Self.cases {
            let arguments = testCase.commands.flatMap { ["-c", $0] }
            let expected = normalisingProgramName(try runPSQL(cluster, arguments))
            let actual = try runDSQL(cluster, arguments)
            #expect(actual.stdout == expected.stdout, "stdout differs for \(testCase.name)")
            #expect(DescribeFixture.withoutPrefixes(actual.stderr) == expected.stderr, "stderr differs for \(testCase.name)")
            #expect(actual.status == expected.status, "exit status differs for \(testCase.name)")
        }
    }

    @Test func echoHiddenPrintsEachCatalogQueryBeforeTheTable() throws {
        let cluster = try TestCluster.current()
        _ = try runPSQL(cluster, ["-q", "-c", DescribeFixture.setUp])
        defer { _ = try? runPSQL(cluster, ["-q", "-c", DescribeFixture.tearDown]) }
        let shown = try runDSQL(cluster, ["-v", "ECHO_HIDDEN=on", "-c", "\\dt desc_diff.items"])
        #expect(shown.stdout.hasPrefix("********* QUERY **********\nSELECT n.nspname as \"Schema\""))
        #expect(shown.stdout.contains("ORDER BY 1,2;\n**************************\n\n"))
        #expect(shown.stdout.contains("List of relations\n  Schema   | Name  |"))
        let flag = try runDSQL(cluster, ["-E", "-c", "\\dt desc_diff.items"])
        #expect(flag.stdout == shown.stdout)
        let notRun = try runDSQL(cluster, ["-v", "ECHO_HIDDEN=noexec", "-c", "\\d desc_diff.items"])
        #expect(notRun.stdout.hasPrefix("********* QUERY **********\nSELECT c.oid,"))
        #expect(!notRun.stdout.contains("Table \""))
    }
}
