import Foundation
import Testing

/// Runs psql on the test cluster in the background.
private func psqlInBackground(_ cluster: TestCluster, _ sql: String) -> DispatchGroup {
    inBackground { _ = try? runPSQL(cluster, ["-q", "-c", sql]) }
}

/// Terminates the session named `applicationName` once `state` holds for it, in the background.
private func terminateWhen(_ cluster: TestCluster, _ applicationName: String, _ state: String) -> DispatchGroup {
    inBackground {
        let condition =
            "select exists (select from pg_stat_activity where application_name = '\(applicationName)' and \(state))"
        if waitUntil(cluster, condition) { _ = try? runPSQL(cluster, ["-q", "-c", terminate(applicationName)]) }
    }
}

private func terminate(_ applicationName: String) -> String {
    "select pg_terminate_backend(pid) from pg_stat_activity where application_name = '\(applicationName)'"
}

/// What the background killer of one test found; `gone` is written before `done` is
/// signalled and read after waiting on it.
private final class KillAndRelease: @unchecked Sendable {
    let done = DispatchSemaphore(value: 0)
    var gone = false
}

@Suite("Sessions survive lost connections, old connections and conflicts", .serialized)
struct SessionResilienceTests {
    let name = "dsql-resilience-\(UUID().uuidString.prefix(8))"

    func writeScript(_ text: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(UUID().uuidString).sql")
            .path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// The script waits at `\!` until the session has been terminated and is gone from
    /// the server, then goes on: no fixed sleep, so a slow machine cannot let the script
    /// run on before the kill (the wait gives up after 60 s so a failed kill cannot hang).
    @Test func idleConnectionKilledIsReplacedWithoutAnErrorAndKeepsSettings() throws {
        let cluster = try TestCluster.current()
        let released = FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-released").path
        defer { try? FileManager.default.removeItem(atPath: released) }
        let script = try writeScript(
            """
            set search_path = pg_catalog, public;
            select pg_backend_pid() as before \\gset
            \\! for i in $(seq 600); do [ -e '\(released)' ] && break; sleep 0.1; done
            select pg_backend_pid() <> :before as reconnected;
            show search_path;
            """)
        let killer = KillAndRelease()
        DispatchQueue.global().async { [name] in
            defer {
                FileManager.default.createFile(atPath: released, contents: nil)
                killer.done.signal()
            }
            let session = "from pg_stat_activity where application_name = '\(name)'"
            guard
                waitUntil(
                    cluster,
                    "select exists (select \(session) and state = 'idle' and query like 'select pg_backend_pid()%')"),
                (try? runPSQL(cluster, ["-q", "-c", terminate(name)])) != nil
            else { return }
            killer.gone = waitUntil(cluster, "select not exists (select \(session))")
        }
        let result = try runDSQL(cluster, ["-f", script], environment: ["PGAPPNAME": name])
        killer.done.wait()
        #expect(killer.gone, "the idle session was terminated and gone before the script went on")
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
        let result = try runDSQL(
            cluster, ["-c", "insert into \(table) select 1 from pg_sleep(30)"],
            environment: ["PGAPPNAME": name])
        killer.wait()
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains("connection to server was lost"), "\(result.stderr)")
        #expect(
            try scalar(cluster, "select count(*) from \(table)") == "0",
            "the statement ran neither to the end nor twice")
    }

    @Test func oldConnectionsAreReplacedBetweenStatementsWithNothingLostOrRepeated() throws {
        let cluster = try TestCluster.current()
        let table = "resil_age_\(UUID().uuidString.prefix(8).lowercased())"
        _ = try runPSQL(cluster, ["-q", "-c", "create table \(table) (pid int)"])
        defer { _ = try? runPSQL(cluster, ["-q", "-c", "drop table \(table)"]) }
        let rows = 16
        let script = try writeScript(
            String(repeating: "insert into \(table) values (pg_backend_pid());\n\\! sleep 0.5\n", count: rows))
        let result = try runDSQL(
            cluster, ["--connection-max-age", "2", "-q", "-f", script], environment: ["PGAPPNAME": name])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty, "\(result.stderr)")
        #expect(try scalar(cluster, "select count(*) from \(table)") == String(rows))
        let pids = Int(try scalar(cluster, "select count(distinct pid) from \(table)")) ?? 0
        #expect(pids >= 3, "8 seconds at a 2-second maximum age means several connections, saw \(pids)")
    }

    @Test func autocommitConflictIsRetriedButNotInsideATransaction() throws {
        let cluster = try TestCluster.current()
        let table = "resil_occ_\(UUID().uuidString.prefix(8).lowercased())"
        _ = try runPSQL(
            cluster,
            ["-q", "-c", "create table \(table) (id int primary key, v int); insert into \(table) values (1, 0)"])
        defer { _ = try? runPSQL(cluster, ["-q", "-c", "drop table \(table)"]) }
        let serializable = "set default_transaction_isolation = serializable;\n"

        // A concurrent transaction holds the row until dsql's UPDATE waits for it (at most
        // 30 s), then commits: the autocommit UPDATE conflicts and is retried.
        let holding =
            "select exists (select from pg_stat_activity where query like 'begin; update \(table)%' and state = 'active')"
        let holdAndCommit = """
            begin; update \(table) set v = v + 1 where id = 1;
            do $$ begin
              for i in 1..600 loop
                perform pg_stat_clear_snapshot();
                exit when exists (select from pg_stat_activity where application_name = '\(name)' and wait_event_type = 'Lock');
                perform pg_sleep(0.05);
              end loop;
            end $$;
            commit;
            """
        let dsqlEnvironment = ["PGAPPNAME": name]
        var holder = psqlInBackground(cluster, holdAndCommit)
        #expect(waitUntil(cluster, holding), "the concurrent transaction holds the row")
        let retried = try runDSQL(
            cluster, ["-q", "-c", serializable, "-c", "update \(table) set v = v + 10 where id = 1"],
            environment: dsqlEnvironment)
        holder.wait()
        #expect(retried.status == 0, "\(retried.stderr)")
        #expect(retried.stderr.contains("retrying"), "the retry is visible: \(retried.stderr)")
        #expect(try scalar(cluster, "select v from \(table)") == "11")

        // The same inside BEGIN…COMMIT fails and is not retried.
        holder = psqlInBackground(cluster, holdAndCommit)
        #expect(waitUntil(cluster, holding), "the concurrent transaction holds the row")
        let script = try writeScript(serializable + "begin;\nupdate \(table) set v = v + 10 where id = 1;\ncommit;\n")
        let notRetried = try runDSQL(cluster, ["-q", "-f", script], environment: dsqlEnvironment)
        holder.wait()
        #expect(notRetried.stderr.contains("could not serialize access"), "\(notRetried.stderr)")
        #expect(!notRetried.stderr.contains("retrying"), "\(notRetried.stderr)")
        #expect(try scalar(cluster, "select v from \(table)") == "12")
    }
}
