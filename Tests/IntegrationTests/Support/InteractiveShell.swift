import Foundation

/// Starts the real dsql binary on a real terminal (`TmuxTerminal`) against the test
/// cluster, with a private HOME, history file and temporary folder.
struct InteractiveShell {
    let cluster: TestCluster
    /// A fresh folder for HOME, the history file, TMPDIR and editor scripts.
    let folder: URL

    init() throws {
        cluster = try TestCluster.current()
        folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "dsql-interactive-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("tmp"), withIntermediateDirectories: true)
    }

    /// The history file every session of this shell shares.
    var historyFile: String { folder.appendingPathComponent("history").path }

    /// The default prompt up to the status character, e.g. `admin@abcdef… [verify-full·file]`
    /// (the cluster id abbreviated, the database left out while it is `postgres`).
    var promptStem: String {
        let clusterId = cluster.host.prefix { $0 != "." }
        let database = cluster.database == "postgres" ? "" : "/" + cluster.database
        return "\(cluster.user)@\(clusterId.prefix(6))…\(database) [verify-full·file]"
    }

    /// Starts dsql with the cluster's arguments plus `arguments`, and `environment` added.
    func start(
        _ arguments: [String] = [], environment extra: [String: String] = [:],
        columns: Int = 200, rows: Int = 50, workingDirectory: String? = nil
    ) throws -> TmuxTerminal {
        var environment = cluster.environment
        environment["HOME"] = folder.path
        environment["TERM"] = "xterm-256color"
        environment["DSQL_HISTORY"] = historyFile
        environment["TMPDIR"] = folder.appendingPathComponent("tmp").path
        environment.merge(extra) { $1 }
        return try TmuxTerminal(
            command: [Binaries.dsql] + cluster.dsqlArguments + arguments, environment: environment,
            columns: columns, rows: rows, workingDirectory: workingDirectory)
    }

    /// Writes an executable shell script into the folder and returns its path.
    func script(named name: String, _ body: String) throws -> String {
        let path = folder.appendingPathComponent(name).path
        try ("#!/bin/sh\n" + body + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
        return path
    }

    /// Runs SQL non-interactively (setup and clean-up).
    func runSQL(_ sql: String) throws -> ProcessOutput {
        try runDSQL(cluster, ["-X", "-c", sql])
    }

    /// A random lower-case suffix for table names no other test uses.
    static func uniqueSuffix() -> String {
        String((0..<10).map { _ in "abcdefghijklmnopqrstuvwxyz".randomElement() ?? "x" })
    }

    /// Removes the folder.
    func cleanUp() {
        try? FileManager.default.removeItem(at: folder)
    }
}
