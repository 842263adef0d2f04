import Foundation
import Testing

@testable import DSQLAuth

@Suite struct ProcessCredentialTests {
    static let now = Date(timeIntervalSince1970: 1_790_000_000) // 2026-09-21
    static let environment = ["PATH": "/usr/bin:/bin", "AWS_EC2_METADATA_DISABLED": "true"]

    func provider(_ command: String, timeout: Double = 5) -> ProcessCredentialProvider {
        ProcessCredentialProvider(
            profile: "p", command: command, environment: Self.environment,
            timeout: timeout, clock: .fixed(Self.now))
    }

    @Test func goodProcessOutputBecomesCredentialsWithExpiry() throws {
        let dir = try TemporaryDirectory()
        let script = try dir.write(
            "creds.sh",
            """
            #!/bin/sh
            echo '{"Version": 1, "AccessKeyId": "ASIAPROC", "SecretAccessKey": "'"$1"'",'
            echo '"SessionToken": "tok+/=", "Expiration": "2026-09-22T00:00:00Z"}'
            """, executable: true)
        let credentials = try #require(try provider("\(script) 'the secret'").resolve())
        #expect(credentials.accessKeyId == "ASIAPROC")
        #expect(credentials.secretAccessKey == "the secret")
        #expect(credentials.sessionToken == "tok+/=")
        #expect(credentials.expiration == ISO8601.parse("2026-09-22T00:00:00Z"))
        #expect(credentials.source == .process(profile: "p"))
    }

    @Test func childEnvironmentCarriesNoSecrets() throws {
        let dir = try TemporaryDirectory()
        let envFile = dir.path + "/env"
        let script = try dir.write(
            "creds.sh",
            """
            #!/bin/sh
            env > '\(envFile)'
            echo '{"Version": 1, "AccessKeyId": "A", "SecretAccessKey": "S"}'
            """, executable: true)
        var environment = Self.environment
        environment["AWS_ACCESS_KEY_ID"] = "AKIDLEAK"
        environment["AWS_SECRET_ACCESS_KEY"] = "SECRETLEAK"
        environment["AWS_SESSION_TOKEN"] = "TOKENLEAK"
        environment["AWS_CONTAINER_AUTHORIZATION_TOKEN"] = "AUTHLEAK"
        environment["PGPASSWORD"] = "PGLEAK"
        environment["DSQL_MARKER"] = "kept"
        let provider = ProcessCredentialProvider(
            profile: "p", command: script, environment: environment,
            clock: .fixed(Self.now))
        _ = try provider.resolve()
        let seen = try String(contentsOfFile: envFile, encoding: .utf8)
        #expect(seen.contains("DSQL_MARKER=kept"))
        for leak in ["AKIDLEAK", "SECRETLEAK", "TOKENLEAK", "AUTHLEAK", "PGLEAK"] {
            #expect(!seen.contains(leak))
        }
    }

    @Test func programIsFoundOnTheInjectedPath() throws {
        let dir = try TemporaryDirectory()
        try dir.write(
            "bin/my-creds", "#!/bin/sh\necho '{\"Version\":1,\"AccessKeyId\":\"A\",\"SecretAccessKey\":\"S\"}'\n",
            executable: true)
        let provider = ProcessCredentialProvider(
            profile: "p", command: "my-creds --flag", environment: ["PATH": dir.path + "/bin:/usr/bin:/bin"],
            clock: .fixed(Self.now))
        #expect(try provider.resolve()?.accessKeyId == "A")
    }

