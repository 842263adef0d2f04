import Foundation
import Testing

/// Scripts send statements ahead of their results where that is provably what psql does,
/// and everywhere when asked for; round trips are counted by a delaying proxy.
@Suite("Pipelined scripts: fewer round trips, psql's output", .serialized)
struct PipelineTests {
    let table = "pipe_\(UUID().uuidString.prefix(8).lowercased())"

    /// Runs dsql through `proxy` with `stdin`; returns the output and the round trips it took.
    func runThrough(_ proxy: LatencyProxy, _ arguments: [String], stdin: String) throws -> (ProcessOutput, Int) {
        let cluster = try TestCluster.current()
        var through = cluster
        through.port = String(proxy.port)
        let before = proxy.stats()
        let result = try runDSQL(through, arguments, stdin: stdin)
        return (result, proxy.turns(ofConnectionAfter: before))
    }

    func inserts(_ count: Int) -> String {
        (1...count).map { "insert into \(table) values (\($0));\n" }.joined()
    }

    func withTable(_ body: (TestCluster) throws -> Void) throws {
        let cluster = try TestCluster.current()
        _ = try runPSQL(cluster, ["-q", "-c", "create table \(table) (id int primary key)"])
        defer { _ = try? runPSQL(cluster, ["-q", "-c", "drop table if exists \(table)"]) }
        try body(cluster)
    }

    @Test func aTransactionBlockGoesAheadByDefault() throws {
        try withTable { cluster in
            let proxy = try LatencyProxy(targetPort: cluster.port, oneWayMilliseconds: 20)
            let (result, turns) = try runThrough(proxy, [], stdin: "begin;\n" + inserts(300) + "commit;\n")
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout == "BEGIN\n" + String(repeating: "INSERT 0 1\n", count: 300) + "COMMIT\n")
            #expect(result.stderr.isEmpty, "\(result.stderr)")
            #expect(turns < 100, "300 statements one at a time need 300 round trips; sent ahead: \(turns)")
            #expect(try scalar(cluster, "select count(*) from \(table)") == "300")
        }
    }

    @Test func autocommitStatementsGoAheadOnlyWhenAskedFor() throws {
        try withTable { cluster in
            let proxy = try LatencyProxy(targetPort: cluster.port, oneWayMilliseconds: 5)
            let (plain, plainTurns) = try runThrough(proxy, [], stdin: inserts(60))
            #expect(plain.status == 0, "\(plain.stderr)")
            #expect(plainTurns >= 60, "one round trip each without --pipeline: \(plainTurns)")
            _ = try runPSQL(cluster, ["-q", "-c", "truncate \(table)"])
            let proxySlow = try LatencyProxy(targetPort: cluster.port, oneWayMilliseconds: 20)
            let (piped, pipedTurns) = try runThrough(proxySlow, ["--pipeline"], stdin: inserts(200))
            #expect(piped.status == 0, "\(piped.stderr)")
            #expect(piped.stdout == String(repeating: "INSERT 0 1\n", count: 200))
            #expect(pipedTurns < 100, "\(pipedTurns)")
            let notes = piped.stderr.components(separatedBy: "dsql: note: PIPELINE on").count - 1
            #expect(notes == 1, "the weaker guarantee is said once: \(piped.stderr)")
        }
    }

    @Test func pipelineOffSendsOneAtATime() throws {
        try withTable { cluster in
            let proxy = try LatencyProxy(targetPort: cluster.port, oneWayMilliseconds: 5)
            let (result, turns) = try runThrough(
                proxy, ["-v", "PIPELINE=off"], stdin: "begin;\n" + inserts(50) + "commit;\n")
            #expect(result.status == 0, "\(result.stderr)")
            #expect(turns >= 52, "\(turns)")
        }
    }

    @Test func aFailureUnderOnErrorStopCommitsNothingAndPrintsNothingAfter() throws {
        try withTable { cluster in
            let script =
                "\\set ON_ERROR_STOP on\nbegin;\n" + inserts(20) + "insert into \(table) values (5);\n"
                + inserts(3)
                .replacingOccurrences(of: "values (", with: "values (100") + "commit;\nselect 'after';\n"
            let expected = normalisingProgramName(try runPSQL(cluster, [], stdin: script))
            #expect(try scalar(cluster, "select count(*) from \(table)") == "0")
            let actual = try runDSQL(cluster, [], stdin: script)
            #expect(actual.stdout == expected.stdout)
            #expect(actual.stderr == expected.stderr)
            #expect(actual.status == 3 && expected.status == 3)
            #expect(try scalar(cluster, "select count(*) from \(table)") == "0", "the block was never committed")
        }
    }

    @Test(arguments: ScriptCorpus.files)
    func corpusWithPipelineOnMatchesPsql(_ script: String) throws {
        // With PIPELINE on, statements after a failure under ON_ERROR_STOP may have run (the
        // weaker guarantee); what is printed must still be psql's, for every script.
        let cluster = try TestCluster.current()
        let text = try String(
            contentsOfFile: TestCluster.packageRoot.appendingPathComponent(script).path, encoding: .utf8)
        let expected = normalisingProgramName(try runPSQL(cluster, [], stdin: text))
        let actual = try runDSQL(cluster, ["-v", "PIPELINE=on"], stdin: text)
        let stderr = actual.stderr.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("dsql: note: PIPELINE on") }.joined(separator: "\n")
        #expect(actual.stdout == expected.stdout, "stdout differs for \(script)")
        #expect(stderr == expected.stderr, "stderr differs for \(script)")
        #expect(actual.status == expected.status, "exit status differs for \(script)")
    }
}
