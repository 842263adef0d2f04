import Foundation
import Testing

/// Runs psql on the test cluster after `delay` seconds, in the background.
private func psqlLater(_ cluster: TestCluster, after delay: Double, _ sql: String) -> DispatchGroup {
    let group = DispatchGroup()
    group.enter()
    DispatchQueue.global().asyncAfter(deadline: .now() + delay) {
        _ = try? runPSQL(cluster, ["-q", "-c", sql])
        group.leave()
    }
    return group
}

/// Polls `condition` (a query returning t or f) every 100 ms until it is true or `timeout` passes.
private func waitUntil(_ cluster: TestCluster, _ condition: String, timeout: Double = 20) -> Bool {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
        if (try? scalar(cluster, condition)) == "t" { return true }
        Thread.sleep(forTimeInterval: 0.1)
    }
    return false
}

/// Terminates the session named `applicationName` once `state` holds for it, in the background.
private func terminateWhen(_ cluster: TestCluster, _ applicationName: String, _ state: String) -> DispatchGroup {
    let group = DispatchGroup()
    group.enter()
    DispatchQueue.global().async {
        let condition = "select exists (select from pg_stat_activity where application_name = '\(applicationName)' and \(state))"
        if waitUntil(cluster, condition) { _ = try? runPSQL(cluster, ["-q", "-c", terminate(applicationName)]) }
        group.leave()
    }
    return group
}

/// One-value query on the test cluster through psql.
private func scalar(_ cluster: TestCluster, _ sql: String) throws -> String {
    try runPSQL(cluster, ["-qAt", "-c", sql]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
}

private func terminate(_ applicationName: String) -> String {
    "select pg_terminate_backend(pid) from pg_stat_activity where application_name = '\(applicationName)'"
}

@Suite("Sessions survive lost connections, old connections and conflicts", .serialized)
struct SessionResilienceTests {
    let name = "dsql-resilience-\(UUID().uuidString.prefix(8))"

    func writeScript(_ text: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(UUID().uuidString).sql").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func idleConnectionKilledIsReplacedWithoutAnErrorAndKeepsSettings() throws {
        let cluster = try TestCluster.current()
        let script = try writeScript("""
            set search_path = pg_catalog, public;
            select pg_backend_pid() as before \\gset
            \\! sleep 4
            select pg_backend_pid() <> :before as reconnected;
            show search_path;
            """)
        let killer = terminateWhen(cluster, name, "state = 'idle' and query like 'select pg_backend_pid()%'")
        let result = try runDSQL(cluster, ["-f", script], environment: ["PGAPPNAME": name])
        killer.wait()
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty, "no error, no farewell notice: \(result.stderr)")
        #expect(result.stdout.contains(" reconnected \n-------------\n t\n"), "\(result.stdout)")
        #expect(result.stdout.contains(" pg_catalog, public\n"), "SET survives the reconnect: \(result.stdout)")
    }

    @Test func statementLostInFlightIsNotRepeatedAndTheScriptExitsTwo() throws {
        let cluster = try TestCluster.current()
        let table = "resil_lost_\(UUID().uuidString.prefix(8).lowercased())"
        _ = try runPSQL(cluster, ["-q", "-c", "create table \(table) (n int)"])
        defer { _ = try? runPSQL(cluster, ["-q", "-c", "drop table \(table)"]) }
        let killer = terminateWhen(cluster, name, "state = 'active' and query like '%pg_sleep%'")
        let result = try runDSQL(cluster, ["-c", "insert into \(table) select 1 from pg_sleep(8)"],
                                 environment: ["PGAPPNAME": name])
        killer.wait()
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains("connection to server was lost"), "\(result.stderr)")
        #expect(try scalar(cluster, "select count(*) from \(table)") == "0", "the statement ran neither to the end nor twice")
    }

    @Test func oldConnectionsAreReplacedBetweenStatementsWithNothingLostOrRepeated() throws {
        let cluster = try TestCluster.current()
        let table = "resil_age_\(UUID().uuidString.prefix(8).lowercased())"
        _ = try runPSQL(cluster, ["-q", "-c", "create table \(table) (pid int)"])
        defer { _ = try? runPSQL(cluster, ["-q", "-c", "drop table \(table)"]) }
        let rows = 16
        let script = try writeScript(String(repeating: "insert into \(table) values (pg_backend_pid());\n\\! sleep 0.5\n", count: rows))
        let result = try runDSQL(cluster, ["--connection-max-age", "2", "-q", "-f", script], environment: ["PGAPPNAME": name])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty, "\(result.stderr)")
        #expect(try scalar(cluster, "select count(*) from \(table)") == String(rows))
        let pids = Int(try scalar(cluster, "select count(distinct pid) from \(table)")) ?? 0
        #expect(pids >= 3, "8 seconds at a 2-second maximum age means several connections, saw \(pids)")
    }

    @Test func autocommitConflictIsRetriedButNotInsideATransaction() throws {
        let cluster = try TestCluster.current()
        let table = "resil_occ_\(UUID().uuidString.prefix(8).lowercased())"
        _ = try runPSQL(cluster, ["-q", "-c", "create table \(table) (id int primary key, v int); insert into \(table) values (1, 0)"])
        defer { _ = try? runPSQL(cluster, ["-q", "-c", "drop table \(table)"]) }
        let serializable = "set default_transaction_isolation = serializable;\n"

        // A concurrent transaction holds the row, then commits: the autocommit UPDATE conflicts and is retried.
        let holding = "select exists (select from pg_stat_activity where query like 'begin; update \(table)%' and state = 'active')"
        var holder = psqlLater(cluster, after: 0, "begin; update \(table) set v = v + 1 where id = 1; select pg_sleep(5); commit;")
        #expect(waitUntil(cluster, holding), "the concurrent transaction holds the row")
        let retried = try runDSQL(cluster, ["-q", "-c", serializable, "-c", "update \(table) set v = v + 10 where id = 1"])
        holder.wait()
        #expect(retried.status == 0, "\(retried.stderr)")
        #expect(retried.stderr.contains("retrying"), "the retry is visible: \(retried.stderr)")
        #expect(try scalar(cluster, "select v from \(table)") == "11")

        // The same inside BEGIN…COMMIT fails and is not retried.
        holder = psqlLater(cluster, after: 0, "begin; update \(table) set v = v + 1 where id = 1; select pg_sleep(5); commit;")
        #expect(waitUntil(cluster, holding), "the concurrent transaction holds the row")
        let script = try writeScript(serializable + "begin;\nupdate \(table) set v = v + 10 where id = 1;\ncommit;\n")
        let notRetried = try runDSQL(cluster, ["-q", "-f", script])
        holder.wait()
        #expect(notRetried.stderr.contains("could not serialize access"), "\(notRetried.stderr)")
        #expect(!notRetried.stderr.contains("retrying"), "\(notRetried.stderr)")
        #expect(try scalar(cluster, "select v from \(table)") == "12")
    }
}
