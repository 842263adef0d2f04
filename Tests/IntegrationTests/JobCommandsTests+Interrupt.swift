import Foundation
import Glibc
import Testing

/// Part of the serialized job suite, which owns the stand-in `sys` schema.
extension JobCommandsTests {
    /// Ctrl-C while `\wait-job` blocks: the interactive shell's SIGINT handler cancels the
    /// wait and the shell stays usable.
    @Test func interruptStopsWaitingAndKeepsTheSession() throws {
        let cluster = try TestCluster.current()
        _ = try runPSQL(cluster, ["-q", "-c", JobCommandsTests.jobs])
        defer {
            _ = try? runPSQL(cluster, ["-q", "-c", "delete from local_standin.jobs where job_id like 'desc_job_%'"])
        }
        let name = "dsql-wait-job-\(UUID().uuidString.prefix(8))"
        let shell = try TerminalProcess(
            cluster.dsqlArguments + ["-X", "-n"],
            environment: cluster.environment.merging(["TERM": "dumb", "PGAPPNAME": name]) { $1 })
        #expect(shell.waitFor("]=", seconds: 10), "no prompt: \(shell.transcript)")
        let started = Date()
        shell.type("\\wait-job desc_job_slow\n")
        #expect(
            waitUntil(cluster, sessionIsRunning(name, queryLike: "CALL sys.wait_for_job(%")), "the shell is waiting")
        kill(shell.pid, SIGINT)
        #expect(
            shell.waitFor("stopped waiting; job desc_job_slow goes on running on the server", seconds: 10),
            "\(shell.transcript)")
        #expect(Date().timeIntervalSince(started) < 15)
        shell.type("select 41 + 1 as answer;\n")
        #expect(shell.waitFor("42", seconds: 10), "the session still works: \(shell.transcript)")
        shell.type("\\q\n")
    }
}
