import Testing

@testable import Shell

@Suite("\\! command line")
struct TerminalCommandTests {
    @Test func bareBangExecsTheUsersShell() {
        #expect(TerminalCommand.shellLine(for: "", environment: ["SHELL": "/bin/zsh"]) == "exec /bin/zsh")
    }

    @Test func bareBangFallsBackToBinShWithoutShell() {
        #expect(TerminalCommand.shellLine(for: "", environment: [:]) == "exec /bin/sh")
        #expect(TerminalCommand.shellLine(for: "", environment: ["SHELL": ""]) == "exec /bin/sh")
    }

    @Test func aCommandIsPassedAsItIs() {
        #expect(TerminalCommand.shellLine(for: "ls -l", environment: ["SHELL": "/bin/zsh"]) == "ls -l")
    }
}
