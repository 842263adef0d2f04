import Foundation
import Testing

/// `\copy … from` input that does not look like a tidy file of whole lines: data that ends
/// at `\.` with more input after it, CRLF scripts, missing newlines, binary data.
@Suite("\\copy from: end markers, line ends and binary input", .serialized)
struct CopyInputEdgeTests {
    static func temporaryFile(_ name: String, _ contents: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent(
            "desc-copy-edge-\(UUID().uuidString)-\(name)"
        ).path
        try contents.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func pstdinStopsAtTheEndMarkerAndLeavesTheRestForTheNextCopy() throws {
        let cluster = try TestCluster.current()
        let arguments = [
            "-c", "create table desc_copy_pstdin (a int, b text)", "-c", "\\copy desc_copy_pstdin from pstdin",
            "-c", "\\copy desc_copy_pstdin from pstdin", "-c", "select * from desc_copy_pstdin order by a",
            "-c", "drop table desc_copy_pstdin",
        ]
        let stdin = "1\tone\n\\.\n2\ttwo\n3\tno newline at the end"
        let expected = normalisingProgramName(try runPSQL(cluster, arguments, stdin: stdin))
        let actual = try runDSQL(cluster, arguments, stdin: stdin)
        #expect(actual.stdout == expected.stdout)
        #expect(actual.stderr == expected.stderr)
        #expect(actual.stdout.contains("COPY 1\nCOPY 2\n"))
    }

    @Test func aCRLFScriptResumesAfterItsEndMarker() throws {
        let cluster = try TestCluster.current()
        let script =
            "create table desc_copy_crlf (a int, b text);\r\n\\copy desc_copy_crlf from stdin\r\n1\tone\r\n2\ttwo\r\n\\.\r\n"
            + "select count(*) as n from desc_copy_crlf;\r\ndrop table desc_copy_crlf;\r\n"
        let expected = normalisingProgramName(try runPSQL(cluster, ["-f", "-"], stdin: script))
        let actual = try runDSQL(cluster, ["-f", "-"], stdin: script)
        #expect(actual.stdout == expected.stdout)
        #expect(actual.stderr == expected.stderr)
        #expect(actual.stdout.contains(" n \n---\n 2\n"))
    }

    @Test func csvEndMarkerInsideQuotesMissingNewlineAndEmptyFile() throws {
        let cluster = try TestCluster.current()
        let csv = try Self.temporaryFile("quoted.csv", "1,\"a\n\\.\nb\"\n2,x")
        let empty = try Self.temporaryFile("empty.txt", "")
        let text = try Self.temporaryFile("no-newline.txt", "3\tthree\r\n4\tfour")
        defer { for path in [csv, empty, text] { try? FileManager.default.removeItem(atPath: path) } }
        for batchRows in ["0", "1"] {
            _ = try runPSQL(
                cluster,
                ["-q", "-c", "drop table if exists desc_copy_edge; create table desc_copy_edge (a int, b text)"])
            let output = try runDSQL(
                cluster,
                [
                    "-v", "COPY_BATCH_ROWS=\(batchRows)",
                    "-c", "\\copy desc_copy_edge from '\(csv)' csv", "-c", "\\copy desc_copy_edge from '\(empty)'",
                    "-c", "\\copy desc_copy_edge from '\(text)'",
                    "-c", "\\pset format unaligned", "-c",
                    "select a, replace(b, E'\\n', '|') from desc_copy_edge order by a",
                    "-c", "drop table desc_copy_edge",
                ])
            #expect(output.stderr == "", "COPY_BATCH_ROWS=\(batchRows)")
            #expect(output.stdout.contains("COPY 2\nCOPY 0\nCOPY 2\n"), "COPY_BATCH_ROWS=\(batchRows)")
            #expect(output.stdout.contains("1|a|\\.|b\n2|x\n3|three\n4|four\n(4 rows)"), "COPY_BATCH_ROWS=\(batchRows)")
        }
    }

    @Test func binaryDataRoundTripsFromAFileAndAProgram() throws {
        let cluster = try TestCluster.current()
        let path = FileManager.default.temporaryDirectory.appendingPathComponent(
            "desc-copy-edge-\(UUID().uuidString).bin"
        ).path
        defer { try? FileManager.default.removeItem(atPath: path) }
        _ = try runPSQL(cluster, ["-q", "-c", "drop table if exists desc_copy_binary"])
        let output = try runDSQL(
            cluster,
            [
                "-c",
                "create table desc_copy_binary as select g as a, repeat(E'\\n\\\\.', g % 5) as b from generate_series(1, 70000) g",
                "-c", "\\copy desc_copy_binary to '\(path)' with (format binary)", "-c", "truncate desc_copy_binary",
                "-c", "\\copy desc_copy_binary from '\(path)' with (format binary)",
                "-c", "\\copy desc_copy_binary from program 'cat \(path)' with (format binary)",
                "-c", "select count(*), count(distinct a), sum(length(b)) from desc_copy_binary",
                "-c", "drop table desc_copy_binary",
            ])
        #expect(output.stderr == "")
        #expect(output.stdout.contains("SELECT 70000\nCOPY 70000\nTRUNCATE TABLE\nCOPY 70000\nCOPY 70000\n"))
        #expect(output.stdout.contains(" 140000 | 70000 | 840000\n"))
    }
}
