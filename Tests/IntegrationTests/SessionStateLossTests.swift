import Foundation
import Testing

/// A script whose connection the server closes while idle: reconnected silently only
/// when every change the session made is replayed; otherwise stopped with status 2.
@Suite("A silent reconnect never runs later statements in a different session", .serialized)
struct SessionStateLossTests {
    let name = "dsql-state-\(UUID().uuidString.prefix(8).lowercased())"

    /// Runs `before`, lets the server terminate the idle session, then runs `after`.
    ///
    /// The script waits at `\!` until the session is gone from the server (no fixed
    /// sleep; the wait gives up after 60 s so a failed kill cannot hang).
    func runKillingBetween(_ before: String, _ after: String) throws -> ProcessOutput {
        let cluster = try TestCluster.current()
        let folder = FileManager.default.temporaryDirectory
        let released = folder.appendingPathComponent("\(name)-released").path
        let script = folder.appendingPathComponent("\(name).sql").path
        defer {
            try? FileManager.default.removeItem(atPath: released)
            try? FileManager.default.removeItem(atPath: script)
        }
        try """
        \(before)
        select 'kill here' as marker;
        \\! for i in $(seq 600); do [ -e '\(released)' ] && break; sleep 0.1; done
        \(after)
        """.write(toFile: script, atomically: true, encoding: .utf8)
        let killer = inBackground { [name] in
            defer { FileManager.default.createFile(atPath: released, contents: nil) }
            let session = "from pg_stat_activity where application_name = '\(name)'"
            guard
                waitUntil(
                    cluster,
                    "select exists (select \(session) and state = 'idle' and query like 'select ''kill here''%')")
            else { return }
            _ = try? runPSQL(cluster, ["-q", "-c", "select pg_terminate_backend(pid) \(session)"])
            _ = waitUntil(cluster, "select not exists (select \(session))")
        }
        let result = try runDSQL(cluster, ["-X", "-f", script], environment: ["PGAPPNAME": name])
        killer.wait()
        return result
    }

    @Test func setConfigIsReplayedSoRowsLandInTheRightSchema() throws {
        let cluster = try TestCluster.current()
        let first = "\(name.replacingOccurrences(of: "-", with: "_"))_a"
        let second = "\(name.replacingOccurrences(of: "-", with: "_"))_b"
        _ = try runPSQL(
            cluster,
            [
                "-q", "-c",
                "create schema \(first); create table \(first).tt (n int); create schema \(second); create table \(second).tt (n int)",
            ])
        defer {
            _ = try? runPSQL(cluster, ["-q", "-c", "drop schema \(first) cascade; drop schema \(second) cascade"])
        }
        let result = try runKillingBetween(
            "set search_path = \(first);\nselect set_config('search_path', '\(second)', false);\ninsert into tt values (1);",
            "insert into tt values (2);")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            try scalar(cluster, "select string_agg(n::text, ',' order by n) from \(second).tt") == "1,2",
            "\(result.stderr)")
        #expect(try scalar(cluster, "select count(*) from \(first).tt") == "0")
    }

    @Test(arguments: [
        ("create temp table scratch (n int);", "temporary tables"),
        ("prepare lookup as select 1;", "prepared statements"),
        ("select set_config('search_path', 'pg_catalog', false), 1 as one;", "settings made with set_config()"),
        ("select pg_advisory_lock(4242);", "advisory locks"),
        ("listen dsql_jobs;", "LISTEN registrations"),
    ])
    func stateThatCannotBeReplayedStopsTheScript(before: String, lost: String) throws {
        let result = try runKillingBetween(before, "select 'after' as ran;")
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains("connection to server was lost"), "\(result.stderr)")
        #expect(result.stderr.contains(lost), "\(result.stderr)")
        #expect(!result.stdout.contains("after"), "nothing ran in the new session: \(result.stdout)")
    }
}
