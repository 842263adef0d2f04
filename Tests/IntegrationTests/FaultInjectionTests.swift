import Foundation
import Testing

/// The server fails under a running session: each failure ends in a clear message, the right
/// exit code, and no hang.
///
/// Runs against a server of its own (`FaultInjectionServer`), never the shared test cluster.
@Suite("Server failures end in a clear message and exit code, never a hang", .serialized)
struct FaultInjectionTests {
    let server: FaultInjectionServer

    init() throws {
        server = try FaultInjectionServer.shared.get()
        try server.ensureRunning()
    }

    func runDSQL(_ arguments: [String], environment: [String: String] = [:], timeout: TimeInterval = 60) throws -> (
        ProcessOutput, TimeInterval
    ) {
        let started = Date()
        let result = try runProcess(
            Binaries.dsql, server.cluster.dsqlArguments + arguments,
            environment: server.cluster.environment.merging(environment) { $1 },
            input: Data(), timeout: timeout)
        return (result, Date().timeIntervalSince(started))
    }

    /// Runs `action` on the server in the background once dsql's session (named by
    /// `applicationName`) has been running a statement like `pattern` for `grace` seconds.
    func whenRunning(
        _ applicationName: String, _ pattern: String, grace: Double = 0,
        _ action: @escaping @Sendable (FaultInjectionServer) -> Void
    ) -> DispatchGroup {
        inBackground { [server] in
            _ = waitUntil(server.cluster, sessionIsRunning(applicationName, queryLike: pattern), timeout: 30)
            Thread.sleep(forTimeInterval: grace)
            action(server)
        }
    }

    @Test func serverStoppedMidResultEndsTheRunWithExitTwo() throws {
        let name = "dsql-fault-\(UUID().uuidString.prefix(8))"
        let stopper = whenRunning(name, "select generate_series%", grace: 1) {
            _ = try? $0.control(["stop", "-m", "fast", "-w"])
        }
        let (result, seconds) = try runDSQL(
            ["--csv", "-c", "select generate_series(1, 200000000) as g, repeat('x', 500) as pad"],
            environment: ["PGAPPNAME": name])
        stopper.wait()
        #expect(endedCleanly(result), "\(result.stderr)")
        #expect(result.status == 2, "\(result.stderr)")
        #expect(
            result.stderr.contains("terminating connection due to administrator command")
                || result.stderr.contains("connection to server was lost"), "\(result.stderr)")
        // A set-returning function in the select list streams (one in FROM would be materialised first).
        #expect(
            result.stdout.hasPrefix("g,pad\n1,xxx"), "rows before the stop were printed: \(result.stdout.prefix(100))")
        #expect(seconds < 30, "took \(seconds) s")
    }

    @Test func serverKilledMidStatementEndsTheRunWithExitTwo() throws {
        let name = "dsql-fault-\(UUID().uuidString.prefix(8))"
        let killer = whenRunning(name, "select pg_sleep(60)") { _ = try? $0.control(["stop", "-m", "immediate"]) }
        let (result, seconds) = try runDSQL(["-c", "select pg_sleep(60)"], environment: ["PGAPPNAME": name])
        killer.wait()
        #expect(endedCleanly(result), "\(result.stderr)")
        #expect(result.status == 2, "\(result.stderr)")
        #expect(
            result.stderr.contains("connection to server was lost")
                || result.stderr.contains("server closed the connection"),
            "\(result.stderr)")
        #expect(seconds < 20, "no wait for the 60-second statement: took \(seconds) s")
    }

    @Test func serverRestartedBetweenStatementsIsReconnectedTransparently() throws {
        let restart = server.shellCommand(["restart", "-m", "fast", "-w", "-l", server.folder + "/server.log"])
        let script = "select 1 as before;\n\\! \(restart) >/dev/null 2>&1\nselect 2 as after;\n"
        let path = server.folder + "/restart-\(UUID().uuidString.prefix(8)).sql"
        try script.write(toFile: path, atomically: true, encoding: .utf8)
        let (result, seconds) = try runDSQL(["-f", path])
        #expect(endedCleanly(result), "\(result.stderr)")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains(" before \n--------\n      1\n"), "\(result.stdout)")
        #expect(result.stdout.contains(" after \n-------\n     2\n"), "\(result.stdout)")
        #expect(seconds < 60, "took \(seconds) s")
    }

    @Test func serverStoppedBetweenStatementsEndsTheScriptWithExitTwo() throws {
        let stop = server.shellCommand(["stop", "-m", "fast", "-w"])
        let script = "select 1 as before;\n\\! \(stop) >/dev/null 2>&1\nselect 2 as after;\nselect 3 as never;\n"
        let path = server.folder + "/stop-\(UUID().uuidString.prefix(8)).sql"
        try script.write(toFile: path, atomically: true, encoding: .utf8)
        let (result, seconds) = try runDSQL(["-f", path])
        #expect(endedCleanly(result), "\(result.stderr)")
        #expect(result.status == 2, "\(result.stderr)")
        #expect(
            result.stderr.contains("Connection refused") || result.stderr.contains("connection to server was lost"),
            "\(result.stderr)")
        #expect(!result.stdout.contains(" never \n"), "\(result.stdout)")
        #expect(seconds < 45, "took \(seconds) s")
    }

    @Test func serverNotListeningIsAConnectionErrorWithExitTwo() throws {
        try server.control(["stop", "-m", "fast", "-w"])
        let (result, seconds) = try runDSQL(["-c", "select 1"])
        #expect(endedCleanly(result), "\(result.stderr)")
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains("Connection refused"), "\(result.stderr)")
        #expect(seconds < 15, "took \(seconds) s")
    }

    @Test func serverThatNeverAnswersTLSTimesOutWithExitTwo() throws {
        let stub = try StubTLSServer(["--silent"])
        var arguments = server.cluster.dsqlArguments
        if let index = arguments.firstIndex(of: "-p") { arguments[index + 1] = String(stub.port) }
        for (environment, limit) in [([String: String](), 25.0), (["PGCONNECT_TIMEOUT": "2"], 8.0)] {
            let started = Date()
            let result = try runProcess(
                Binaries.dsql, arguments + ["-c", "select 1"],
                environment: server.cluster.environment.merging(environment) { $1 },
                input: Data(), timeout: 60)
            let seconds = Date().timeIntervalSince(started)
            #expect(endedCleanly(result), "\(result.stderr)")
            #expect(result.status == 2, "\(result.stderr)")
            #expect(result.stderr.contains("timeout expired"), "\(result.stderr)")
            #expect(seconds < limit, "\(environment): took \(seconds) s")
        }
    }
}
