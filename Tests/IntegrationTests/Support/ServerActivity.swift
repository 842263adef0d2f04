import Foundation

/// Runs `work` on a background queue; wait on the group for it to finish.
func inBackground(_ work: @escaping @Sendable () -> Void) -> DispatchGroup {
    let group = DispatchGroup()
    group.enter()
    DispatchQueue.global().async {
        work()
        group.leave()
    }
    return group
}

/// One-value query on `cluster` through psql, trimmed.
func scalar(_ cluster: TestCluster, _ sql: String) throws -> String {
    try runPSQL(cluster, ["-qAt", "-c", sql]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
}

/// Polls `condition` (a query returning t or f) every 100 ms until it is true, or false
/// once `timeout` seconds pass. Tests wait on what the server shows rather than sleep a
/// fixed time, so a loaded machine makes them slower, never wrong.
func waitUntil(_ cluster: TestCluster, _ condition: String, timeout: Double = 20) -> Bool {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
        if (try? scalar(cluster, condition)) == "t" { return true }
        Thread.sleep(forTimeInterval: 0.1)
    }
    return false
}

/// The condition "a session of `applicationName` is running a statement like `pattern`".
func sessionIsRunning(_ applicationName: String, queryLike pattern: String) -> String {
    "select exists (select from pg_stat_activity where application_name = '\(applicationName)'"
        + " and state = 'active' and query like '\(pattern)')"
}
