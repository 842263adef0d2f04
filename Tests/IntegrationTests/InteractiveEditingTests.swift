import Foundation
import Testing

/// Completion, `\e` and `\watch` through a real pseudo-terminal (tmux), driving the
/// real binary against the local TLS cluster.
@Suite(
    "Interactive editing on a real terminal: completion, \\e, \\watch", .serialized, .enabled(if: !TestCluster.skipped))
struct InteractiveEditingTests {
    @Test func tabCompletesATableNameAndAColumnName() throws {
        let shell = try InteractiveShell()
        defer { shell.cleanUp() }
        let suffix = InteractiveShell.uniqueSuffix()
        let table = "ptycomp_\(suffix)"
        let column = "ptycol_\(suffix)_value"
        let created = try shell.runSQL("create table \(table) (\(column) int)")
        #expect(created.status == 0, "\(created.stderr)")
        defer { _ = try? shell.runSQL("drop table if exists \(table)") }

        let terminal = try shell.start()
        defer { terminal.close() }
        terminal.waitFor(shell.promptStem + "=")
        try terminal.type("select * from \(table.dropLast(4))")
        try terminal.press("Tab")
        terminal.waitFor("from \(table) ")
        try terminal.type("where \(column.prefix(10))")
        try terminal.press("Tab")
        terminal.waitFor("where \(column) ")
        try terminal.typeLine("is null;")
        terminal.waitFor("(0 rows)")
        let statement = "select * from \(table) where \(column) is null;"
        if !terminal.transcript().contains(statement) {
            terminal.fail("completed statement", expected: statement, actual: "see transcript")
        }
        terminal.waitFor(shell.promptStem + "=", occurrences: 2)
        try terminal.press("C-d")
        terminal.waitFor("[exited 0]")
    }

    @Test func editCommandRunsTheEditorOnTheBufferAndSendsTheResult() throws {
        let shell = try InteractiveShell()
        defer { shell.cleanUp() }
        let modeFile = shell.folder.appendingPathComponent("mode").path
        let editor = try shell.script(
            named: "editor.sh",
            """
            stat -c %a "$1" > '\(modeFile)'
            sed -i 's/forty/40 + 2 as answer;/' "$1"
            """)
        let terminal = try shell.start(environment: ["EDITOR": editor])
        defer { terminal.close() }
        terminal.waitFor(shell.promptStem + "=")
        try terminal.typeLine("select forty")
        terminal.waitFor(shell.promptStem + "-")
        try terminal.typeLine("\\e")
        terminal.waitFor(" answer")
        terminal.waitFor("     42")
        terminal.waitFor("(1 row)")
        let mode = (try? String(contentsOfFile: modeFile, encoding: .utf8))?.trimmingCharacters(
            in: .whitespacesAndNewlines)
        if mode != "600" { terminal.fail("temporary file mode", expected: "600", actual: mode ?? "<none>") }
        let left =
            (try? FileManager.default.contentsOfDirectory(atPath: shell.folder.appendingPathComponent("tmp").path))
            ?? []
        if !left.isEmpty { terminal.fail("temporary file removed", expected: "[]", actual: "\(left)") }
        terminal.waitFor(shell.promptStem + "=", occurrences: 2)
        try terminal.press("C-d")
        terminal.waitFor("[exited 0]")
    }

    @Test func watchRepeatsTheQueryUntilCtrlC() throws {
        let shell = try InteractiveShell()
        defer { shell.cleanUp() }
        let terminal = try shell.start()
        defer { terminal.close() }
        terminal.waitFor(shell.promptStem + "=")
        try terminal.typeLine("select 'tick' || 'tock' as w \\watch 0.5")
        terminal.waitFor("(every 0.5s)", occurrences: 3)
        terminal.waitFor("ticktock", occurrences: 3)
        try terminal.press("C-c")
        terminal.waitFor(shell.promptStem + "=", occurrences: 2)
        let runs = terminal.count("(every 0.5s)")
        usleep(1_200_000)
        if terminal.count("(every 0.5s)") != runs {
            terminal.fail(
                "\\watch should stop at Ctrl-C", expected: "\(runs) runs",
                actual: "\(terminal.count("(every 0.5s)")) runs")
        }
        try terminal.typeLine("select 'wat' || 'ched' as done;")
        terminal.waitFor("watched")
        terminal.waitFor(shell.promptStem + "=", occurrences: 3)
        try terminal.press("C-d")
        terminal.waitFor("[exited 0]")
    }
}
