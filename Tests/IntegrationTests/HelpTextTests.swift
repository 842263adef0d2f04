import Foundation
import Testing

/// `--help` on an 80-column terminal (tmux): each default and flag once, paragraphs
/// wrapped whole, subcommand usage naming `dsql`.
@Suite("--help reads cleanly on a real terminal", .serialized)
struct HelpTextTests {
    private func help(_ arguments: [String]) throws -> (TmuxTerminal, [String]) {
        let terminal = try TmuxTerminal(
            command: [Binaries.dsql] + arguments,
            environment: ["PATH": "/usr/bin:/bin", "TERM": "xterm-256color", "COLUMNS": "80"],
            columns: 80, rows: 50)
        terminal.waitFor("[exited 0]")
        return (terminal, terminal.transcript().split(separator: "\n").map(String.init))
    }

    @Test func eachDefaultAndFlagAppearsOnceAndParagraphsAreNotBrokenMidSentence() throws {
        let (terminal, lines) = try help(["--help"])
        defer { terminal.close() }
        let text = lines.joined(separator: "\n")
        #expect(!text.contains("(default: 900)"), "\(text)")
        #expect(text.components(separatedBy: "(default 900)").count == 2, "\(text)")
        #expect(text.components(separatedBy: "--version").count == 2, "one --version: \(text)")
        #expect(!lines.contains { $0.hasPrefix("2 the connection") || $0.hasPrefix("dsql token [options]") }, "\(text)")
    }

    @Test(arguments: [(["token", "--help"], "USAGE: dsql token"), (["doctor", "--help"], "USAGE: dsql doctor")])
    func subcommandUsageNamesDsql(arguments: [String], usage: String) throws {
        let (terminal, lines) = try help(arguments)
        defer { terminal.close() }
        #expect(lines.contains { $0.hasPrefix(usage) }, "\(lines.joined(separator: "\n"))")
    }
}
