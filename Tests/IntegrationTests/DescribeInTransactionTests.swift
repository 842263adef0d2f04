import Testing

/// Describe commands inside the user's transaction use only queries known to work on Aurora
/// DSQL. The stand-in: a database where the functions unconfirmed on DSQL (the size
/// functions, pg_get_function_sqlbody) raise for the role — while every catalog stays
/// readable, so only a function could abort the transaction.
@Suite("Describe inside a transaction never calls a function that can fail on DSQL", .serialized)
struct DescribeInTransactionTests {
    static let password = "desc-fn-limited-pw"
    static let database = "desc_functions"

    static func prepare(_ cluster: TestCluster) throws {
        _ = try runPSQL(
            cluster,
            [
                "-q", "-c", "drop database if exists \(database)", "-c",
                "create database \(database) template template0",
                "-c", "drop role if exists desc_fn_limited",
                "-c", "create role desc_fn_limited login password '\(password)'",
            ])
        let setUp = """
            revoke execute on function pg_catalog.pg_table_size(regclass), pg_catalog.pg_database_size(name),
                pg_catalog.pg_database_size(oid), pg_catalog.pg_get_function_sqlbody(oid) from public;
            create table public.desc_t (id int primary key, name text not null default 'x');
            alter table public.desc_t owner to desc_fn_limited;
            create function public.desc_add(a int, b int) returns int language sql return a + b;
            """
        var inDatabase = cluster
        inDatabase.database = database
        let prepared = try runPSQL(inDatabase, ["-q", "-v", "ON_ERROR_STOP=1", "-c", setUp])
        #expect(prepared.status == 0, "\(prepared.stderr)")
    }

    static func cleanUp(_ cluster: TestCluster) {
        _ = try? runPSQL(
            cluster, ["-q", "-c", "drop database if exists \(database)", "-c", "drop role if exists desc_fn_limited"])
    }

    func runAsLimitedRole(_ cluster: TestCluster, _ arguments: [String], stdin: String = "") throws -> ProcessOutput {
        try runDSQL(
            cluster, ["-U", "desc_fn_limited", "-d", Self.database] + arguments, stdin: stdin,
            environment: ["PGPASSWORD": Self.password])
    }

    @Test func theStandInRaisesWhereDSQLMight() throws {
        let cluster = try TestCluster.current()
        try Self.prepare(cluster)
        defer { Self.cleanUp(cluster) }
        let size = try runAsLimitedRole(cluster, ["-c", "select pg_catalog.pg_table_size('desc_t')"])
        #expect(size.stderr.contains("permission denied for function pg_table_size"), "\(size.stderr)")
    }

    @Test func verboseDescribesLeaveTheTransactionUsable() throws {
        let cluster = try TestCluster.current()
        try Self.prepare(cluster)
        defer { Self.cleanUp(cluster) }
        let script = """
            begin;
            insert into desc_t values (1, 'kept');
            \\dt+ desc_t
            \\df+ desc_add
            \\l+
            \\d+ desc_t
            select name as still_fine from desc_t;
            commit;
            select count(*) as committed from desc_t;

            """
        let output = try runAsLimitedRole(cluster, ["-f", "-"], stdin: script)
        #expect(output.stderr == "", "\(output.stderr)")
        #expect(output.stdout.contains("List of relations"))
        #expect(output.stdout.contains(" desc_t "))
        #expect(!output.stdout.contains("| Size"), "no size inside the transaction")
        #expect(output.stdout.contains("List of functions"))
        #expect(output.stdout.contains(" desc_add "))
        #expect(output.stdout.contains("List of databases"))
        #expect(output.stdout.contains("Table \"public.desc_t\""))
        #expect(output.stdout.contains(" still_fine \n------------\n kept\n(1 row)\n\nCOMMIT\n"), "\(output.stdout)")
        #expect(output.stdout.contains(" committed \n-----------\n         1\n"))
    }

    /// Outside a transaction nothing changes: the richer query is tried first, as in psql.
    @Test func outsideATransactionTheRicherQueriesAreStillTried() throws {
        let cluster = try TestCluster.current()
        try Self.prepare(cluster)
        defer { Self.cleanUp(cluster) }
        let output = try runAsLimitedRole(cluster, ["-E", "-c", "\\dt+ desc_t"])
        #expect(output.stdout.contains("pg_catalog.pg_table_size(c.oid)"), "tried first")
        #expect(output.stdout.contains("List of relations"))
        #expect(output.stderr == "")
    }
}
