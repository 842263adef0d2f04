import Foundation
import Testing

/// Bad input of every kind ends in a clear message and the right exit code, never a crash or a hang.
///
/// Each case runs the real binary against the local test cluster and checks the
/// message, the exit status, and that the process neither died of a signal nor
/// printed a runtime trap (`endedCleanly`). `runProcess` kills and fails a run that
/// takes longer than its timeout, so a hang is a failure too.
@Suite("Bad input is refused clearly, without crashing or hanging")
struct BadInputTests {
    /// Deterministic pseudo-random bytes without a backslash, so no meta-command can run
    /// (a random `\!` or `\o` would act on this machine).
    static func binaryNoise(count: Int, seed: UInt64) -> Data {
        var state = seed
        var bytes = [UInt8]()
        bytes.reserveCapacity(count)
        while bytes.count < count {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let byte = UInt8(truncatingIfNeeded: state >> 56)
            if byte != UInt8(ascii: "\\") { bytes.append(byte) }
        }
        return Data(bytes)
    }

    func run(
        _ arguments: [String], input: Data = Data(), environment: [String: String] = [:], timeout: TimeInterval = 60
    ) throws -> ProcessOutput {
        let cluster = try TestCluster.current()
        return try runProcess(
            Binaries.dsql, cluster.dsqlArguments + arguments,
            environment: cluster.environment.merging(environment) { $1 }, input: input, timeout: timeout)
    }

    // MARK: stdin

