import Foundation

/// Where the programs under test live.
enum Binaries {
    /// The dsql executable: DSQL_BINARY, else next to the test bundle (same build folder).
    static var dsql: String {
        if let path = ProcessInfo.processInfo.environment["DSQL_BINARY"], !path.isEmpty { return path }
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        var folder = executable.deletingLastPathComponent()
        // The test runner is inside dsqlPackageTests.xctest on some toolchains.
        for _ in 0..<3 {
            let candidate = folder.appendingPathComponent("dsql").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return TestCluster.packageRoot.appendingPathComponent(".build/debug/dsql").path
    }

    /// psql 15, the reference implementation.
    static let psql = "/usr/bin/psql"
}

/// Runs dsql with connection arguments for the test cluster plus `arguments`.
func runDSQL(
    _ cluster: TestCluster, _ arguments: [String], stdin: String = "", environment extra: [String: String] = [:]
) throws -> ProcessOutput {
    try runProcess(
        Binaries.dsql, cluster.dsqlArguments + arguments,
        environment: cluster.environment.merging(extra) { $1 }, stdin: stdin)
}

/// Runs psql on the same connection with `-X` plus `arguments`.
func runPSQL(
    _ cluster: TestCluster, _ arguments: [String], stdin: String = "", environment extra: [String: String] = [:]
) throws -> ProcessOutput {
    try runProcess(
        Binaries.psql, ["-X", cluster.psqlConnectionString] + arguments,
        environment: cluster.environment.merging(extra) { $1 }, stdin: stdin)
}

/// psql's output with its program name replaced by dsql's, for comparison.
func normalisingProgramName(_ output: ProcessOutput) -> ProcessOutput {
    var output = output
    output.stdout = output.stdout.replacingOccurrences(of: "psql:", with: "dsql:")
    output.stderr = output.stderr.replacingOccurrences(of: "psql:", with: "dsql:")
    return output
}
