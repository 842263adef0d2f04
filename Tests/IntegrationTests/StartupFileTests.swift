import Foundation
import Testing

/// The startup file (`~/.dsqlrc`, or `DSQLRC`) runs after connecting and before the
/// first command, with the effects and messages psql gives its `~/.psqlrc`.
@Suite("Startup file: ~/.dsqlrc as psql's ~/.psqlrc", .enabled(if: !TestCluster.skipped))
struct StartupFileTests {
    /// A startup file that sets a variable and print options, prints, fails once and
    /// turns ON_ERROR_STOP on (which must not end the run when the file is done).
    static let startupText = """
        \\set from_rc 42
        \\pset null '(null)'
        \\echo rc says hello
        select 1 as in_rc;
        select * from rc_missing_table;
        \\set ON_ERROR_STOP on
        """

    /// A file in a fresh folder; the folder is removed by `remove`.
    struct Folder {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "dsql-rc-\(UUID().uuidString.prefix(8))")
        init() throws { try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) }
        func write(_ text: String, to name: String) throws -> String {
            let path = url.appendingPathComponent(name).path
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            return path
        }
        func remove() { try? FileManager.default.removeItem(at: url) }
    }

    /// psql with `PSQLRC` at `startupFile` (and without `-X`).
    private func runPSQLWithStartupFile(
        _ cluster: TestCluster, _ startupFile: String, _ arguments: [String],
        stdin: String = ""
    ) throws -> ProcessOutput {
        try runProcess(
            Binaries.psql, [cluster.psqlConnectionString] + arguments,
            environment: cluster.environment.merging(["PSQLRC": startupFile]) { $1 }, stdin: stdin)
    }

    @Test(arguments: [
        // `-c` text is not interpolated (as in psql), so the variable is shown with \echo.
        (
            [
                "-c", "\\echo :from_rc", "-c", "select null as n", "-c", "select * from after_rc_missing", "-c",
                "select 2",
            ], ""
        ),
        (["-1", "-c", "\\echo :from_rc", "-c", "select null as n"], ""),
        ([], "select :from_rc as v, null as n;\nselect * from after_rc_missing;\nselect 2;\n"),
    ])
    func startupFileRunsFirstAndMatchesPsql(_ arguments: [String], stdin: String) throws {
        let cluster = try TestCluster.current()
        let folder = try Folder()
        defer { folder.remove() }
        let startupFile = try folder.write(Self.startupText, to: "rc")
        let expected = normalisingProgramName(try runPSQLWithStartupFile(cluster, startupFile, arguments, stdin: stdin))
        let actual = try runDSQL(cluster, arguments, stdin: stdin, environment: ["DSQLRC": startupFile])
        #expect(expected.stdout.contains("rc says hello"), "the reference run read the file: \(expected.stdout)")
        #expect(actual.stdout == expected.stdout, "stdout differs for \(arguments)")
        #expect(actual.stderr == expected.stderr, "stderr differs for \(arguments)")
        #expect(actual.status == expected.status, "exit status differs for \(arguments)")
    }

    @Test func noRcFlagSkipsTheFile() throws {
        let cluster = try TestCluster.current()
        let folder = try Folder()
        defer { folder.remove() }
        let startupFile = try folder.write(Self.startupText, to: "rc")
        for flag in ["-X", "--no-rc", "--no-psqlrc"] {
            let arguments = [flag, "-c", "\\echo from_rc is :from_rc", "-c", "select null as n"]
            let result = try runDSQL(cluster, arguments, environment: ["DSQLRC": startupFile])
            let expected = try runPSQL(cluster, arguments.dropFirst().map { $0 })
            #expect(result.stdout == expected.stdout, "\(flag) left the file unread, as psql -X does")
            #expect(
                !result.stdout.contains("rc says hello") && result.stdout.contains("from_rc is :from_rc"),
                "\(result.stdout)")
            #expect(result.stderr.isEmpty, "\(flag): \(result.stderr)")
            #expect(result.status == 0)
        }
    }

    @Test func homeDotDsqlrcIsReadWhenTheVariableIsUnsetOrEmpty() throws {
        let cluster = try TestCluster.current()
        let folder = try Folder()
        defer { folder.remove() }
        _ = try folder.write("\\set from_home 'home file'\n", to: ".dsqlrc")
        let result = try runDSQL(
            cluster, ["-At", "-c", "\\echo :from_home"],
            environment: ["HOME": folder.url.path, "DSQLRC": ""])
        #expect(result.stdout == "home file\n", "\(result.stderr)")
        #expect(result.status == 0)

        let versioned = try folder.write("\\set from_home 'versioned'\n", to: ".dsqlrc-0")
        let preferred = try runDSQL(
            cluster, ["-At", "-c", "\\echo :from_home"],
            environment: ["HOME": folder.url.path, "DSQLRC": ""])
        #expect(preferred.stdout == "versioned\n", "\(versioned) is preferred: \(preferred.stderr)")
    }

    @Test func missingNamedFileIsSkippedSilently() throws {
        let cluster = try TestCluster.current()
        let result = try runDSQL(cluster, ["-At", "-c", "select 1"], environment: ["DSQLRC": "/nonexistent/dsql-rc"])
        #expect(result.stdout == "1\n")
        #expect(result.stderr.isEmpty, "\(result.stderr)")
        #expect(result.status == 0)
    }

    @Test func interactiveShellRunsTheFileBeforeTheBannerAndKeepsItsPrompt() throws {
        let shell = try InteractiveShell()
        defer { shell.cleanUp() }
        let startupFile = shell.folder.appendingPathComponent(".dsqlrc").path
        try "\\echo rc ran first\n\\set PROMPT1 'from-rc%R%# '\n".write(
            toFile: startupFile, atomically: true, encoding: .utf8)
        let terminal = try shell.start(environment: ["DSQLRC": ""])
        defer { terminal.close() }
        terminal.waitFor("from-rc=")
        let transcript = terminal.transcript()
        let rcLine = try #require(transcript.range(of: "rc ran first"), "the file's output: \(transcript)")
        let banner = try #require(transcript.range(of: "Type \"\\?\" for help"), "the banner: \(transcript)")
        #expect(rcLine.lowerBound < banner.lowerBound, "the file runs before the banner, as psql's does: \(transcript)")
        try terminal.press("C-d")
        terminal.waitFor("[exited 0]")
    }
}
