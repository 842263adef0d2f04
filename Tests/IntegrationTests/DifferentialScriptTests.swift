import Foundation
import Testing

/// psql scripts that run against a plain PostgreSQL 15: the scanner's corpus plus
/// the shell's own (includes, ON_ERROR_STOP, AUTOCOMMIT, redirection, error variables).
enum ScriptCorpus {
    static var folders: [URL] {
        [
            TestCluster.packageRoot.appendingPathComponent("Tests/SQLScannerTests/Corpus"),
            TestCluster.packageRoot.appendingPathComponent("Tests/IntegrationTests/Scripts"),
        ]
    }

    /// Every script, as a path relative to the package root.
    static var files: [String] {
        folders.flatMap { folder in
            ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".sql") }
                .map {
                    folder.appendingPathComponent($0).path.replacingOccurrences(
                        of: TestCluster.packageRoot.path + "/", with: "")
                }
        }.sorted()
    }
}

/// How a script reaches the shell.
enum ScriptMode: String, CaseIterable, Sendable {
    case file = "-f FILE"
    case standardInput = "stdin"
}

@Suite("Scripts behave byte-identically to psql 15", .serialized)
struct DifferentialScriptTests {
    @Test func corpusHasAtLeastThirtyScripts() {
        #expect(ScriptCorpus.files.count >= 30, "\(ScriptCorpus.files)")
    }

    @Test(arguments: [
        ["-1"], ["-1", "-v", "ON_ERROR_STOP=1"], ["-v", "ON_ERROR_STOP=1"], ["-e"], ["-a"], ["-b"], ["-q"],
    ])
    func flagsOverAScriptWithAnErrorMatchPsql(_ flags: [String]) throws {
        let cluster = try TestCluster.current()
        let script = FileManager.default.temporaryDirectory.appendingPathComponent(
            "dsql-flags-\(UUID().uuidString).sql")
        defer { try? FileManager.default.removeItem(at: script) }
        try """
        create table flags_t (n int);
        insert into flags_t values (1);
        select * from flags_missing;
        insert into flags_t values (2);
        """.write(to: script, atomically: true, encoding: .utf8)
        let arguments =
            flags + ["-f", script.path, "-c", "select count(*) from flags_t", "-c", "drop table if exists flags_t"]
        let cleanUp = { _ = try? runPSQL(cluster, ["-q", "-c", "drop table if exists flags_t"]) }
        cleanUp()
        let expected = normalisingProgramName(try runPSQL(cluster, arguments))
        cleanUp()
        let actual = try runDSQL(cluster, arguments)
        cleanUp()
        #expect(actual.stdout == expected.stdout, "stdout differs for \(flags)")
        #expect(actual.stderr == expected.stderr, "stderr differs for \(flags)")
        #expect(actual.status == expected.status, "exit status differs for \(flags)")
    }

    @Test(arguments: ScriptCorpus.files, ScriptMode.allCases)
    func sameBytesAsPsql(_ script: String, mode: ScriptMode) throws {
        let cluster = try TestCluster.current()
        let path = TestCluster.packageRoot.appendingPathComponent(script).path
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let arguments = mode == .file ? ["-f", path] : []
        let stdin = mode == .file ? "" : text
        let expected = normalisingProgramName(try runPSQL(cluster, arguments, stdin: stdin))
        let actual = try runDSQL(cluster, arguments, stdin: stdin)
        #expect(actual.stdout == expected.stdout, "stdout differs for \(script) via \(mode.rawValue)")
        #expect(actual.stderr == expected.stderr, "stderr differs for \(script) via \(mode.rawValue)")
        #expect(actual.status == expected.status, "exit status differs for \(script) via \(mode.rawValue)")
    }
}
