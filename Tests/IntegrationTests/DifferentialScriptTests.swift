import Foundation
import Testing

/// The scanner corpus: psql scripts that run against a plain PostgreSQL 15.
enum ScriptCorpus {
    static var folder: URL { TestCluster.packageRoot.appendingPathComponent("Tests/SQLScannerTests/Corpus") }

    static var files: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".sql") }.sorted()
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

    @Test(arguments: ScriptCorpus.files, ScriptMode.allCases)
    func sameBytesAsPsql(_ script: String, mode: ScriptMode) throws {
        let cluster = try TestCluster.current()
        let path = ScriptCorpus.folder.appendingPathComponent(script).path
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
