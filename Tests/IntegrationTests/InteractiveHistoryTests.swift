import Foundation
import Testing

/// The history file on a real terminal (tmux): kept when the terminal is closed at
/// the prompt, merged between sessions open at once, and `\set HISTCONTROL` obeyed.
@Suite(
    "History on a real terminal: hangup, concurrent sessions, runtime HISTCONTROL", .serialized,
    .enabled(if: !TestCluster.skipped))
struct InteractiveHistoryTests {
    @Test func closingTheTerminalAtThePromptKeepsTheHistory() throws {
        let shell = try InteractiveShell()
        defer { shell.cleanUp() }
        let first = try shell.start()
        defer { first.close() }
        first.waitFor(shell.promptStem + "=")
        try first.typeLine("select 1 as keptfirst;")
        first.waitFor("(1 row)")
        first.waitFor(shell.promptStem + "=", occurrences: 2)
        try first.press("C-d")
        first.waitFor("[exited 0]")

        let second = try shell.start()
        second.waitFor(shell.promptStem + "=")
        try second.typeLine("select 2 as keptafterhangup;")
        second.waitFor("(1 row)")
        second.waitFor(shell.promptStem + "=", occurrences: 2)
        second.hangUp()
        let history = waitForHistory(shell, containing: ["keptfirst", "keptafterhangup"])
        #expect(
            history.contains("keptfirst") && history.contains("keptafterhangup"),
            "history file after SIGHUP: \(history.debugDescription)")
    }

    @Test func twoSessionsOpenAtOnceBothKeepTheirEntries() throws {
        let shell = try InteractiveShell()
        defer { shell.cleanUp() }
        let first = try shell.start()
        defer { first.close() }
        let second = try shell.start()
        defer { second.close() }
        first.waitFor(shell.promptStem + "=")
        second.waitFor(shell.promptStem + "=")
        try first.typeLine("select 1 as fromsessionone;")
        first.waitFor("(1 row)")
        try second.typeLine("select 2 as fromsessiontwo;")
        second.waitFor("(1 row)")
        first.waitFor(shell.promptStem + "=", occurrences: 2)
        second.waitFor(shell.promptStem + "=", occurrences: 2)
        try first.press("C-d")
        first.waitFor("[exited 0]")
        try second.press("C-d")
        second.waitFor("[exited 0]")
        let history = (try? String(contentsOfFile: shell.historyFile, encoding: .utf8)) ?? ""
        #expect(
            history.contains("fromsessionone") && history.contains("fromsessiontwo"),
            "history file: \(history.debugDescription)")

        let third = try shell.start()
        defer { third.close() }
        third.waitFor(shell.promptStem + "=")
        try third.press("Up")
        third.waitFor("fromsessiontwo")
        try third.press("Up")
        third.waitFor("fromsessionone")
        try third.press("C-c")
        try third.press("C-d")
        third.waitFor("[exited 0]")
    }

    @Test func histcontrolSetAtRuntimeKeepsASpaceLedStatementOut() throws {
        let shell = try InteractiveShell()
        defer { shell.cleanUp() }
        let terminal = try shell.start()
        defer { terminal.close() }
        terminal.waitFor(shell.promptStem + "=")
        try terminal.typeLine("\\set HISTCONTROL ignorespace")
        terminal.waitFor(shell.promptStem + "=", occurrences: 2)
        try terminal.typeLine(" select 1 as secretvalue;")
        terminal.waitFor("(1 row)")
        try terminal.typeLine("\\set HISTSIZE 2")
        try terminal.typeLine("select 2 as visiblevalue;")
        terminal.waitFor("visiblevalue")
        terminal.waitFor(shell.promptStem + "=", occurrences: 5)
        try terminal.press("C-d")
        terminal.waitFor("[exited 0]")
        let history = (try? String(contentsOfFile: shell.historyFile, encoding: .utf8)) ?? ""
        #expect(history.contains("visiblevalue"), "history file: \(history.debugDescription)")
        #expect(!history.contains("secretvalue"), "history file: \(history.debugDescription)")
        #expect(!history.contains("HISTCONTROL"), "HISTSIZE 2 keeps only the newest two: \(history.debugDescription)")
    }

    /// The history file's text once it holds every one of `words` (or after 10 s).
    private func waitForHistory(_ shell: InteractiveShell, containing words: [String]) -> String {
        let deadline = Date().addingTimeInterval(10)
        var text = ""
        while Date() < deadline {
            text = (try? String(contentsOfFile: shell.historyFile, encoding: .utf8)) ?? ""
            if words.allSatisfy(text.contains) { return text }
            usleep(50_000)
        }
        return text
    }
}