    @Test func nonZeroExitIsAnErrorWithStderrButNotStdout() throws {
        let error = #expect(throws: CredentialError.self) {
            try provider("/bin/sh -c 'echo SECRETONSTDOUT; echo token expired >&2; exit 3'").resolve()
        }
        #expect(error == .processFailed(profile: "p", status: 3, stderr: "token expired"))
        #expect(error?.description.contains("SECRETONSTDOUT") == false)
    }

    @Test(arguments: [
        ("echo not json", "output is not JSON"),
        ("true", "no output"),
        ("echo '[1]'", "output is not a JSON object"),
        (
            "echo '{\"Version\": 2, \"AccessKeyId\": \"A\", \"SecretAccessKey\": \"S\"}'",
            "unsupported Version (expected 1)"
        ),
        ("echo '{\"AccessKeyId\": \"A\", \"SecretAccessKey\": \"S\"}'", "missing Version"),
        ("echo '{\"Version\": 1, \"SecretAccessKey\": \"TOPSECRET\"}'", "missing AccessKeyId"),
        ("echo '{\"Version\": 1, \"AccessKeyId\": \"A\"}'", "missing SecretAccessKey"),
        (
            "echo '{\"Version\": 1, \"AccessKeyId\": \"A\", \"SecretAccessKey\": \"TOPSECRET\", \"Expiration\": \"soon\"}'",
            "Expiration is not an ISO 8601 timestamp"
        ),
        (
            "echo '{\"Version\": 1, \"AccessKeyId\": \"A\", \"SecretAccessKey\": \"TOPSECRET\", \"Expiration\": \"2020-01-01T00:00:00Z\"}'",
            "the credentials expired at 2020-01-01T00:00:00Z"
        ),
    ])
    func badOutputIsATypedErrorWithoutTheSecret(_ shell: String, _ reason: String) {
        let escaped = shell.replacingOccurrences(of: "'", with: "'\\''")
        let error = #expect(throws: CredentialError.self) { try provider("/bin/sh -c '\(escaped)'").resolve() }
        #expect(error == .processOutputInvalid(profile: "p", reason: reason))
        #expect(error?.description.contains("TOPSECRET") == false)
    }

    @Test func aHangingProcessIsKilledAtTheTimeout() throws {
        let start = Date()
        let error = #expect(throws: CredentialError.self) {
            try provider("/bin/sh -c 'sleep 30; echo late'", timeout: 0.3).resolve()
        }
        #expect(error == .processTimedOut(profile: "p", seconds: 0.3))
        #expect(Date().timeIntervalSince(start) < 3)
    }

    @Test func aProcessThatClosesStdoutButKeepsRunningStillTimesOut() {
        let start = Date()
        #expect(throws: CredentialError.processTimedOut(profile: "p", seconds: 0.3)) {
            try provider("/bin/sh -c 'exec >&- 2>&-; sleep 30'", timeout: 0.3).resolve()
        }
        #expect(Date().timeIntervalSince(start) < 3)
    }

    @Test func missingProgramIsALaunchError() {
        #expect(
            throws: CredentialError.processLaunchFailed(
                profile: "p", program: "/no/such/program",
                reason: "not found or not executable")
        ) {
            try provider("/no/such/program --x").resolve()
        }
    }

    @Test(arguments: [
        ("", "the command is empty"), ("cmd 'open", "unterminated ' quote"),
        ("cmd \"open", "unterminated \" quote"), ("cmd \\", "trailing backslash"),
    ])
    func unsplittableCommandsAreTypedErrors(_ command: String, _ reason: String) {
        #expect(throws: CredentialError.invalidProcessCommand(profile: "p", reason: reason)) {
            try provider(command).resolve()
        }
    }

    @Test(arguments: [
        ("a b  c", ["a", "b", "c"]),
        ("/bin/tool --profile 'my profile' \"x y\"", ["/bin/tool", "--profile", "my profile", "x y"]),
        ("a\\ b c", ["a b", "c"]),
        ("\"a\\\"b\\\\c\\d\"", ["a\"b\\c\\d"]),
        ("'it''s'", ["its"]),
        ("x '' y", ["x", "", "y"]),
        ("  leading\ttab\n", ["leading", "tab"]),
    ])
    func commandsSplitLikeShlex(_ command: String, _ words: [String]) throws {
        #expect(try CommandLineSplitter.split(command) == words)
    }

    @Test func profileWithCredentialProcessRunsIt() throws {
        let home = try TemporaryDirectory()
        try home.write(
            ".aws/config",
            """
            [profile tool]
            credential_process = /bin/sh -c "echo '{\\"Version\\":1,\\"AccessKeyId\\":\\"AKIDTOOL\\",\\"SecretAccessKey\\":\\"S\\"}'"
            """)
        let chain = CredentialChain.standard(
            environment: Self.environment, home: home.path, profile: "tool",
            clock: .fixed(Self.now))
        let credentials = try #require(try chain.resolve())
        #expect(credentials.accessKeyId == "AKIDTOOL")
        #expect(credentials.source == .process(profile: "tool"))
    }
}
