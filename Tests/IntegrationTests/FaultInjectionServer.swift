import Foundation

/// A throwaway TLS PostgreSQL of the fault-injection tests' own, which they may stop,
/// kill and restart (the shared cluster on 54329 is never touched).
///
/// Made once per test process with `scripts/local-cluster` in a fresh folder on a
/// free port; stopped and removed when the process exits.
final class FaultInjectionServer: @unchecked Sendable {
    /// The one server of this test process, started on first use.
    static let shared: Result<FaultInjectionServer, any Error> = Result { try FaultInjectionServer() }

    let folder: String
    let port: Int
    let cluster: TestCluster

    private init() throws {
        folder = "/tmp/dsql-fault-\(UUID().uuidString.prefix(8).lowercased())"
        port = try Self.freePort()
        let environment = ProcessInfo.processInfo.environment.merging(
            ["DSQL_CLUSTER_DIR": folder, "DSQL_CLUSTER_PORT": String(port)]) { $1 }
        let started = try Self.runDetached([Self.script, "start"], environment: environment, timeout: 180)
        guard started.status == 0 else { throw ServerFailed(step: "start", output: started.stderr) }
        removeAtExit(folder)
        var values: [String: String] = [:]
        let printed = try runProcess(Self.script, ["env"], environment: environment)
        for line in printed.stdout.split(separator: "\n") {
            let assignment = line.replacingOccurrences(of: "export ", with: "")
            guard let equals = assignment.firstIndex(of: "=") else { continue }
            values[String(assignment[..<equals])] = String(assignment[assignment.index(after: equals)...])
        }
        cluster = TestCluster(
            host: values["DSQL_TEST_HOST"] ?? "", hostAddress: "127.0.0.1", port: String(port),
            user: "admin", database: "postgres", caFile: values["DSQL_TEST_CA"] ?? "",
            untrustedCAFile: values["DSQL_TEST_UNTRUSTED_CA"] ?? "", password: values["DSQL_TEST_PASSWORD"] ?? "",
            socketDirectory: values["DSQL_TEST_SOCKET_DIR"] ?? folder,
            sslNegotiation: values["DSQL_TEST_SSLNEGOTIATION"])
    }

    static var script: String { TestCluster.packageRoot.appendingPathComponent("scripts/local-cluster").path }

    /// The `pg_ctl` command line for this server, run as its owner.
    var pgCtl: [String] {
        let binary = "/usr/lib/postgresql/15/bin/pg_ctl"
        let command = [binary, "-D", folder + "/data"]
        return getuid() == 0 ? ["/usr/sbin/runuser", "-u", "postgres", "--"] + command : command
    }

    /// The `pg_ctl` command as one shell line, for `\!` inside a dsql script, run with
    /// inherited descriptors closed (see ``runDetached(_:environment:timeout:)``).
    func shellCommand(_ arguments: [String]) -> String {
        (Self.closingDescriptors + pgCtl + arguments).map { "'\($0)'" }.joined(separator: " ")
    }

    /// A prefix that runs a command with every descriptor above stderr closed.
    static let closingDescriptors = [
        "/usr/bin/python3", "-c", "import subprocess, sys; sys.exit(subprocess.call(sys.argv[1:], close_fds=True))",
    ]

    /// Runs a command that may start the server with every inherited descriptor above
    /// stderr closed: a postmaster that inherits Foundation's process-monitoring socket
    /// keeps `Process.waitUntilExit` of its starter from ever returning.
    func runDetached(_ command: [String], environment: [String: String], timeout: TimeInterval) throws -> ProcessOutput
    {
        try Self.runDetached(command, environment: environment, timeout: timeout)
    }

    static func runDetached(_ command: [String], environment: [String: String], timeout: TimeInterval) throws
        -> ProcessOutput
    {
        try runProcess(
            closingDescriptors[0], Array(closingDescriptors.dropFirst()) + command, environment: environment,
            timeout: timeout)
    }

    /// Runs `pg_ctl` with `arguments` (e.g. `stop -m immediate`).
    @discardableResult
    func control(_ arguments: [String]) throws -> ProcessOutput {
        try runDetached(pgCtl + arguments, environment: ProcessInfo.processInfo.environment, timeout: 120)
    }

    /// Starts the server if it is not running (a test may leave it stopped).
    func ensureRunning() throws {
        let environment = ProcessInfo.processInfo.environment.merging(
            ["DSQL_CLUSTER_DIR": folder, "DSQL_CLUSTER_PORT": String(port)]) { $1 }
        let started = try runDetached([Self.script, "start"], environment: environment, timeout: 120)
        guard started.status == 0 else { throw ServerFailed(step: "restart", output: started.stderr) }
    }

    /// A loopback port nobody listens on right now.
    static func freePort() throws -> Int {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw ServerFailed(step: "socket", output: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
                bind(descriptor, pointer, length) == 0 && getsockname(descriptor, pointer, &length) == 0
            }
        }
        guard bound else { throw ServerFailed(step: "bind", output: String(cString: strerror(errno))) }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    struct ServerFailed: Error, CustomStringConvertible {
        var step: String
        var output: String
        var description: String { "fault-injection server: \(step) failed: \(output)" }
    }
}

/// The folder to remove when the test process exits (atexit takes no context).
nonisolated(unsafe) private var serverFolderToRemove: String?

/// Stops the server immediately and removes its folder at process exit.
private func removeAtExit(_ folder: String) {
    serverFolderToRemove = folder
    atexit {
        guard let folder = serverFolderToRemove else { return }
        let stop =
            getuid() == 0
            ? "runuser -u postgres -- /usr/lib/postgresql/15/bin/pg_ctl -D '\(folder)/data' -m immediate stop"
            : "/usr/lib/postgresql/15/bin/pg_ctl -D '\(folder)/data' -m immediate stop"
        _ = system("\(stop) >/dev/null 2>&1; rm -rf '\(folder)'")
    }
}
