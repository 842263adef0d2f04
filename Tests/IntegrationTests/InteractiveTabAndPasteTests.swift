import Foundation
import Testing

/// TAB as a character in COPY data and string literals, and bracketed paste, on a
/// real terminal (tmux).
@Suite("TAB and paste on a real terminal", .serialized, .enabled(if: !TestCluster.skipped))
struct InteractiveTabAndPasteTests {
    @Test func tabInCopyDataSeparatesColumns() throws {
        let shell = try InteractiveShell()
        defer { shell.cleanUp() }
        let table = "ptytab_\(InteractiveShell.uniqueSuffix())"
        let created = try shell.runSQL("create table \(table) (a text, b text)")
        #expect(created.status == 0, "\(created.stderr)")
        defer { _ = try? shell.runSQL("drop table if exists \(table)") }
        let terminal = try shell.start()
        defer { terminal.close() }
        terminal.waitFor(shell.promptStem + "=")
        try terminal.typeLine("copy \(table) from stdin;")
        terminal.waitFor(">> ")
        try terminal.type("left")
        try terminal.press("Tab")
        try terminal.typeLine("right")
        terminal.waitFor(">> ", occurrences: 2)
        try terminal.typeLine("\\.")
        terminal.waitFor("COPY 1")
        try terminal.typeLine("select a || '|' || b as joined from \(table);")
        terminal.waitFor("left|right")
        try terminal.press("C-d")
        terminal.waitFor("[exited 0]")
    }

    @Test func tabInsideAQuotedStringIsKept() throws {
        let shell = try InteractiveShell()
        defer { shell.cleanUp() }
        let terminal = try shell.start()
        defer { terminal.close() }
        terminal.waitFor(shell.promptStem + "=")
        try terminal.type("select length('x")
        try terminal.press("Tab")
        try terminal.typeLine("y') as typedlength;")
        terminal.waitFor("typedlength")
        terminal.waitFor("(1 row)")
        let lines = terminal.transcript().split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        if !lines.contains("3") {
            terminal.fail("TAB kept in the literal", expected: "length 3", actual: "see transcript")
        }
        try terminal.press("C-d")
        terminal.waitFor("[exited 0]")
    }

    @Test func pastedTextIsInsertedVerbatimAndRunsOnlyOnEnter() throws {
        let shell = try InteractiveShell()
        defer { shell.cleanUp() }
        let terminal = try shell.start()
        defer { terminal.close() }
        terminal.waitFor(shell.promptStem + "=")
        try terminal.paste("select length('x\ty') as pastedlength;\nselect 'early' || 'run' as e;\n")
        terminal.waitFor("'early'")
        try terminal.typeLine("select 'late' || 'typed' as l;")
        terminal.waitFor("latetyped")
        let transcript = terminal.transcript()
        let typed = transcript.range(of: "'late'")?.lowerBound
        let ran = transcript.range(of: "earlyrun")?.lowerBound
        if let typed, let ran, ran < typed {
            terminal.fail(
                "the paste ran before Enter", expected: "typed text before any result", actual: "a result first")
        }
        let lines = transcript.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        if !lines.contains("3") {
            terminal.fail("TAB kept in the paste", expected: "length 3", actual: "see transcript")
        }
        try terminal.press("C-d")
        terminal.waitFor("[exited 0]")
    }
}
