import Foundation
import Testing

/// The interactive shell through a real pseudo-terminal (tmux): prompt, history,
/// Ctrl-C and Ctrl-D, driving the real binary against the local TLS cluster.
@Suite(
    "Interactive shell on a real terminal: prompt, history, Ctrl-C, Ctrl-D", .serialized,
    .enabled(if: !TestCluster.skipped))
struct InteractiveShellTests {
    @Test func promptShowsSSLModeAndTrustSourceAndCtrlDExitsZero() throws {
        let shell = try InteractiveShell()
        defer { shell.cleanUp() }
        let terminal = try shell.start()
        defer { terminal.close() }
        terminal.waitFor(shell.promptStem + "=")
        try terminal.press("C-d")
        terminal.waitFor("[exited 0]")
    }

    @Test func requireModeShowsMarkerAndWarning() throws {
        let shell = try InteractiveShell()
        defer { shell.cleanUp() }
        let terminal = try shell.start(["--sslmode", "require"])
        defer { terminal.close() }
        terminal.waitFor("identity is NOT verified")
        terminal.waitFor("… [REQUIRE·UNVERIFIED]=")
        try terminal.typeLine("select 'enc' || 'rypted' as tls;")
        terminal.waitFor("encrypted")
        terminal.waitFor("[REQUIRE·UNVERIFIED]=", occurrences: 2)
        try terminal.press("C-d")
        terminal.waitFor("[exited 0]")
    }

    @Test func threeLineStatementIsOneHistoryEntryThatSurvivesARestart() throws {
        let shell = try InteractiveShell()
        defer { shell.cleanUp() }
        let first = try shell.start()
        defer { first.close() }
        first.waitFor(shell.promptStem + "=")
        try first.typeLine("select 'multi")
        first.waitFor(shell.promptStem + "'")
        try first.typeLine("line' as s, (1")
        first.waitFor(shell.promptStem + "(")
        try first.typeLine("+ 2) as n;")
        first.waitFor("(1 row)")
        first.waitFor(" multi+")
        first.waitFor(shell.promptStem + "=", occurrences: 2)
        try first.press("C-d")
        first.waitFor("[exited 0]")

        let attributes = try FileManager.default.attributesOfItem(atPath: shell.historyFile)
        let mode = (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
        if mode != 0o600 { first.fail("history file mode", expected: "600", actual: String(mode, radix: 8)) }

        let second = try shell.start()
        defer { second.close() }
        second.waitFor(shell.promptStem + "=")
        try second.press("Up")
        try second.press("Enter")
        // Only the whole three-line entry runs without error and prints the two-line cell again.
        second.waitFor(" multi+")
        second.waitFor("(1 row)")
        if second.transcript().contains("ERROR") {
            second.fail("the recalled entry should run", expected: "no ERROR", actual: "an ERROR")
        }
        second.waitFor(shell.promptStem + "=", occurrences: 2)
        try second.press("C-d")
        second.waitFor("[exited 0]")
    }

    @Test func ctrlCCancelsARunningQueryWithinTwoSecondsAndTheShellStaysUsable() throws {
        let shell = try InteractiveShell()
        defer { shell.cleanUp() }
        let terminal = try shell.start()
        defer { terminal.close() }
        terminal.waitFor(shell.promptStem + "=")
        try terminal.typeLine("select pg_sleep(60);")
        terminal.waitFor("Ctrl-C cancels")
        let pressed = Date()
        try terminal.press("C-c")
        terminal.waitFor("canceling statement due to user request", seconds: 2)
        let elapsed = Date().timeIntervalSince(pressed)
        if elapsed > 2 {
            terminal.fail("cancel too slow", expected: "≤ 2 s", actual: String(format: "%.2f s", elapsed))
        }
        terminal.waitFor(shell.promptStem + "=", occurrences: 2)
        try terminal.typeLine("select 'al' || 'ive' as status;")
        terminal.waitFor("alive")
        terminal.waitFor(shell.promptStem + "=", occurrences: 3)
        try terminal.press("C-d")
        terminal.waitFor("[exited 0]")
    }

    @Test func ctrlCAtThePromptClearsTheBuffer() throws {
        let shell = try InteractiveShell()
        defer { shell.cleanUp() }
        let terminal = try shell.start()
        defer { terminal.close() }
        terminal.waitFor(shell.promptStem + "=")
        try terminal.typeLine("select 1 +")
        terminal.waitFor(shell.promptStem + "-")
        try terminal.type("half typed")
        terminal.waitFor("half typed")
        try terminal.press("C-c")
        terminal.waitFor("^C")
        terminal.waitFor(shell.promptStem + "=", occurrences: 2)
        try terminal.typeLine("select 'cle' || 'ared' as result;")
        terminal.waitFor("cleared")
        let transcript = terminal.transcript()
        if transcript.contains("ERROR") || transcript.contains("[exited") {
            terminal.fail(
                "Ctrl-C at the prompt should drop the buffer and keep the shell", expected: "no ERROR, no exit",
                actual: "see transcript")
        }
        terminal.waitFor(shell.promptStem + "=", occurrences: 3)
        try terminal.press("C-d")
        terminal.waitFor("[exited 0]")
    }
}
