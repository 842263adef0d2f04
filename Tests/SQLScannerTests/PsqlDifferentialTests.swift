import Foundation
import SQLScanner
import Testing

/// Random scripts built from tricky fragments, split by the scanner and by
/// `psql -X -q -e -o /dev/null`, must echo exactly the same bytes.
///
/// Opt-in: set `SCANNER_PSQL_FUZZ=<cases>` and the usual `PGHOST`, `PGPORT`,
/// `PGUSER` for a throwaway PostgreSQL 15 server (statements are sent; most
/// fail harmlessly). Without the variable the test does nothing.
@Suite struct PsqlDifferentialTests {
    static let fragments = [
        " \\echo a ", "\\;", "\\\\", ":x", ":'x'", ":\"x\"", ":{?x}", ":y", " \\set x q;w ", "\\:",
        "select", " ", "1", ";", "'", "''", "E'", "\\'", "\\\\", "\"", "\"\"", "$$", "$a$", "$b$", "$1",
        "foo$bar$", "--", "/*", "*/", "(", ")", "\n", "\n\n", "  ", "U&'", "U&\"", "B'", "X'", "begin", "end",
        "case", "atomic", "create", "function", "procedure", "or", "replace", "x", "1e", "::", ":=", "\t", "n'",
        "*", "/", "-", "$", "é",
    ]

    /// A deterministic generator (SplitMix64).
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// What psql's `-e` would print for `script`, per the scanner: each sent
    /// statement and each `\echo` line (only `\set` and `\echo` are run).
    static func scannerEcho(_ script: String) -> String {
        var scanner = StatementScanner()
        var variables = Variables()
        var out = ""
        var lines = script.split(separator: "\n", omittingEmptySubsequences: false)
        if script.hasSuffix("\n") { lines.removeLast() }
        for line in lines {
            scanner.feed(line: String(line))
            scan: while true {
                let lookup = variables.lookup
                switch scanner.next(variables: lookup) {
                case .semicolon(let sql):
                    out += sql + "\n"
                case .backslash:
                    let name = scanner.readMetaCommandName()
                    var arguments: [String] = []
                    if name == "echo" || name == "set" {
                        while let argument = try? scanner.readMetaArgument(variables: lookup) {
                            arguments.append(argument.text)
                        }
                    } else {
                        _ = try? scanner.readMetaArgument(.wholeLine)
                    }
                    if name == "echo" { out += arguments.joined(separator: " ") + "\n" }
                    if name == "set", let first = arguments.first {
                        try? variables.set(first, to: arguments.dropFirst().joined())
                    }
                    scanner.endMetaCommand()
                case .incomplete, .endOfLine:
                    break scan
                }
            }
        }
        if let rest = scanner.finish() { out += rest + "\n" }
        return out
    }

    /// What psql itself echoes for `script`.
    static func psqlEcho(_ script: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/psql")
        process.arguments = ["-X", "-q", "-e", "-o", "/dev/null"]
        let input = Pipe(), output = Pipe()
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
        var generator = Generator(state: 2026)
        for _ in 0..<count {
            let length = Int.random(in: 1...40, using: &generator)
            let body = (0..<length).map { _ in Self.fragments.randomElement(using: &generator) ?? "" }.joined()
            let script = "\\set x 'v;a l'\n" + body + "\n"
            #expect(Self.scannerEcho(script) == (try Self.psqlEcho(script)), "\(script.debugDescription)")
        }
    }
}
