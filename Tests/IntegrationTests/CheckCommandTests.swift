import Foundation
import Testing

/// `dsql check` run as a binary: the scripts under CheckScripts, stdin, exit codes.
@Suite("dsql check lists what DSQL refuses, without a connection")
struct CheckCommandTests {
    static let folder = TestCluster.packageRoot.appendingPathComponent("Tests/IntegrationTests/CheckScripts")

    /// The `-- expect: rule[, rule]` marks of a script, as (line, rule) pairs.
    static func marks(in text: String) -> Set<Pair> {
        var marks: Set<Pair> = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard let range = line.range(of: "-- expect: ") else { continue }
            for rule in line[range.upperBound...].split(separator: ",") {
                marks.insert(Pair(line: index + 1, rule: rule.trimmingCharacters(in: .whitespaces)))
            }
        }
        return marks
    }

    struct Pair: Hashable, CustomStringConvertible {
        var line: Int
        var rule: String
        var description: String { "\(line):\(rule)" }
    }

    /// The (line, rule) pairs of `check --json` output.
    static func findings(_ json: String) throws -> Set<Pair> {
        let objects = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        return Set(
            try objects.map { Pair(line: try #require($0["line"] as? Int), rule: try #require($0["rule"] as? String)) })
    }

    @Test func everyRefusalInDSQLFactsIsFoundOnItsLine() throws {
        let path = Self.folder.appendingPathComponent("refused.sql").path
        let result = try runProcess(Binaries.dsql, ["check", "--json", path], environment: [:])
        #expect(result.status == 1, "\(result.stderr)")
        let expected = Self.marks(in: try String(contentsOfFile: path, encoding: .utf8))
        let found = try Self.findings(result.stdout)
        #expect(
            found.subtracting(expected).isEmpty,
            "unexpected: \(found.subtracting(expected).sorted { $0.line < $1.line })")
        #expect(
            expected.subtracting(found).isEmpty, "missed: \(expected.subtracting(found).sorted { $0.line < $1.line })")
        #expect(result.stdout.contains("\"sqlstate\": \"0A000\", \"message\": \"unsupported statement: Truncate\""))
    }

    @Test func supportedScriptIsClean() throws {
        let path = Self.folder.appendingPathComponent("supported.sql").path
        let result = try runProcess(Binaries.dsql, ["check", path], environment: [:])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.hasSuffix("statements in 1 file: no problems for DSQL\n"), "\(result.stdout)")
        let json = try runProcess(Binaries.dsql, ["check", "--json", path], environment: [:])
        #expect(json.status == 0 && json.stdout == "[]\n")
    }

    @Test func standardInputAndAnInsertOfMoreThan3000Rows() throws {
        let rows = (1...3_001).map { "(\($0))" }.joined(separator: ", ")
        let script = "select 1;\ninsert into t values \(rows);\n"
        let result = try runProcess(Binaries.dsql, ["check", "-"], environment: [:], stdin: script)
        #expect(result.status == 1)
        #expect(result.stdout.contains("-:2: an INSERT … VALUES of more than 3,000 rows"), "\(result.stdout)")
        #expect(result.stdout.contains("instead: batches of at most 3,000 rows in separate transactions, or \\copy"))
        #expect(result.stdout.contains("DSQL answers: 54000 transaction row limit exceeded"))
    }

    @Test func textNamesFileLineReasonAndTheWayInstead() throws {
        let result = try runProcess(
            Binaries.dsql, ["check", "-"], environment: [:], stdin: "\n\\echo x\ncreate index i on t (a);\n")
        #expect(result.status == 1)
        #expect(
            result.stdout == """
                -:3: a plain CREATE INDEX is refused [create-index]
                    create index i on t (a);
                    DSQL answers: unsupported mode. please use CREATE INDEX ASYNC.
                    instead: CREATE INDEX ASYNC …; then CALL sys.wait_for_job('<job_id>') or watch sys.jobs
                1 statement in 1 file: 1 problem for DSQL

                """)
    }

    @Test func unreadableInputExitsTwoAndTheRestIsStillChecked() throws {
        let supported = Self.folder.appendingPathComponent("supported.sql").path
        let result = try runProcess(
            Binaries.dsql, ["check", "/nonexistent/x.sql", Self.folder.path, supported], environment: [:])
        #expect(result.status == 2)
        #expect(
            result.stderr.contains("dsql: error: /nonexistent/x.sql: No such file or directory"), "\(result.stderr)")
        #expect(result.stderr.contains(Self.folder.path), "\(result.stderr)")
        #expect(result.stdout.contains("in 1 file: no problems for DSQL"), "\(result.stdout)")
    }

    @Test func noFileIsAUsageError() throws {
        let result = try runProcess(Binaries.dsql, ["check"], environment: [:])
        #expect(result.status == 1)
        #expect(result.stderr.contains("Missing expected argument"), "\(result.stderr)")
    }
}
