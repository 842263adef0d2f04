import Testing

@testable import SystemSupport

@Suite("Children run with exactly the environment given, their output captured, and a deadline")
struct ChildProcessTests {
    private let environment = ["PATH": "/usr/bin:/bin", "GREETING": "hello"]

    @Test func statusOutputAndEnvironmentComeBack() throws {
        let outcome = try ChildProcess.run(
            ["sh", "-c", "printf %s \"$GREETING\"; printf oops >&2; exit 3"],
            environment: environment, timeout: 10)
        #expect(outcome.status == 3)
        #expect(String(decoding: outcome.stdout, as: UTF8.self) == "hello")
        #expect(String(decoding: outcome.stderr, as: UTF8.self) == "oops")
    }

    @Test func aSignalIsReportedAs128PlusItsNumber() throws {
        let outcome = try ChildProcess.run(["sh", "-c", "kill -KILL $$"], environment: environment, timeout: 10)
        #expect(outcome.status == 128 + 9)
    }

    @Test func aChildPastItsDeadlineIsKilled() {
        #expect(throws: ChildProcess.Failure.timedOut) {
            try ChildProcess.run(["sleep", "30"], environment: environment, timeout: 0.2)
        }
    }

    @Test func aProgramMissingFromPATHIsNotFound() {
        #expect(throws: ChildProcess.Failure.notFound("dsql-no-such-program")) {
            try ChildProcess.run(["dsql-no-such-program"], environment: environment, timeout: 10)
        }
    }
}
