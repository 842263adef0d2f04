import Foundation
import Testing

/// Ctrl-C ending `\watch`, Ctrl-Z and `fg`, typing ahead after `\q`, and `\e` of a
/// statement without `;`, on a real terminal (tmux; an interactive bash where job
/// control is needed).
@Suite("Job control and line hand-offs on a real terminal", .serialized, .enabled(if: !TestCluster.skipped))
struct InteractiveJobControlTests {
    /// An interactive bash in a terminal, with dsql's environment, ready for a command.
    private func bash(_ shell: InteractiveShell, environment extra: [String: String] = [:]) throws -> TmuxTerminal {
        var environment = shell.cluster.environment
        environment["HOME"] = shell.folder.path
        environment["TERM"] = "xterm-256color"
        environment["DSQL_HISTORY"] = shell.historyFile
        environment["PS1"] = "job-shell$ "
        environment.merge(extra) { $1 }
        let terminal = try TmuxTerminal(
            command: ["/bin/bash", "--norc", "--noprofile", "-i"], environment: environment)
        terminal.waitFor("job-shell$ ")
        return terminal
    }

    /// The command line that starts dsql against the cluster.
    private func dsqlCommand(_ shell: InteractiveShell) -> String {
        ([Binaries.dsql] + shell.cluster.dsqlArguments).map(TmuxTerminal.quote).joined(separator: " ")
    }

    @Test func ctrlCEndingWatchLeavesThePromptOnItsOwnLine() throws {
        let shell = try InteractiveShell()
        defer { shell.cleanUp() }
        let terminal = try shell.start()
        defer { terminal.close() }
        terminal.waitFor(shell.promptStem + "=")
        try terminal.typeLine("select 'wat' || 'ched' as w \\watch 0.3")
        terminal.waitFor("watched")
        try terminal.press("C-c")
        terminal.waitFor(shell.promptStem + "=", occurrences: 2)
        if terminal.transcript().contains("^C" + shell.promptStem) {
            terminal.fail("prompt after ^C", expected: "on its own line", actual: "after ^C on the same line")
        }
        try terminal.press("C-d")
        terminal.waitFor("[exited 0]")
    }

    @Test func ctrlZThenFgRedrawsTheLineOnceAndEditingGoesOn() throws {
        let shell = try InteractiveShell()
        defer { shell.cleanUp() }
        let terminal = try bash(shell)
        defer { terminal.close() }
        try terminal.typeLine(dsqlCommand(shell))
        terminal.waitFor(shell.promptStem + "=")
        try terminal.type("select 'sus")
        terminal.waitFor("select 'sus")
        try terminal.press("C-z")
        terminal.waitFor("Stopped")
        try terminal.typeLine("fg")
        terminal.waitFor(shell.promptStem + "=# select 'sus", occurrences: 2)
        try terminal.typeLine("pended' as r;")
        terminal.waitFor("suspended")
        let redraws = terminal.count(shell.promptStem + "=# select 'sus")
        if redraws != 2 {
            terminal.fail("one redraw after fg", expected: "2 prompt lines with the text", actual: "\(redraws)")
        }
        try terminal.typeLine("\\q")
        terminal.waitFor("job-shell$ ", occurrences: 3)
    }

    @Test func textTypedAheadAfterQuitReachesTheShell() throws {
        let shell = try InteractiveShell()
        defer { shell.cleanUp() }
        let terminal = try bash(shell)
        defer { terminal.close() }
        try terminal.typeLine(dsqlCommand(shell))
        terminal.waitFor(shell.promptStem + "=")
        try terminal.type("\\q\recho typed-ahead-$((40+2))\r")
        terminal.waitFor("typed-ahead-42")
    }

    @Test func editOfAStatementWithoutSemicolonReturnsItToTheLine() throws {
        let shell = try InteractiveShell()
        defer { shell.cleanUp() }
        let editor = try shell.script(named: "editor.sh", "printf \"select 'from' || 'editor' as e\" > \"$1\"")
        let terminal = try shell.start(environment: ["EDITOR": editor])
        defer { terminal.close() }
        terminal.waitFor(shell.promptStem + "=")
        try terminal.typeLine("\\e")
        terminal.waitFor(shell.promptStem + "=# select 'from' || 'editor' as e")
        try terminal.type(";")
        try terminal.press("Enter")
        terminal.waitFor("fromeditor")
        try terminal.press("C-d")
        terminal.waitFor("[exited 0]")
    }
}
