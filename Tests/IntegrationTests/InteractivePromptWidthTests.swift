import Foundation
import Testing

/// The default prompt fits in 40 columns and keeps sslmode and trust source; PROMPT1
/// can still show everything (tmux).
@Suite("The default prompt is short", .serialized, .enabled(if: !TestCluster.skipped))
struct InteractivePromptWidthTests {
    @Test func defaultPromptFitsFortyColumnsAndKeepsTheTrust() throws {
        let shell = try InteractiveShell()
        defer { shell.cleanUp() }
        let terminal = try shell.start(columns: 80, rows: 24)
        defer { terminal.close() }
        terminal.waitFor(shell.promptStem + "=")
        let line = terminal.transcript().split(separator: "\n").last { $0.contains("[verify-full·file]=") } ?? ""
        if line.count > 40 {
            terminal.fail("prompt too wide", expected: "≤ 40 columns", actual: "\(line.count): \(line)")
        }
        try terminal.press("C-d")
        terminal.waitFor("[exited 0]")
    }

    @Test func promptOneCanStillShowEverything() throws {
        let shell = try InteractiveShell()
        defer { shell.cleanUp() }
        let terminal = try shell.start(["-v", "PROMPT1=%n@%M/%/ %S%R%x%# "])
        defer { terminal.close() }
        terminal.waitFor("\(shell.cluster.user)@\(shell.cluster.host)/\(shell.cluster.database) [verify-full·file]=")
        try terminal.press("C-d")
        terminal.waitFor("[exited 0]")
    }
}
