import ArgumentParser
import DSQLAuth
import Glibc
import SQLCheck
import Shell

/// `dsql check`: list the statements of scripts that DSQL will refuse, without connecting.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check SQL scripts for statements Aurora DSQL refuses, without connecting.",
        discussion: """
            Splits each script as script mode does (meta-commands are skipped), parses every \
            statement with PostgreSQL's parser and lists what DSQL refuses or handles differently, \
            with file:line, the reason and the DSQL way instead. Exits 0 when nothing was found, \
            1 when something was, 2 when a file could not be read.
            """,
        helpNames: [.customShort("?"), .long])

    @Argument(
        help: ArgumentHelp("SQL scripts to check; - reads standard input.", valueName: "file"),
        completion: .file(extensions: ["sql"]))
    var files: [String]

    @Flag(name: .customLong("json"), help: "Print the findings as a JSON array.")
    var json = false

    func validate() throws {
        guard !files.isEmpty else {
            throw ValidationError("no file given: pass one or more scripts, or - for standard input")
        }
    }

    func run() throws {
        let stdout = FileSink(descriptor: 1)
        let stderr = FileSink(descriptor: 2)
        defer {
            stdout.flush()
            stderr.flush()
        }
        var findings: [Finding] = []
        var statements = 0
        var unreadable = false
        var checkedFiles = 0
        for file in files {
            guard let text = Self.read(file, reportingTo: stderr) else {
                unreadable = true
                continue
            }
            checkedFiles += 1
            let report = ScriptChecker().check(text, file: file)
            findings += report.findings
            statements += report.statements
        }
        if json {
            stdout.write(CheckReport.json(findings))
        } else {
            stdout.write(CheckReport.text(findings))
            stdout.write(CheckReport.summary(statements: statements, findings: findings.count, files: checkedFiles))
        }
        // 2, as psql's own exit code for input it could not read.
        if unreadable { throw ExitCode(ExitStatus.connectionFailure.rawValue) }
        if !findings.isEmpty { throw ExitCode(ExitStatus.failure.rawValue) }
    }

    /// The text of `file` (`-` is standard input), or nil after reporting why it cannot be read.
    static func read(_ file: String, reportingTo stderr: FileSink) -> String? {
        if file == "-" { return readStandardInput() }
        do {
            if let text = try FileReader.local.read(file) { return text }
            stderr.write("dsql: error: \(file): No such file or directory\n")
        } catch {
            stderr.write("dsql: error: \(file): \(error.reason)\n")
        }
        return nil
    }

    /// Everything on standard input.
    private static func readStandardInput() -> String? {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(0, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return count == 0 ? String(decoding: bytes, as: UTF8.self) : nil }
            bytes += buffer[..<count]
        }
    }
}
