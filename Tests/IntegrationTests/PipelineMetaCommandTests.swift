import Foundation
import Testing

/// psql 18's pipeline and extended-query meta-commands (`\startpipeline` … `\endpipeline`,
/// `\bind`, `\parse`, `\bind_named`, `\close_prepared`) print what psql 18 prints.
///
/// Each script in `PipelineScripts/` runs through dsql (`-f -`) and is checked against
/// `NAME.expected`: stdout, stderr and exit status recorded from psql 18 (built by
/// `scripts/psql18`). Where libpq 15 cannot do what the script asks (`\close_prepared`),
/// `NAME.libpq15.expected` holds dsql's refusal instead. With DSQL_PSQL18 pointing at a
/// psql 18 the scripts also run through it and the two are compared live; with
/// DSQL_RECORD_PSQL18=1 as well, the `.expected` files are recorded again.
@Suite("psql 18 pipeline meta-commands: psql 18's output", .serialized)
struct PipelineMetaCommandTests {
    static let folder = TestCluster.packageRoot.appendingPathComponent("Tests/IntegrationTests/PipelineScripts")
    static let scripts = [
        "several-queries", "error-in-the-middle", "on-error-stop", "bind-outside-pipeline",
        "close-prepared", "misuse", "copy-in-pipeline", "echo",
    ]
    static let psql18 = ProcessInfo.processInfo.environment["DSQL_PSQL18"].flatMap { $0.isEmpty ? nil : $0 }
    static let recording = ProcessInfo.processInfo.environment["DSQL_RECORD_PSQL18"] == "1"

    @Test(arguments: scripts)
    func scriptPrintsWhatPsql18Prints(_ name: String) throws {
        let cluster = try TestCluster.current()
        let script = try String(contentsOf: Self.folder.appendingPathComponent(name + ".sql"), encoding: .utf8)
        let actual = try runDSQL(cluster, ["-X", "-f", "-"], stdin: script)
        let libpqMajor = try LibpqNegotiationTests.reportedLibpqMajor(cluster) ?? 0
        if let psql18 = Self.psql18 {
            let reference = normalisingProgramName(
                try runProcess(
                    psql18, ["-X", cluster.psqlConnectionString, "-f", "-"], environment: cluster.environment,
                    stdin: script))
            if Self.recording { try Self.record(reference, name: name) }
            if libpqMajor >= 17 || !FileManager.default.fileExists(atPath: Self.expectedFile(name, libpq15: true).path)
            {
                #expect(actual.stdout == reference.stdout, "stdout differs from psql 18's")
                #expect(actual.stderr == reference.stderr, "stderr differs from psql 18's")
                #expect(actual.status == reference.status)
            }
        }
        let expected = try Self.expected(name, libpqMajor: libpqMajor)
        #expect(actual.stdout == expected.stdout, "stdout:\n\(actual.stdout)")
        #expect(actual.stderr == expected.stderr, "stderr:\n\(actual.stderr)")
        #expect(actual.status == expected.status)
    }

    static func expectedFile(_ name: String, libpq15: Bool) -> URL {
        folder.appendingPathComponent(name + (libpq15 ? ".libpq15.expected" : ".expected"))
    }

    /// The recorded output: `exit: N`, then `--- stdout` and `--- stderr` sections.
    static func expected(_ name: String, libpqMajor: Int) throws -> ProcessOutput {
        var file = expectedFile(name, libpq15: libpqMajor < 17)
        if !FileManager.default.fileExists(atPath: file.path) { file = expectedFile(name, libpq15: false) }
        let text = try String(contentsOf: file, encoding: .utf8)
        guard let stdoutMark = text.range(of: "--- stdout\n"), let stderrMark = text.range(of: "--- stderr\n"),
            let status = Int32(
                text[..<stdoutMark.lowerBound].replacingOccurrences(of: "exit: ", with: "")
                    .trimmingCharacters(in: .whitespacesAndNewlines))
        else { throw MalformedExpectation(file: file.path) }
        return ProcessOutput(
            stdout: String(text[stdoutMark.upperBound..<stderrMark.lowerBound]),
            stderr: String(text[stderrMark.upperBound...]), status: status)
    }

    static func record(_ output: ProcessOutput, name: String) throws {
        let text = "exit: \(output.status)\n--- stdout\n" + output.stdout + "--- stderr\n" + output.stderr
        try text.write(to: expectedFile(name, libpq15: false), atomically: true, encoding: .utf8)
    }

    /// A statement outside any pipeline is never held back by one that ended, and an
    /// implicit send-ahead (a transaction block) is read before `\startpipeline`.
    @Test func sendAheadIsDrainedBeforeAnExplicitPipeline() throws {
        let cluster = try TestCluster.current()
        let script = "begin;\nselect 'ahead' as a;\n\\startpipeline\nselect 'piped' as p;\n\\endpipeline\ncommit;\n"
        let result = try runDSQL(cluster, ["-X", "-At"], stdin: script)
        #expect(result.stdout == "BEGIN\nahead\npiped\nCOMMIT\n")
        #expect(result.stderr == "")
        #expect(result.status == 0)
    }
}

struct MalformedExpectation: Error, CustomStringConvertible {
    var file: String
    var description: String { "\(file) is not `exit: N`, `--- stdout`, `--- stderr`" }
}
