import Foundation
import Testing

/// Ctrl-C while a long result prints stops the output at once, on a real terminal (tmux).
@Suite("Ctrl-C stops a long result's output", .serialized, .enabled(if: !TestCluster.skipped))
struct InteractiveOutputStopTests {
    /// The terminal is paused with Ctrl-S once printing has begun, so dsql is
    /// blocked in the middle of the result whatever the machine's speed; Ctrl-C then
    /// Ctrl-Q must leave the rest unprinted.
    @Test func ctrlCWhileRowsPrintStopsTheOutput() throws {
        let shell = try InteractiveShell()
        defer { shell.cleanUp() }
        let terminal = try shell.start()
        defer { terminal.close() }
        terminal.waitFor(shell.promptStem + "=")
        try terminal.typeLine("\\pset pager off")
        terminal.waitFor("Pager usage is off.")
        try terminal.typeLine("select 'row-' || g as r from generate_series(1, 500000) g;")
        terminal.waitForScreen(" row-", seconds: 60)
        try terminal.press("C-s")
        try terminal.press("C-c")
        try terminal.press("C-q")
        try terminal.typeLine("select 'st' || 'ill usable' as s;")
        terminal.waitFor("still usable", seconds: 60)
        let transcript = terminal.transcript()
        if transcript.contains("row-500000") || transcript.contains("(500000 rows)") {
            terminal.fail("output went on after Ctrl-C", expected: "no last row, no footer", actual: "the whole result")
        }
        try terminal.press("C-d")
        terminal.waitFor("[exited 0]")
    }
}
