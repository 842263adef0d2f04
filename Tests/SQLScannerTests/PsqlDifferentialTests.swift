import Foundation
import SQLScanner
import TestSupport
import Testing

/// Random scripts built from tricky fragments, split by the scanner and by
/// `psql -X -q -e -o /dev/null`, must echo exactly the same bytes.
///
/// Opt-in: set `SCANNER_PSQL_FUZZ=<cases>` (and optionally
/// `SCANNER_PSQL_FUZZ_SEED=<n>`) and the usual `PGHOST`, `PGPORT`,
/// `PGUSER` for a throwaway PostgreSQL 15 server (statements are sent; most
/// fail harmlessly). Without the variable the test does nothing.
@Suite struct PsqlDifferentialTests {
    static let fragments = [
        " \\echo a ", "\\;", "\\\\", ":x", ":'x'", ":\"x\"", ":{?x}", ":y", " \\set x q;w ", "\\:",
        "select", " ", "1", ";", "'", "''", "E'", "\\'", "\\\\", "\"", "\"\"", "$$", "$a$", "$b$", "$1",
        "foo$bar$", "--", "/*", "*/", "(", ")", "\n", "\n\n", "  ", "U&'", "U&\"", "B'", "X'", "begin", "end",
        "case", "atomic", "create", "function", "procedure", "or", "replace", "x", "1e", "::", ":=", "\t", "n'",
        "*", "/", "-", "$", "é", "\n\\if false\n", "\n\\if on\n", "\n\\if :x\n", "\n\\elif true\n",
        "\n\\elif 0\n", "\n\\else\n", "\n\\endif\n", "\\if t ",
        " \\g\n", "\\gx\n", ":w", ":z", "\n\n\n",
        "'a\\tb'", "'\\101'", "'\\x4a'", "\\t", "\\n", " \\echo ", "|",
    ]

    /// What psql's `-e` would print for `script`, per ``ScriptDriver``:
    /// each statement sent and each `\echo` line.
    static func scannerEcho(_ script: String) -> String {
        var driver = ScriptDriver()
        return driver.run(script).map { event in
            switch event {
            case .statement(let sql), .unterminated(let sql): sql + "\n"
            case .meta("echo", let arguments): arguments.joined(separator: " ") + "\n"
            case .meta: ""
            default: ""
            }
        }.joined()
    }

    /// What psql itself echoes for `script`.
    static func psqlEcho(_ script: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/psql")
        process.arguments = ["-X", "-q", "-e", "-o", "/dev/null"]
        // Random input may name files (`\g file`); keep them out of the package.
        process.currentDirectoryURL = FileManager.default.temporaryDirectory
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        input.fileHandleForWriting.write(Data(script.utf8))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    @Test func randomScriptsSplitExactlyAsPsqlSplitsThem() throws {
        guard let count = ProcessInfo.processInfo.environment["SCANNER_PSQL_FUZZ"].flatMap(Int.init) else { return }
        let seed = ProcessInfo.processInfo.environment["SCANNER_PSQL_FUZZ_SEED"].flatMap(UInt64.init) ?? 2026
        var generator = SplitMix(seed: seed)
        for _ in 0..<count {
            let length = Int.random(in: 1...40, using: &generator)
            let body = (0..<length).map { _ in Self.fragments.randomElement(using: &generator) ?? "" }.joined()
            let script = "\\set x 'v;a l'\n\\set w '\\\\echo w'\n\\set z '(select'\n" + body + "\n"
            #expect(Self.scannerEcho(script) == (try Self.psqlEcho(script)), "\(script.debugDescription)")
        }
    }
}
