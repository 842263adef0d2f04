import Foundation
import Testing

/// One very wide value is printed without being held more often than psql holds it.
///
/// psql keeps the value in libpq's input buffer and in the result; dsql must add no
/// copy of its own (formatted cell, padded header line, output buffer) on top.
@Suite("A very wide value costs no more memory than in psql")
struct WideValueMemoryTests {
    /// Runs `program arguments` under GNU time, hashing its stdout; returns the hash and the peak RSS in KiB.
    func measure(_ program: String, _ arguments: [String], environment: [String: String]) throws -> (
        hash: String, peak: Int
    ) {
        let folder = try makeScratchFolder("wide")
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = folder.appendingPathComponent("time.txt").path
        let script = "/usr/bin/time -o \"$0\" -f %M \"$@\" | md5sum"
        let result = try runProcess(
            "/bin/sh", ["-c", script, report, program] + arguments, environment: environment, timeout: 300)
        let lines = try String(contentsOfFile: report, encoding: .utf8).split(separator: "\n")
        let peak = lines.last.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) } ?? .max
        return (result.stdout, peak)
    }

    // (Wrapped format is left out: psql itself takes minutes to wrap 50 MB into lines.)
    @Test(arguments: [[String](), ["-x"]])
    func peakMemoryIsAtMostPsqls(format: [String]) throws {
        let cluster = try TestCluster.current()
        let query = ["-c", "select repeat('x', 50000000) as wide, 1 as n"]
        let dsql = try measure(
            Binaries.dsql, ["-X"] + cluster.dsqlArguments + format + query, environment: cluster.environment)
        let psql = try measure(
            Binaries.psql, ["-X", cluster.psqlConnectionString] + format + query, environment: cluster.environment)
        #expect(dsql.hash == psql.hash, "the same bytes as psql")
        #expect(dsql.peak <= psql.peak, "peak RSS dsql \(dsql.peak) KiB, psql \(psql.peak) KiB")
    }
}
