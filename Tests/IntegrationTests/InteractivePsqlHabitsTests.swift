import Foundation
import Testing

/// Habits a psql user brings, on a real terminal (tmux): IGNOREEOF, `help`/`exit`/
/// `quit` typed alone, `%l`, `\? variables`/`\? options`, `\?` through the pager.
@Suite("psql habits on a real terminal", .serialized, .enabled(if: !TestCluster.skipped))
struct InteractivePsqlHabitsTests {
    @Test func ignoreEOFTakesThatManyCtrlDs() throws {
        let shell = try InteractiveShell()
        defer { shell.cleanUp() }
        let terminal = try shell.start()
        defer { terminal.close() }
        terminal.waitFor(shell.promptStem + "=")
        try terminal.typeLine("\\set IGNOREEOF 2")
        terminal.waitFor(shell.promptStem + "=", occurrences: 2)
        try terminal.press("C-d")
        terminal.waitFor("Use \"\\q\" to leave dsql.")
        try terminal.press("C-d")
        terminal.waitFor("Use \"\\q\" to leave dsql.", occurrences: 2)
        try terminal.press("C-d")
        terminal.waitFor("[exited 0]")
    }

    @Test func helpExitAndQuitTypedAloneBehaveAsInPsql() throws {
        let shell = try InteractiveShell()
        defer { shell.cleanUp() }
        let terminal = try shell.start()
        defer { terminal.close() }
        terminal.waitFor(shell.promptStem + "=")
        try terminal.typeLine("help")
        terminal.waitFor("You are using dsql, the command-line interface to Aurora DSQL.")
        try terminal.typeLine("select 1 as inbuffer")
        terminal.waitFor(shell.promptStem + "-")
        try terminal.typeLine("quit")
        terminal.waitFor("Use \\q to quit.")
        try terminal.typeLine(";")
        terminal.waitFor("ERROR")
        try terminal.typeLine("exit")
        terminal.waitFor("[exited 0]")
    }

    @Test func percentLCountsLinesOfTheCurrentStatement() throws {
        let shell = try InteractiveShell()
        defer { shell.cleanUp() }
        let terminal = try shell.start(["-v", "PROMPT1=one%l> ", "-v", "PROMPT2=more%l> "])
        defer { terminal.close() }
        terminal.waitFor("one1> ")
        try terminal.typeLine("select")
        terminal.waitFor("more2> ")
        try terminal.typeLine("1 as a")
        terminal.waitFor("more3> ")
        try terminal.typeLine(";")
        terminal.waitFor("(1 row)")
        terminal.waitFor("one1> ", occurrences: 2)
        try terminal.typeLine("select")
        terminal.waitFor("more2> ", occurrences: 2)
        try terminal.press("C-c")
        terminal.waitFor("one1> ", occurrences: 3)
        try terminal.press("C-d")
        terminal.waitFor("[exited 0]")
    }

    @Test func helpOnVariablesAndOptionsAndThroughThePager() throws {
        let shell = try InteractiveShell()
        defer { shell.cleanUp() }
        let terminal = try shell.start(environment: ["PSQL_PAGER": "sed s/^/PAGED:/"], rows: 24)
        defer { terminal.close() }
        terminal.waitFor(shell.promptStem + "=")
        try terminal.typeLine("\\? variables")
        terminal.waitFor("PAGED:  IGNOREEOF")
        try terminal.typeLine("\\? options")
        terminal.waitFor("PAGED:  --sslmode")
        try terminal.typeLine("\\?")
        terminal.waitFor("PAGED:  \\conninfo")
        try terminal.press("C-d")
        terminal.waitFor("[exited 0]")
    }
}
