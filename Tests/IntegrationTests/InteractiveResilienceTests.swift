import Foundation
import Testing

@Suite("An interactive session outlives a lost connection")
struct InteractiveResilienceTests {
    @Test func lostStatementIsReportedNotRepeatedAndTheShellGoesOn() throws {
        let shell = try InteractiveShell()
        defer { shell.cleanUp() }
        let name = "dsql-interactive-loss-\(InteractiveShell.uniqueSuffix())"
        let table = "iloss_\(InteractiveShell.uniqueSuffix())"
        _ = try shell.runSQL("create table \(table) (n int)")
        defer { _ = try? shell.runSQL("drop table if exists \(table)") }
        let terminal = try shell.start([], environment: ["PGAPPNAME": name])
        defer { terminal.close() }
        terminal.waitFor(shell.promptStem + "=")
        try terminal.typeLine("begin;")
        terminal.waitFor(shell.promptStem + "=*")
        try terminal.typeLine("insert into \(table) select 1 from pg_sleep(60);")
        terminal.waitFor("Ctrl-C cancels")
        let killed = try runPSQL(
            shell.cluster,
            [
                "-qAt", "-c",
                "select count(pg_terminate_backend(pid)) from pg_stat_activity where application_name = '\(name)'",
            ])
        #expect(killed.stdout.hasPrefix("1"), "\(killed.stdout)\(killed.stderr)")
        terminal.waitFor("The connection to the server was lost. Attempting reset: Succeeded.")
        terminal.waitFor("rolled back")
        try terminal.typeLine("select count(*) as inserted from \(table);")
        terminal.waitFor("inserted")
        #expect(
            terminal.transcript().contains("        0\n") || terminal.transcript().contains("0\n(1 row)"),
            "the lost INSERT was not sent again")
        try terminal.press("C-d")
        terminal.waitFor("[exited 0]")
    }
}
