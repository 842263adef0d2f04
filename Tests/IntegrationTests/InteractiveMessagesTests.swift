import Foundation
import Testing

/// Messages on a real terminal (tmux): a notice does not land on the "running N s"
/// line; a replaced idle connection is reported.
@Suite("Interactive messages on a real terminal", .serialized, .enabled(if: !TestCluster.skipped))
struct InteractiveMessagesTests {
    @Test func aNoticeDuringTheRunningIndicatorStartsOnAClearLine() throws {
        let shell = try InteractiveShell()
        defer { shell.cleanUp() }
        let terminal = try shell.start()
        defer { terminal.close() }
        terminal.waitFor(shell.promptStem + "=")
        try terminal.typeLine(
            "do $$ begin perform pg_sleep(1.6); raise notice 'late-notice-%', 40 + 2; perform pg_sleep(1.2); end $$;")
        terminal.waitFor("late-notice-42", seconds: 20)
        terminal.waitFor(shell.promptStem + "=", occurrences: 2, seconds: 20)
        let lines = terminal.transcript().split(separator: "\n").filter {
            $0.contains("late-notice-42") && !$0.contains("raise notice")
        }
        if lines.count != 1 || !(lines.first?.hasPrefix("NOTICE:") ?? false) {
            terminal.fail(
                "the notice should start its own line", expected: "NOTICE:  late-notice-42",
                actual: lines.joined(separator: " | "))
        }
        try terminal.press("C-d")
        terminal.waitFor("[exited 0]")
    }

    @Test func anIdleConnectionTheServerClosedIsReplacedWithOneLineOnStderr() throws {
        let shell = try InteractiveShell()
        defer { shell.cleanUp() }
        let name = "dsql-idle-close-\(InteractiveShell.uniqueSuffix())"
        let terminal = try shell.start(environment: ["PGAPPNAME": name])
        defer { terminal.close() }
        terminal.waitFor(shell.promptStem + "=")
        let killed = try runPSQL(
            shell.cluster,
            [
                "-qAt", "-c",
                "select count(pg_terminate_backend(pid)) from pg_stat_activity where application_name = '\(name)'",
            ])
        #expect(killed.stdout.hasPrefix("1"), "\(killed.stdout)\(killed.stderr)")
        // Wait until the server really let the backend go.
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline {
            let left = try runPSQL(
                shell.cluster,
                ["-qAt", "-c", "select count(*) from pg_stat_activity where application_name = '\(name)'"])
            if left.stdout.hasPrefix("0") { break }
            usleep(50_000)
        }
        try terminal.typeLine("select 'after' || 'close' as s;")
        terminal.waitFor("afterclose")
        terminal.waitFor("dsql: the server had closed the idle connection; reconnected")
        if terminal.count("dsql:") != 1 {
            terminal.fail(
                "one line about the replaced connection", expected: "1 dsql: line", actual: "\(terminal.count("dsql:"))"
            )
        }
        try terminal.press("C-d")
        terminal.waitFor("[exited 0]")
    }
}
