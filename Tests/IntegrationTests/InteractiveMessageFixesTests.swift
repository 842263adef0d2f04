import Foundation
import Testing

/// The wording fixes of issue 19, each seen on a real terminal (tmux).
@Suite("Messages that say the right thing, on a real terminal", .serialized, .enabled(if: !TestCluster.skipped))
struct InteractiveMessageFixesTests {
    /// Starts dsql with exactly `arguments` (no cluster defaults) in a terminal.
    private func start(_ shell: InteractiveShell, _ arguments: [String], environment extra: [String: String] = [:])
        throws -> TmuxTerminal
    {
        var environment = shell.cluster.environment
        environment["HOME"] = shell.folder.path
        environment["TERM"] = "xterm-256color"
        environment["DSQL_HISTORY"] = shell.historyFile
        environment.merge(extra) { $1 }
        return try TmuxTerminal(command: [Binaries.dsql] + arguments, environment: environment)
    }

    @Test func aBundleHoldingAmazonRootCA1IsNotToldToAddIt() throws {
        let shell = try InteractiveShell()
        defer { shell.cleanUp() }
        let bundle = shell.folder.appendingPathComponent("bundle.pem").path
        let untrusted = try String(contentsOfFile: shell.cluster.untrustedCAFile, encoding: .utf8)
        let amazon = try String(contentsOfFile: "/etc/ssl/certs/Amazon_Root_CA_1.pem", encoding: .utf8)
        try (untrusted + "\n" + amazon).write(toFile: bundle, atomically: true, encoding: .utf8)
        var arguments = shell.cluster.dsqlArguments
        if let index = arguments.firstIndex(of: "--sslrootcert") { arguments[index + 1] = bundle }
        let terminal = try start(shell, arguments)
        defer { terminal.close() }
        terminal.waitFor("[exited 2]")
        terminal.waitFor("already holds Amazon Root CA 1")
        if terminal.transcript().contains("add Amazon Root CA 1") {
            terminal.fail(
                "no advice to add what the bundle holds", expected: "no \"add Amazon Root CA 1\"",
                actual: "it is offered")
        }
    }

    @Test func editWithAMissingEditorNamesTheEditor() throws {
        let shell = try InteractiveShell()
        defer { shell.cleanUp() }
        let terminal = try shell.start(environment: ["EDITOR": "/nonexistent/editor-xyz"])
        defer { terminal.close() }
        terminal.waitFor(shell.promptStem + "=")
        try terminal.typeLine("select 1")
        try terminal.typeLine("\\e")
        terminal.waitFor("could not start editor \"/nonexistent/editor-xyz\"")
        if terminal.transcript().contains("could not start /bin/sh") {
            terminal.fail("the editor is named", expected: "editor name", actual: "could not start /bin/sh")
        }
        try terminal.press("C-c")
        try terminal.press("C-d")
        terminal.waitFor("[exited 0]")
    }

    @Test func theRequireWarningSpeaksOfThePasswordUnderNoIAM() throws {
        let shell = try InteractiveShell()
        defer { shell.cleanUp() }
        let terminal = try shell.start(["--sslmode", "require"])
        defer { terminal.close() }
        terminal.waitFor("including your password.")
        if terminal.transcript().contains("your token") {
            terminal.fail("no token under --no-iam", expected: "your password", actual: "your token")
        }
        // The warning comes before the line editor starts: a key pressed then can be lost.
        terminal.waitFor("[REQUIRE·UNVERIFIED]=")
        try terminal.press("C-d")
        terminal.waitFor("[exited 0]")
    }

    @Test func missingAWSCredentialsNameTheFixesAsDoctorDoes() throws {
        let shell = try InteractiveShell()
        defer { shell.cleanUp() }
        let arguments = shell.cluster.dsqlArguments.filter { $0 != "--no-iam" }
        let terminal = try start(
            shell, arguments,
            environment: [
                "AWS_CONFIG_FILE": "/nonexistent", "AWS_SHARED_CREDENTIALS_FILE": "/nonexistent",
                "AWS_EC2_METADATA_DISABLED": "true", "AWS_REGION": "us-east-1",
            ])
        defer { terminal.close() }
        terminal.waitFor("[exited 2]", seconds: 30)
        terminal.waitFor("no AWS credentials found")
        terminal.waitFor("aws sso login")
        terminal.waitFor("pass --no-iam")
    }

    @Test func noWayToConnectExitsTwoAsPsqlDoes() throws {
        let shell = try InteractiveShell()
        defer { shell.cleanUp() }
        var environment = shell.cluster.environment
        environment["PGHOST"] = nil
        environment["HOME"] = shell.folder.path
        let terminal = try TmuxTerminal(command: [Binaries.dsql], environment: environment)
        defer { terminal.close() }
        terminal.waitFor("no host given")
        terminal.waitFor("[exited 2]")
    }
}
