import Foundation
import Testing

/// After the terminal is resized, `\x auto` and the pager use the new size (tmux).
@Suite("A resized terminal is followed", .serialized, .enabled(if: !TestCluster.skipped))
struct InteractiveResizeTests {
    @Test func expandedAutoFollowsTheNewWidth() throws {
        let shell = try InteractiveShell()
        defer { shell.cleanUp() }
        let terminal = try shell.start(["-P", "pager=off"])
        defer { terminal.close() }
        terminal.waitFor(shell.promptStem + "=")
        try terminal.typeLine("\\x auto")
        terminal.waitFor("Expanded display is used automatically.")
        let wide = "select 1 as narrow, repeat('w', 120) as widecolumn;"
        try terminal.typeLine(wide)
        terminal.waitFor("(1 row)")
        if terminal.transcript().contains("-[ RECORD 1 ]") {
            terminal.fail("200 columns fit the row", expected: "aligned", actual: "expanded")
        }
        try terminal.resize(columns: 80, rows: 50)
        try terminal.typeLine(wide)
        terminal.waitFor("-[ RECORD 1 ]")
        try terminal.press("C-d")
        terminal.waitFor("[exited 0]")
    }

    @Test func thePagerDecisionFollowsTheNewHeight() throws {
        let shell = try InteractiveShell()
        defer { shell.cleanUp() }
        let terminal = try shell.start(environment: ["PSQL_PAGER": "sed s/^/PAGED:/"])
        defer { terminal.close() }
        terminal.waitFor(shell.promptStem + "=")
        let query = "select g as pagerrow from generate_series(1, 30) g;"
        try terminal.typeLine(query)
        terminal.waitFor("(30 rows)")
        if terminal.transcript().contains("PAGED:") {
            terminal.fail("30 rows fit 50 lines", expected: "not paged", actual: "paged")
        }
        try terminal.resize(columns: 200, rows: 20)
        try terminal.typeLine(query)
        terminal.waitFor("PAGED:(30 rows)")
        try terminal.press("C-d")
        terminal.waitFor("[exited 0]")
    }
}
