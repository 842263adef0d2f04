import Testing

@Suite("Password authentication asks on the terminal, as psql does")
struct InteractivePasswordTests {
    @Test func missingPasswordIsAskedForWithoutEcho() throws {
        let shell = try InteractiveShell()
        defer { shell.cleanUp() }
        let terminal = try shell.start([], environment: ["PGPASSWORD": ""])
        defer { terminal.close() }
        terminal.waitFor("Password for user \(shell.cluster.user): ")
        try terminal.typeLine(shell.cluster.password)
        terminal.waitFor(shell.promptStem + "=")
        #expect(!terminal.transcript().contains(shell.cluster.password), "the password is not echoed")
        try terminal.typeLine("\\conninfo")
        terminal.waitFor("Authentication: PostgreSQL password")
        try terminal.press("C-d")
        terminal.waitFor("[exited 0]")
    }
}
