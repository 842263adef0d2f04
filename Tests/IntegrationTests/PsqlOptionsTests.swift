import Foundation
import Testing

/// psql's remaining options and its connection strings, compared byte for byte with psql 15.
@Suite("psql options and connection strings behave as in psql", .serialized)
struct PsqlOptionsTests {
    /// Runs psql and dsql with the same arguments (no connection flags added) and compares everything.
    private func compare(
        _ arguments: [String], dsqlExtra: [String] = ["--no-iam"], stdin: String = "",
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let cluster = try TestCluster.current()
        let expected = normalisingProgramName(
            try runProcess(Binaries.psql, ["-X"] + arguments, environment: cluster.environment, stdin: stdin))
        let actual = try runProcess(
            Binaries.dsql, ["-X"] + dsqlExtra + arguments, environment: cluster.environment, stdin: stdin)
        #expect(actual.stdout == expected.stdout, "stdout differs for \(arguments)", sourceLocation: sourceLocation)
        #expect(actual.stderr == expected.stderr, "stderr differs for \(arguments)", sourceLocation: sourceLocation)
        #expect(
            actual.status == expected.status, "exit status differs for \(arguments)", sourceLocation: sourceLocation)
    }

    /// The test cluster as a URI (verify-full against the test CA).
    private func uri(_ cluster: TestCluster) -> String {
        let ca = cluster.caFile.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? cluster.caFile
        return
            "postgresql://\(cluster.user)@\(cluster.host):\(cluster.port)/\(cluster.database)?hostaddr=\(cluster.hostAddress)&sslmode=verify-full&sslrootcert=\(ca)"
    }

    private static let variables = #"\echo :DBNAME :USER :HOST :PORT :ENCODING"#

    @Test func aURIAsTheEndpointConnectsLikePsql() throws {
        let cluster = try TestCluster.current()
        try compare([uri(cluster), "-c", Self.variables])
    }

    @Test func aConnectionStringInDbnameConnectsLikePsql() throws {
        let cluster = try TestCluster.current()
        try compare(["-d", cluster.psqlConnectionString, "-c", Self.variables])
        try compare([
            "-d", cluster.psqlConnectionString + " application_name=options_app", "-c", "show application_name",
        ])
    }

    @Test func connectWithAConnectionStringMovesTheVariables() throws {
        let cluster = try TestCluster.current()
        let script = """
            \\c '\(cluster.psqlConnectionString) application_name=options_c'
            \(Self.variables)
            show application_name;
            \\c \(uri(cluster))
            \(Self.variables)
            """
        try compare(["-d", cluster.psqlConnectionString], stdin: script)
    }

    @Test func aWeakerSslmodeInAConnectionStringIsRefused() throws {
        let cluster = try TestCluster.current()
        for text in [
            cluster.psqlConnectionString + " sslmode=disable",
            uri(cluster).replacingOccurrences(of: "verify-full", with: "prefer"),
        ] {
            let output = try runProcess(
                Binaries.dsql, ["-X", "--no-iam", text, "-c", "select 1"], environment: cluster.environment)
            #expect(output.status == 1)
            #expect(output.stdout.isEmpty)
            #expect(output.stderr.contains("is not supported: Aurora DSQL requires TLS"), "\(output.stderr)")
        }
        let script = "\\c 'sslmode=allow'\nselect 'not reached';\n"
        let output = try runDSQL(cluster, [], stdin: script)
        #expect(output.status == 2, "a script stops where \\c cannot connect, as in psql")
        #expect(!output.stdout.contains("not reached"))
    }

    @Test func aServiceFileIsReadAndHeldToThePolicy() throws {
        let cluster = try TestCluster.current()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dsql-service-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("pg_service.conf")
        let keywords = cluster.psqlConnectionString.split(separator: " ").joined(separator: "\n")
        try "[opts]\n\(keywords)\n[weak]\nsslmode=prefer\n\(keywords)\n".write(
            to: file, atomically: true, encoding: .utf8)
        var environment = cluster.environment
        environment["PGSERVICEFILE"] = file.path
        let run = { (arguments: [String], program: String) in
            try runProcess(program, ["-X"] + arguments, environment: environment)
        }
        let expected = normalisingProgramName(try run(["service=opts", "-c", Self.variables], Binaries.psql))
        let actual = try run(["--no-iam", "service=opts", "-c", Self.variables], Binaries.dsql)
        #expect(actual.stdout == expected.stdout)
        #expect(actual.status == 0)
        environment["PGSERVICE"] = "opts"
        let fromEnvironment = try run(["--no-iam", "-c", Self.variables], Binaries.dsql)
        #expect(fromEnvironment.stdout == expected.stdout)
        let weak = try run(["--no-iam", "service=weak", "-c", "select 1"], Binaries.dsql)
        #expect(weak.status == 1)
        #expect(weak.stderr.contains("sslmode \"prefer\" is not supported"), "\(weak.stderr)")
    }

    @Test func listPrintsTheDatabasesAndExits() throws {
        let cluster = try TestCluster.current()
        try compare(["-d", cluster.psqlConnectionString, "-l", "-c", "select 'not run'"])
    }

    @Test func singleLineEndsStatementsAtLineEnds() throws {
        let cluster = try TestCluster.current()
        try compare(["-d", cluster.psqlConnectionString, "-S"], stdin: "select 1 as a\nselect (2\n+ 3) as b\n")
    }

    @Test func singleStepAsksBeforeEachStatement() throws {
        let cluster = try TestCluster.current()
        let script = FileManager.default.temporaryDirectory.appendingPathComponent("dsql-step-\(UUID().uuidString).sql")
        defer { try? FileManager.default.removeItem(at: script) }
        try "select 1 as a;\nselect 2 as b;\nselect 3 as c;\n".write(to: script, atomically: true, encoding: .utf8)
        try compare(["-d", cluster.psqlConnectionString, "-s", "-f", script.path], stdin: "\nx\n\n")
    }

    @Test func logFileHoldsQueriesResultsAndTags() throws {
        let cluster = try TestCluster.current()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dsql-log-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let script = """
            create table options_log_t (a int, b text);
            insert into options_log_t values (1, 'one'), (2, null) returning a;
            begin;
            insert into options_log_t values (3, 'in a transaction');
            commit;
            \\d options_log_t
            \\x on
            select * from options_log_t;
            \\pset format unaligned
            select 1/0;
            drop table options_log_t;
            """
        var logs: [String] = []
        for program in [Binaries.psql, Binaries.dsql] {
            let log = folder.appendingPathComponent(program == Binaries.psql ? "psql.log" : "dsql.log")
            let extra = program == Binaries.dsql ? ["--no-iam"] : []
            _ = try runProcess(
                program, ["-X", "-q"] + extra + ["-d", cluster.psqlConnectionString, "-L", log.path],
                environment: cluster.environment, stdin: script)
            logs.append(try String(contentsOf: log, encoding: .utf8))
        }
        #expect(logs[1] == logs[0])
        #expect(logs[0].contains("********* QUERY **********"))
    }

    @Test func passwordPromptIsRefusedWithIAM() throws {
        let cluster = try TestCluster.current()
        let output = try runProcess(
            Binaries.dsql, ["-X", "-W", cluster.host, "-c", "select 1"], environment: cluster.environment)
        #expect(output.status == 1)
        #expect(output.stderr.contains("-W/--password: IAM authentication"), "\(output.stderr)")
    }

    @Test func noPasswordNeverAsks() throws {
        let cluster = try TestCluster.current()
        var environment = cluster.environment
        environment["PGPASSWORD"] = nil
        environment["PGPASSFILE"] = "/nonexistent"
        let output = try runProcess(
            Binaries.dsql, ["-X", "-w", "--no-iam", "-d", cluster.psqlConnectionString, "-c", "select 1"],
            environment: environment)
        #expect(output.status == 2)
        #expect(output.stderr.contains("password"), "\(output.stderr)")
    }
}
