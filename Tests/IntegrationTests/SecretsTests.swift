import Foundation
import Testing

/// Known fake secrets never reach any output, file or child process.
///
/// Sessions run with `FakeCredentials` (AWS key pair and session token) and the test
/// cluster's PGPASSWORD through every path that can be reached without a real DSQL
/// endpoint: `dsql token`, `dsql doctor`, failed IAM connects, `-e` echo, `\conninfo`,
/// the history file, and the children of `\!`, backquotes, `\o |…`, `\e` and the pager.
///
/// `dsql token` prints a token on stdout by design; that token carries the session
/// token and a signature, so only its stderr and the secret key are checked there.
@Suite("Secrets never appear in output, files or child environments")
struct SecretsTests {
    /// Everything that must stay hidden, the test password included.
    static func secrets(_ cluster: TestCluster) -> [String] {
        // The names may be mentioned (\conninfo says "PGPASSWORD, ~/.pgpass"); values may not.
        FakeCredentials.secrets + [cluster.password, "PGPASSWORD=", "AWS_SECRET_ACCESS_KEY=", "AWS_SESSION_TOKEN="]
    }

    /// Reports any secret found in `text`, naming where it was seen.
    static func expectNoSecrets(
        _ text: String, in place: String, _ cluster: TestCluster,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        for secret in secrets(cluster) where text.contains(secret) {
            Issue.record("\(place) contains \"\(secret)\":\n\(text.prefix(3000))", sourceLocation: sourceLocation)
        }
    }

    /// The environment of a session: fake AWS credentials and the test password.
    static func environment(_ cluster: TestCluster, _ extra: [String: String] = [:]) -> [String: String] {
        cluster.environment.merging(FakeCredentials.environment) { $1 }.merging(extra) { $1 }
    }

    /// IAM connection arguments for the test cluster (no `--no-iam`).
    static func iamArguments(_ cluster: TestCluster, role: String) -> [String] {
        [
            "-h", cluster.host, "--hostaddr", cluster.hostAddress, "-p", cluster.port, "-U", role, "--sslrootcert",
            cluster.caFile,
        ]
    }

    @Test func tokenCommandKeepsTheSecretKeyAndItsErrorsClean() throws {
        let cluster = try TestCluster.current()
        let result = try runProcess(
            Binaries.dsql, ["token", "--host", cluster.host],
            environment: Self.environment(cluster), input: Data())
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("X-Amz-Signature="), "a token was printed")
        #expect(!result.stdout.contains(FakeCredentials.secretKey))
        Self.expectNoSecrets(result.stderr, in: "token stderr", cluster)
    }

    @Test(arguments: ["admin", "password_role"])
    func failedIAMConnectAndDoctorShowNoSecret(role: String) throws {
        let cluster = try TestCluster.current()
        let arguments = Self.iamArguments(cluster, role: role)
        var environment = Self.environment(cluster)
        environment.removeValue(forKey: "PGPASSWORD")
        let connect = try runProcess(
            Binaries.dsql, arguments + ["-e", "-c", "select 1"], environment: environment, input: Data())
        #expect(connect.status == 2, "the server cannot check IAM tokens: \(connect.stderr)")
        Self.expectNoSecrets(connect.stdout + connect.stderr, in: "failed connect as \(role)", cluster)
        let doctor = try runProcess(Binaries.dsql, ["doctor"] + arguments, environment: environment, input: Data())
        #expect(doctor.status != 0, "\(doctor.stdout)")
        Self.expectNoSecrets(doctor.stdout + doctor.stderr, in: "doctor as \(role)", cluster)
    }

    @Test func sessionOutputConninfoAndEchoShowNoSecret() throws {
        let cluster = try TestCluster.current()
        let result = try runProcess(
            Binaries.dsql,
            cluster.dsqlArguments + [
                "-e", "-c", "select 1 as one", "-c", "\\conninfo", "-c", "\\set", "-c", "select nonsense",
            ], environment: Self.environment(cluster), input: Data())
        #expect(result.stdout.contains("Authentication: PostgreSQL password"), "\(result.stdout)")
        Self.expectNoSecrets(result.stdout + result.stderr, in: "session output", cluster)
    }

    @Test func childProcessesInheritNoSecret() throws {
        let cluster = try TestCluster.current()
        let folder = try makeScratchFolder("secrets-children")
        defer { try? FileManager.default.removeItem(at: folder) }
        let editor = folder.appendingPathComponent("editor.sh").path
        try "#!/bin/sh\nenv > \"$0.env\"\necho 'select 2 as edited;' > \"$1\"\n".write(
            toFile: editor, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: editor)
        let piped = folder.appendingPathComponent("piped.env").path
        let script = """
            \\! env
            \\echo `env | tr '\\n' ' '`
            \\o |env > '\(piped)'
            select 1;
            \\o
            \\e
            select 3 as still_connected;
            """
        let result = try runProcess(
            Binaries.dsql, cluster.dsqlArguments + ["-q"],
            environment: Self.environment(cluster, ["EDITOR": editor, "PSQL_EDITOR": editor]),
            input: Data((script + "\n").utf8))
        #expect(result.stdout.contains("PATH="), "\\! env ran: \(result.stdout.prefix(500))")
        #expect(result.stdout.contains(" still_connected \n"), "PGPASSWORD still authenticates: \(result.stderr)")
        Self.expectNoSecrets(result.stdout + result.stderr, in: "\\! env and backquote env", cluster)
        let pipedEnvironment = (try? String(contentsOfFile: piped, encoding: .utf8)) ?? ""
        #expect(pipedEnvironment.contains("PATH="), "\\o |env ran")
        Self.expectNoSecrets(pipedEnvironment, in: "\\o |env", cluster)
        if let editorEnvironment = try? String(contentsOfFile: editor + ".env", encoding: .utf8) {
            Self.expectNoSecrets(editorEnvironment, in: "\\e editor environment", cluster)
        }
    }

    @Test func historyFileAndPagerOfAnInteractiveSessionHoldNoSecret() throws {
        let cluster = try TestCluster.current()
        let folder = try makeScratchFolder("secrets-history")
        defer { try? FileManager.default.removeItem(at: folder) }
        let history = folder.appendingPathComponent("history").path
        let pagerEnvironment = folder.appendingPathComponent("pager.env").path
        let pager = "sh -c 'env > \(pagerEnvironment); cat'"
        let result = try runInTerminal(
            [Binaries.dsql] + cluster.dsqlArguments,
            environment: Self.environment(cluster, ["DSQL_HISTORY": history, "PAGER": pager]),
            input: "\\pset pager always\nselect 1 as paged;\n\\conninfo\n\\! env\n\\q\n")
        let screen = result.stdout.replacingOccurrences(of: "\r", with: "")
        #expect(screen.contains(" paged "), "\(screen)")
        Self.expectNoSecrets(screen, in: "terminal", cluster)
        // libedit's history format writes spaces as \040.
        let saved = ((try? String(contentsOfFile: history, encoding: .utf8)) ?? "").replacingOccurrences(
            of: "\\040", with: " ")
        #expect(saved.contains("select 1 as paged;"), "history was written: \(saved)")
        Self.expectNoSecrets(saved, in: "history file", cluster)
        let paged = (try? String(contentsOfFile: pagerEnvironment, encoding: .utf8)) ?? ""
        #expect(paged.contains("PATH="), "the pager ran: \(screen)")
        Self.expectNoSecrets(paged, in: "pager environment", cluster)
    }
}