    @Test(arguments: [1, 2, 3])
    func binaryDataOnStdinIsRefusedStatementByStatement(seed: Int) throws {
        let noise = Self.binaryNoise(count: 64 * 1024, seed: UInt64(seed))
        let result = try run([], input: noise)
        #expect(endedCleanly(result), "\(result.stderr.suffix(2000))")
        #expect(result.status == 0, "errors in a script do not stop it without ON_ERROR_STOP")
        #expect(
            ["ERROR:", "NUL byte", "not valid UTF-8"].contains { result.stderr.contains($0) },
            "\(result.stderr.prefix(2000))")
    }

    @Test func statementWithANulByteIsRefusedNotTruncated() throws {
        // libpq would send only `select 1`; psql glues the next line on. dsql refuses the statement.
        let result = try run([], input: Data("select 1\0 + 41 as n;\nselect 2 as m;\n".utf8))
        #expect(endedCleanly(result))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("statement contains a NUL byte; not sent"), "\(result.stderr)")
        #expect(!result.stdout.contains("?column?"), "nothing before the NUL byte ran on its own: \(result.stdout)")
        #expect(result.stdout.contains(" m \n---\n 2\n"), "\(result.stdout)")
        let stopping = try run(["-v", "ON_ERROR_STOP=1"], input: Data("select 1\0;\nselect 2 as m;\n".utf8))
        #expect(stopping.status == 3, "\(stopping.stderr)")
        #expect(!stopping.stdout.contains(" m \n"), "\(stopping.stdout)")
    }

    /// Runs dsql under GNU time with `redirect` as its stdin; returns the result and the peak RSS in KiB.
    func runMeasured(_ arguments: [String], stdinFrom redirect: String) throws -> (ProcessOutput, Int) {
        let cluster = try TestCluster.current()
        let folder = try makeScratchFolder("rss")
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = folder.appendingPathComponent("time.txt").path
        let command = ["/usr/bin/time", "-o", report, "-f", "%M", Binaries.dsql] + cluster.dsqlArguments + arguments
        let result = try runProcess(
            "/bin/sh", ["-c", "exec \"$@\" < \(redirect)", "sh"] + command, environment: cluster.environment,
            timeout: 60)
        // GNU time adds "Command exited with non-zero status N" before its figure.
        let lines = try String(contentsOfFile: report, encoding: .utf8).split(separator: "\n")
        let kibibytes = lines.last.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) } ?? .max
        return (result, kibibytes)
    }

    @Test(arguments: [[String](), ["-c", "\\i /dev/zero"], ["-f", "/dev/zero"]])
    func endlessNulBytesEndQuicklyInBoundedMemory(arguments: [String]) throws {
        // Before: 3–4 GB of RSS within seconds, and no end.
        let (result, peak) = try runMeasured(arguments, stdinFrom: "/dev/zero")
        #expect(endedCleanly(result))
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.contains("holds a NUL byte and no line end within 1 MiB"), "\(result.stderr)")
        #expect(peak < 64 * 1024, "peak RSS \(peak) KiB")
    }

    @Test func statementWithInvalidUTF8IsRefusedNotAltered() throws {
        // Decoding would replace the bad bytes with U+FFFD and store that; psql sends the
        // bytes and the server refuses them. dsql refuses the statement itself.
        let input = Data("select 'a".utf8) + Data([0xFF, 0xFE, 0xC3]) + Data("' as bad;\nselect 'é' as after;\n".utf8)
        let result = try run([], input: input)
        #expect(endedCleanly(result), "\(result.stderr)")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("statement is not valid UTF-8; not sent"), "\(result.stderr)")
        #expect(!result.stdout.contains(" bad "), "\(result.stdout)")
        #expect(result.stdout.contains(" after \n-------\n é\n"), "\(result.stdout)")
        let unterminated = try run(["-v", "ON_ERROR_STOP=1"], input: Data("select 'x".utf8) + Data([0xC0, 0x80]))
        #expect(unterminated.status == 3, "the unterminated last statement is refused too: \(unterminated.stderr)")
        #expect(unterminated.stderr.contains("statement is not valid UTF-8; not sent"), "\(unterminated.stderr)")
    }

    @Test func fiftyMegabyteStatementRunsWithoutCrashing() throws {
        let size = 50 * 1024 * 1024
        var input = Data("select length('".utf8)
        input.append(Data(repeating: UInt8(ascii: "x"), count: size))
        input.append(Data("') as n;\n".utf8))
        // Debug builds lex the statement slowly (several seconds per 10 MB on a busy machine).
        let result = try run(["-q"], input: input, timeout: 900)
        #expect(endedCleanly(result), "\(result.stderr.prefix(2000))")
        #expect(result.status == 0, "\(result.stderr.prefix(2000))")
        #expect(result.stdout.contains("\n \(size)\n"), "\(result.stdout.prefix(500))")
    }

    @Test(arguments: [
        ("select 'abc", "unterminated quoted string"),
        ("select $$abc", "unterminated dollar-quoted string"),
        ("select $body$abc $$ still inside", "unterminated dollar-quoted string"),
        ("select 1 /* abc", "unterminated /* comment"),
        ("select 1 /* outer /* inner */ still open", "unterminated /* comment"),
        ("select \"abc", "unterminated quoted identifier"),
    ])
    func unterminatedTokenAtEndOfInputIsSentAndReported(text: String, message: String) throws {
        let plain = try run([], input: Data((text + "\n").utf8))
        #expect(endedCleanly(plain))
        #expect(plain.status == 0, "\(plain.stderr)")
        #expect(plain.stderr.contains(message), "\(plain.stderr)")
        let stopping = try run(["-v", "ON_ERROR_STOP=1"], input: Data(text.utf8))
        #expect(stopping.status == 3, "ON_ERROR_STOP makes the failed last statement exit 3: \(stopping.stderr)")
        #expect(stopping.stderr.contains(message), "\(stopping.stderr)")
    }

    // MARK: meta-commands

    @Test(arguments: [
        ("\\frobnicate", "invalid command \\frobnicate", Int32(1)),
        ("\\", "invalid command \\", 1),
        ("\\pset format bogus", "\\pset: allowed formats are", 1),
        ("\\pset nonsense 1", "\\pset: unknown option: nonsense", 1),
        ("\\unset", "\\unset: missing required argument", 1),
        ("\\echo 'abc", "unterminated quoted string", 0),
        ("\\set ON_ERROR_STOP maybe", "unrecognized value \"maybe\" for \"ON_ERROR_STOP\": Boolean expected", 1),
        ("\\set FETCH_COUNT x", "invalid value \"x\" for \"FETCH_COUNT\": integer expected", 1),
        (
            "\\set FETCH_COUNT 99999999999999999999999",
            "invalid value \"99999999999999999999999\" for \"FETCH_COUNT\"", 1
        ),
        ("\\set CONNECTION_MAX_AGE soon", "invalid value \"soon\" for \"CONNECTION_MAX_AGE\"", 1),
        ("\\set RETRY_OCC -1", "invalid value \"-1\" for \"RETRY_OCC\"", 1),
        ("\\i /nonexistent/dsql-missing.sql", "/nonexistent/dsql-missing.sql: No such file or directory", 1),
        ("\\i /tmp", "/tmp: Is a directory", 1),
    ])
    func badMetaCommandIsReportedWithItsExitCode(command: String, message: String, status: Int32) throws {
        let result = try run(["-c", command])
        #expect(endedCleanly(result))
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(result.status == status, "\(result.stderr)")
    }

    @Test func rejectedSpecialVariableKeepsItsValueAndIsReportedOnce() throws {
        let script =
            "\\set ON_ERROR_STOP maybe\n\\set CONNECTION_MAX_AGE soon\nselect 1;\nselect 2;\n\\echo stop=:ON_ERROR_STOP age=:CONNECTION_MAX_AGE\n"
        let result = try run(["-q"], input: Data(script.utf8))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("stop=off age=:CONNECTION_MAX_AGE\n"), "\(result.stdout)")
        #expect(
            result.stderr.components(separatedBy: "CONNECTION_MAX_AGE").count == 2,
            "the bad value is refused at \\set, not again before every statement: \(result.stderr)")
    }

    @Test func fileThatIncludesItselfStopsAtTheNestingLimit() throws {
        let folder = try makeScratchFolder("self-include")
        defer { try? FileManager.default.removeItem(at: folder) }
        let script = folder.appendingPathComponent("self.sql").path
        try "select 1 as depth;\n\\i \(script)\n".write(toFile: script, atomically: true, encoding: .utf8)
        let result = try run(["-q", "-f", script])
        #expect(endedCleanly(result))
        #expect(result.stderr.contains("too many nested \\i files (at most 16)"), "\(result.stderr)")
        // The script itself plus 16 nested inclusions of it.
        #expect(result.stdout.components(separatedBy: " depth \n").count - 1 == 17, "\(result.stdout)")
        #expect(result.status == 0, "\(result.stderr)")
    }

    @Test(arguments: [
        (["-f", "/nonexistent/dsql-missing.sql"], "/nonexistent/dsql-missing.sql: No such file or directory"),
        (["-f", "/tmp"], "/tmp: Is a directory"),
    ])
    func unreadableScriptFileIsAFatalErrorOfTheShell(arguments: [String], message: String) throws {
        let result = try run(arguments)
        #expect(endedCleanly(result))
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }

    // MARK: numeric options and variables

    @Test(arguments: [
        (["-p", "x"], "invalid port number: \"x\""),
        (["-p", "99999"], "invalid port number: \"99999\""),
        (["-p", "-1"], "-p"),
        (["--token-expires-in", "x"], "--token-expires-in"),
        (["--token-expires-in", "0"], "--token-expires-in must be between 1 and 604800 seconds, not 0"),
        (["--token-expires-in", "604801"], "--token-expires-in must be between 1 and 604800 seconds, not 604801"),
        (["--connection-max-age", "x"], "invalid value \"x\" for \"CONNECTION_MAX_AGE\""),
        (["--connection-max-age", "1e99"], "invalid value \"1e99\" for \"CONNECTION_MAX_AGE\""),
        (["-v", "CONNECTION_MAX_AGE=-3"], "invalid value \"-3\" for \"CONNECTION_MAX_AGE\""),
        (["-v", "RETRY_OCC=1000"], "invalid value \"1000\" for \"RETRY_OCC\""),
        (["-v", "FETCH_COUNT=x"], "invalid value \"x\" for \"FETCH_COUNT\": integer expected"),
        (["-v", "HISTSIZE=x"], "invalid value \"x\" for \"HISTSIZE\": integer expected"),
        (["-v", "ON_ERROR_STOP=maybe"], "unrecognized value \"maybe\" for \"ON_ERROR_STOP\": Boolean expected"),
        (["-v", "bad name=1"], "invalid variable name: \"bad name\""),
        (["-P", "format=bogus"], "\\pset: allowed formats are"),
    ])
    func badOptionValueIsRefusedBeforeConnectingWithExitOne(arguments: [String], message: String) throws {
        let result = try run(arguments + ["-c", "select 'must not run'"])
        #expect(endedCleanly(result))
        #expect(result.status == 1, "\(arguments): \(result.stderr)")
        #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
        #expect(!result.stdout.contains("must not run"))
    }

    // MARK: files the shell reads

    /// dsql with IAM (no `--no-iam`) and fake credentials, reading AWS files from `home`.
    func runWithIAM(_ arguments: [String], environment: [String: String]) throws -> ProcessOutput {
        let cluster = try TestCluster.current()
        var base = cluster.environment
        base.removeValue(forKey: "PGPASSWORD")
        base["AWS_EC2_METADATA_DISABLED"] = "true"
        return try runProcess(
            Binaries.dsql,
            [
                "-h", cluster.host, "--hostaddr", cluster.hostAddress, "-p", cluster.port,
                "--sslrootcert", cluster.caFile,
            ] + arguments,
            environment: base.merging(environment) { $1 }, input: Data())
    }

    @Test(arguments: [
        ("config", "[default\nregion = us-east-1\n", "section header is missing its closing `]`"),
        ("config", "region = us-east-1\n", "key outside any [section]"),
        ("config", "[default]\n  indented = 1\n", "indented line does not continue a key"),
        ("config", "[default]\nno separator here\n", "expected `key = value` or `[section]`"),
        (
            "credentials", "[default]\naws_access_key_id = A\naws_access_key_id = B\n",
            "key `aws_access_key_id` appears twice in [default]"
        ),
        ("credentials", "[default]\n[default]\n", "section [default] appears twice"),
        ("credentials", "[]\n", "section header has no name"),
    ])
    func malformedAWSFileNamesFileAndLineAndExitsTwo(file: String, text: String, reason: String) throws {
        let home = try makeScratchFolder("aws-files")
        defer { try? FileManager.default.removeItem(at: home) }
        try FileManager.default.createDirectory(
            at: home.appendingPathComponent(".aws"), withIntermediateDirectories: true)
        let path = home.appendingPathComponent(".aws/\(file)").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        for arguments in [["-c", "select 1"], ["token"]] {
            let extra = arguments == ["token"] ? ["--host", try TestCluster.current().host] : []
            let result = try runWithIAM(arguments + extra, environment: ["HOME": home.path])
            #expect(endedCleanly(result))
            #expect(result.status == 2, "\(arguments): \(result.stderr)")
            #expect(result.stderr.contains("malformed AWS config file \(path):"), "\(result.stderr)")
            #expect(result.stderr.contains(reason), "\(result.stderr)")
        }
    }

    @Test func binaryAWSConfigAndADirectoryInItsPlaceAreClearErrors() throws {
        let home = try makeScratchFolder("aws-binary")
        defer { try? FileManager.default.removeItem(at: home) }
        let binary = home.appendingPathComponent("config").path
        try Self.binaryNoise(count: 4096, seed: 7).write(to: URL(fileURLWithPath: binary))
        let garbled = try runWithIAM(["-c", "select 1"], environment: ["HOME": home.path, "AWS_CONFIG_FILE": binary])
        #expect(endedCleanly(garbled))
        #expect(garbled.status == 2, "\(garbled.stderr)")
        #expect(garbled.stderr.contains("malformed AWS config file \(binary)"), "\(garbled.stderr)")
        let folder = try runWithIAM(
            ["-c", "select 1"], environment: ["HOME": home.path, "AWS_SHARED_CREDENTIALS_FILE": home.path])
        #expect(endedCleanly(folder))
        #expect(folder.status == 2, "\(folder.stderr)")
        #expect(folder.stderr.contains("cannot read \(home.path)"), "\(folder.stderr)")
    }

    @Test func caBundleThatIsADirectoryOrGarbageIsAConnectionErrorWithExitTwo() throws {
        let cluster = try TestCluster.current()
        let folder = try makeScratchFolder("ca-bundle")
        defer { try? FileManager.default.removeItem(at: folder) }
        let garbage = folder.appendingPathComponent("garbage.pem").path
        try "not a certificate\n".write(toFile: garbage, atomically: true, encoding: .utf8)
        let cases = [
            (folder.path, "no readable CA bundle for sslrootcert=\(folder.path)"),
            (garbage, "could not read root certificate file \"\(garbage)\""),
            ("/nonexistent/ca.pem", "no readable CA bundle for sslrootcert=/nonexistent/ca.pem"),
        ]
        for (bundle, message) in cases {
            let arguments = [
                "-h", cluster.host, "--hostaddr", cluster.hostAddress, "-p", cluster.port, "-U", cluster.user,
                "--no-iam", "--sslrootcert", bundle, "-c", "select 1",
            ]
            let result = try runProcess(Binaries.dsql, arguments, environment: cluster.environment, input: Data())
            #expect(endedCleanly(result))
            #expect(result.status == 2, "\(bundle): \(result.stderr)")
            #expect(result.stderr.contains(message), "\(bundle): \(result.stderr)")
        }
    }

    @Test func caBundleWithoutReadPermissionIsAConnectionErrorWithExitTwo() throws {
        let cluster = try TestCluster.current()
        let folder = try makeScratchFolder("ca-unreadable")
        defer { try? FileManager.default.removeItem(at: folder) }
        let bundle = folder.appendingPathComponent("ca.pem").path
        try FileManager.default.copyItem(atPath: cluster.caFile, toPath: bundle)
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: bundle)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path)
        var arguments = [
            "-h", cluster.host, "--hostaddr", cluster.hostAddress, "-p", cluster.port, "-U", cluster.user,
            "--no-iam", "--sslrootcert", bundle, "-c", "select 1",
        ]
        var executable = Binaries.dsql
        if getuid() == 0 {
            // root reads any file: drop to nobody for this run.
            arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", executable] + arguments
            executable = "/usr/bin/setpriv"
        }
        let result = try runProcess(
            executable, arguments, environment: cluster.environment.merging(["HOME": "/nonexistent"]) { $1 },
            input: Data())
        if result.stderr.contains("Permission denied"), result.stderr.contains(Binaries.dsql) {
            return // the build folder is not reachable as nobody here; the directory case above still runs
        }
        #expect(endedCleanly(result))
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains("no readable CA bundle for sslrootcert=\(bundle)"), "\(result.stderr)")
    }

    // MARK: history and output

    @Test(arguments: ["directory", "file-as-parent"])
    func unusableHistoryFileIsAWarningAndTheSessionGoesOn(kind: String) throws {
        let cluster = try TestCluster.current()
        let folder = try makeScratchFolder("history")
        defer { try? FileManager.default.removeItem(at: folder) }
        let history: String
        if kind == "directory" {
            history = folder.path
        } else {
            let file = folder.appendingPathComponent("plain-file").path
            try "x\n".write(toFile: file, atomically: true, encoding: .utf8)
            history = file + "/history" // its parent is a file: neither readable nor writable
        }
        let result = try runInTerminal(
            [Binaries.dsql] + cluster.dsqlArguments,
            environment: cluster.environment.merging(["DSQL_HISTORY": history]) { $1 },
            input: "select 40 + 2 as answer;\n\\q\n")
        let screen = result.stdout.replacingOccurrences(of: "\r", with: "")
        #expect(endedCleanly(ProcessOutput(stdout: "", stderr: screen, status: result.status)), "\(screen)")
        #expect(result.status == 0, "\(screen)")
        #expect(screen.contains("\n     42\n"), "the statement still ran: \(screen)")
        #expect(screen.contains("could not save history to file \"\(history)\""), "\(screen)")
    }

    @Test func closedOutputPipeEndsAScriptWithoutASignalOrNoise() throws {
        let cluster = try TestCluster.current()
        let quoted =
            (cluster.dsqlArguments + [
                "-c", "select g, repeat('x', 200) from generate_series(1, 200000) g",
                "-c", "select 2", "-c", "select 3",
            ])
            .map { "'" + $0 + "'" }.joined(separator: " ")
        let result = try runProcess(
            "/bin/bash",
            [
                "-c",
                "'\(Binaries.dsql)' \(quoted) 2>\"$ERRORS\" | head -c 100 >/dev/null; echo \"${PIPESTATUS[0]}\"; cat \"$ERRORS\"; rm -f \"$ERRORS\"",
            ],
            environment: cluster.environment.merging(["ERRORS": "/tmp/dsql-closed-pipe-\(UUID().uuidString)"]) { $1 },
            timeout: 60)
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        let status = Int(lines.first ?? "") ?? -1
        let errors = lines.dropFirst().joined(separator: "\n")
        #expect(status >= 0 && status < 128, "dsql was not killed by SIGPIPE: status \(status)")
        #expect(!crashMarkers.contains { errors.contains($0) }, "\(errors)")
    }
}
