import Foundation
import Testing

/// A write that fails (a full disk) is reported with the output's name and the OS error,
/// and the run never ends in success: a partial export must not look finished.
///
/// `/dev/full` fails every write with ENOSPC, as a full disk does.
@Suite("Failed writes are reported and fail the run")
struct WriteFailureTests {
    let noSpace = "No space left on device"

    /// Runs dsql with `arguments`, its stdout sent to /dev/full when `stdoutFull`.
    func run(_ arguments: [String], input: String = "", stdoutFull: Bool = false) throws -> ProcessOutput {
        let cluster = try TestCluster.current()
        guard stdoutFull else {
            return try runProcess(
                Binaries.dsql, cluster.dsqlArguments + arguments, environment: cluster.environment, stdin: input)
        }
        return try runProcess(
            "/bin/sh", ["-c", "exec \"$0\" \"$@\" >/dev/full", Binaries.dsql] + cluster.dsqlArguments + arguments,
            environment: cluster.environment, stdin: input)
    }

    @Test func standardOutputOnAFullDiskFailsACommand() throws {
        let result = try run(["-c", "select generate_series(1, 100000) as n"], stdoutFull: true)
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.contains("could not write to standard output: \(noSpace)"), "\(result.stderr)")
    }

    @Test func standardOutputOnAFullDiskFailsAScript() throws {
        // psql reports the failure but exits 0 here; dsql never reports a lost export as success.
        for format in [["-A", "-t"], [], ["--csv"]] {
            let result = try run(format, input: "select generate_series(1, 50000) as n;\nselect 1;\n", stdoutFull: true)
            #expect(result.status == 1, "\(format): \(result.stderr)")
            #expect(
                result.stderr.contains("could not write to standard output: \(noSpace)"), "\(format): \(result.stderr)")
        }
    }

    @Test func outputFileOptionNamesTheFile() throws {
        let result = try run(["-o", "/dev/full", "-c", "select 1 as one"])
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.contains("could not write to file \"/dev/full\": \(noSpace)"), "\(result.stderr)")
    }

    @Test func backslashOAndBackslashGTargetsAreChecked() throws {
        let script = "\\o /dev/full\nselect 1 as one;\n\\o\nselect 2 as two \\g /dev/full\nselect 3 as three;\n"
        let result = try run([], input: script)
        #expect(result.status == 1, "\(result.stderr)")
        let failures =
            result.stderr.components(separatedBy: "could not write to file \"/dev/full\": \(noSpace)").count - 1
        #expect(failures == 2, "\(result.stderr)")
        #expect(
            result.stdout.contains(" three \n-------\n     3\n"),
            "the script goes on after the failed outputs: \(result.stdout)")
    }

    @Test func failedWriteStopsAScriptUnderOnErrorStop() throws {
        let result = try run(["-v", "ON_ERROR_STOP=1"], input: "select 1 as one \\g /dev/full\nselect 2 as two;\n")
        #expect(result.status == 3, "\(result.stderr)")
        #expect(!result.stdout.contains("two"), "\(result.stdout)")
    }

    @Test func copyToAFullDiskIsNotReportedAsDone() throws {
        let result = try run(["-c", "\\copy (select generate_series(1, 100000)) to '/dev/full'"])
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.contains("could not write to file \"/dev/full\": \(noSpace)"), "\(result.stderr)")
        #expect(!result.stdout.contains("COPY 100000"), "no success tag for a lost export: \(result.stdout)")
    }

    @Test func copyToStdoutOnAFullDiskFails() throws {
        let result = try run(["-c", "copy (select generate_series(1, 1000)) to stdout"], stdoutFull: true)
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.contains("could not write to standard output: \(noSpace)"), "\(result.stderr)")
    }

    @Test func echoToAFullDiskFails() throws {
        let result = try run(["-c", "\\echo hello"], stdoutFull: true)
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.contains(noSpace), "\(result.stderr)")
    }

    @Test func closedPipeIsNotAnError() throws {
        // A reader that stops early (head, a pager) chose to stop: nothing was lost unasked.
        let cluster = try TestCluster.current()
        let result = try runProcess(
            Binaries.dsql,
            cluster.dsqlArguments + ["-c", "\\o |head -c 1 >/dev/null", "-c", "select generate_series(1, 200000)"],
            environment: cluster.environment)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stderr.contains("could not write"), "\(result.stderr)")
    }
}
