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

    @Test func dashWAsksBeforeConnectingAndTheTypedPasswordWins() throws {
        let shell = try InteractiveShell()
        defer { shell.cleanUp() }
        let terminal = try shell.start(["-W"], environment: ["PGPASSWORD": "not-the-password"])
        defer { terminal.close() }
        terminal.waitFor("Password for user \(shell.cluster.user): ")
        try terminal.typeLine(shell.cluster.password)
        terminal.waitFor(shell.promptStem + "=")
        #expect(!terminal.transcript().contains(shell.cluster.password), "the password is not echoed")
        try terminal.press("C-d")
        terminal.waitFor("[exited 0]")
    }
}

@Suite("\\password changes a password role's password, as psql does")
struct PasswordChangeTests {
    @Test func newPasswordIsAskedTwiceSentEncryptedAndNeverKept() throws {
        let shell = try InteractiveShell()
        defer { shell.cleanUp() }
        let role = "pw_change_" + InteractiveShell.uniqueSuffix()
        let newPassword = "n3w-" + InteractiveShell.uniqueSuffix()
        _ = try shell.runSQL("create role \(role) login password 'old-password'")
        defer { _ = try? shell.runSQL("drop role if exists \(role)") }
        let terminal = try shell.start()
        defer { terminal.close() }
        terminal.waitFor(shell.promptStem + "=")
        try terminal.typeLine("\\password \(role)")
        terminal.waitFor("Enter new password for user \"\(role)\": ")
        try terminal.typeLine(newPassword)
        terminal.waitFor("Enter it again: ")
        try terminal.typeLine("something-else")
        terminal.waitFor("Passwords didn't match.")
        try terminal.typeLine("\\password \(role)")
        terminal.waitFor("Enter new password for user \"\(role)\": ", occurrences: 2)
        try terminal.typeLine(newPassword)
        terminal.waitFor("Enter it again: ", occurrences: 2)
        try terminal.typeLine(newPassword)
        terminal.waitFor(shell.promptStem + "=", occurrences: 3)
        try terminal.press("C-d")
        terminal.waitFor("[exited 0]")
        #expect(!terminal.transcript().contains(newPassword), "the password is not echoed")

        // Stored as SCRAM (sent encrypted), and it works.
        let stored = try shell.runSQL("select left(rolpassword, 14) as method from pg_authid where rolname = '\(role)'")
        #expect(stored.stdout.contains("SCRAM-SHA-256$"), "\(stored.stdout)")
        var cluster = shell.cluster
        cluster.user = role
        cluster.password = newPassword
        let login = try runDSQL(cluster, ["-X", "-c", "select current_user as who"])
        #expect(login.status == 0, "\(login.stderr)")
        #expect(login.stdout.contains(role))
        let history = (try? String(contentsOfFile: shell.historyFile, encoding: .utf8)) ?? ""
        #expect(
            history.contains("password\\040\(role)"),
            "the command is in the history (libedit encodes the space): \(history)")
        #expect(!history.contains(newPassword), "the password is not")
    }
}
