import Foundation
import Testing

/// Completion targets and the two-TAB rhythm on a real terminal (tmux).
@Suite(
    "Completion on a real terminal: \\c, \\i, ALTER TABLE, two TABs", .serialized, .enabled(if: !TestCluster.skipped))
struct InteractiveCompletionTests {
    @Test func alterTableOffersOnlyTablesAndTheSecondTabLists() throws {
        let shell = try InteractiveShell()
        defer { shell.cleanUp() }
        let suffix = InteractiveShell.uniqueSuffix()
        let table = "cmpt_\(suffix)_tab"
        let view = "cmpt_\(suffix)_viw"
        let other = "cmpt_\(suffix)_two"
        for sql in [
            "create table \(table) (a int)", "create table \(other) (a int)", "create view \(view) as select 1 as x",
        ] {
            let created = try shell.runSQL(sql)
            #expect(created.status == 0, "\(created.stderr)")
        }
        defer { _ = try? shell.runSQL("drop view if exists \(view); drop table if exists \(table), \(other)") }
        let terminal = try shell.start()
        defer { terminal.close() }
        terminal.waitFor(shell.promptStem + "=")
        try terminal.type("select * from cmpt_\(suffix.prefix(4))")
        try terminal.press("Tab")
        terminal.waitFor("from cmpt_\(suffix)_")
        if terminal.count(view) > 0 {
            terminal.fail("the first TAB only completes", expected: "no list", actual: "a list")
        }
        try terminal.press("Tab")
        terminal.waitFor(view)
        try terminal.press("C-c")
        terminal.waitFor(shell.promptStem + "=", occurrences: 2)
        try terminal.type("alter table cmpt_\(suffix)_")
        try terminal.press("Tab")
        try terminal.press("Tab")
        terminal.waitFor(other + "  ")
        let listed =
            terminal.transcript().split(separator: "\n").last { $0.contains(other) && !$0.contains("alter") } ?? ""
        if listed.contains(view) {
            terminal.fail("ALTER TABLE lists tables only", expected: "no view", actual: String(listed))
        }
        try terminal.press("C-c")
        try terminal.press("C-d")
        terminal.waitFor("[exited 0]")
    }

    @Test func connectCompletesDatabasesAndIncludeKeepsThePathAsTyped() throws {
        let shell = try InteractiveShell()
        defer { shell.cleanUp() }
        let scripts = shell.folder.appendingPathComponent("scripts")
        try FileManager.default.createDirectory(at: scripts, withIntermediateDirectories: true)
        FileManager.default.createFile(
            atPath: scripts.appendingPathComponent("load_once.sql").path,
            contents: Data("select 'inc' || 'luded' as i;\n".utf8))
        let work = shell.folder.appendingPathComponent("work")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        let terminal = try shell.start(workingDirectory: work.path)
        defer { terminal.close() }
        terminal.waitFor(shell.promptStem + "=")
        try terminal.type("\\c postg")
        try terminal.press("Tab")
        terminal.waitFor("\\c postgres ")
        try terminal.press("C-c")
        terminal.waitFor(shell.promptStem + "=", occurrences: 2)
        try terminal.type("\\i ../scripts/load_o")
        try terminal.press("Tab")
        terminal.waitFor("\\i ../scripts/load_once.sql ")
        try terminal.press("Enter")
        terminal.waitFor("included")
        try terminal.press("C-d")
        terminal.waitFor("[exited 0]")
    }
}

/// The candidate list of a line that wraps on the terminal (tmux).
@Suite("Completion list under a wrapped line", .serialized, .enabled(if: !TestCluster.skipped))
struct InteractiveWrappedCompletionTests {
    @Test func theListShowsEvenWhenTheInputLineWraps() throws {
        let shell = try InteractiveShell()
        defer { shell.cleanUp() }
        let suffix = InteractiveShell.uniqueSuffix()
        let first = "wrapc_\(suffix)_one"
        let second = "wrapc_\(suffix)_two"
        for table in [first, second] {
            let created = try shell.runSQL("create table \(table) (a int)")
            #expect(created.status == 0, "\(created.stderr)")
        }
        defer { _ = try? shell.runSQL("drop table if exists \(first), \(second)") }
        let terminal = try shell.start(columns: 60, rows: 30)
        defer { terminal.close() }
        terminal.waitFor(shell.promptStem + "=")
        try terminal.type("select 1 as a_long_column_alias, 2 as another_one from wrapc_\(suffix)_")
        try terminal.press("Tab")
        try terminal.press("Tab")
        terminal.waitFor("\(first)  \(second)")
        try terminal.type("two;")
        try terminal.press("Enter")
        terminal.waitFor("(0 rows)")
        if !terminal.transcript().contains("\(first)  \(second)") {
            terminal.fail("the list stays on screen", expected: "\(first)  \(second)", actual: "overwritten")
        }
        try terminal.press("C-d")
        terminal.waitFor("[exited 0]")
    }
}
