import Foundation
import Testing

/// `\!` on a real terminal (tmux): the child owns the terminal while it runs, reads
/// the keyboard, takes Ctrl-C, and hands the prompt back.
@Suite("\\! on a real terminal: the child is in the foreground", .serialized, .enabled(if: !TestCluster.skipped))
struct InteractiveForegroundChildTests {
    @Test func aChildThatReadsTheTerminalGetsTheTypedLineAndThePromptComesBack() throws {
        let shell = try InteractiveShell()
        defer { shell.cleanUp() }
        let terminal = try shell.start()
        defer { terminal.close() }
        terminal.waitFor(shell.promptStem + "=")
        try terminal.typeLine("\\! echo ready-$((40+2)); head -1 | sed 's/^/child read: /'")
        terminal.waitFor("ready-42")
        try terminal.typeLine("typed-line")
        terminal.waitFor("child read: typed-line")
        terminal.waitFor(shell.promptStem + "=", occurrences: 2)
        try terminal.typeLine("select 'al' || 'ive' as status;")
        terminal.waitFor("alive")
        try terminal.press("C-d")
        terminal.waitFor("[exited 0]")
    }

    @Test func bareBangStartsTheUsersShellWhichTakesCtrlCAndExits() throws {
        let shell = try InteractiveShell()
        defer { shell.cleanUp() }
        let userShell = try shell.script(
            named: "usershell.sh",
            """
            echo "user shell $((6*7))"
            exec /bin/sh -i
            """)
        let terminal = try shell.start(environment: ["SHELL": userShell, "PS1": "child$ "])
        defer { terminal.close() }
        terminal.waitFor(shell.promptStem + "=")
        try terminal.typeLine("\\!")
        terminal.waitFor("user shell 42")
        terminal.waitFor("child$ ")
        try terminal.typeLine("sleep 60")
        try terminal.press("C-c")
        terminal.waitFor("child$ ", occurrences: 2)
        try terminal.typeLine("echo in-child-$((1+2)); exit")
        terminal.waitFor("in-child-3")
        terminal.waitFor(shell.promptStem + "=", occurrences: 2)
        try terminal.typeLine("select 'st' || 'ill here' as status;")
        terminal.waitFor("still here")
        try terminal.press("C-d")
        terminal.waitFor("[exited 0]")
    }
}
