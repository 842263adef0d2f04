import Foundation

/// Files and helpers shared by the Distribution* suites: completion scripts,
/// the man page and the install scripts, driven through the real shells.
enum Distribution {
    /// The committed completion scripts: shell → file under `completions/`.
    static let completionFiles = ["bash": "dsql.bash", "zsh": "_dsql", "fish": "dsql.fish"]

    /// A file of the repository.
    static func path(_ relative: String) -> String {
        TestCluster.packageRoot.appendingPathComponent(relative).path
    }

    /// A file's text.
    static func read(_ path: String) throws -> String {
        try String(contentsOfFile: path, encoding: .utf8)
    }

    /// An environment with only what a shell needs, plus `extra`.
    static func cleanEnvironment(home: String, _ extra: [String: String] = [:]) -> [String: String] {
        ["HOME": home, "PATH": "/usr/local/bin:/usr/bin:/bin", "LANG": "C.UTF-8", "TERM": "dumb"].merging(extra) { $1 }
    }

    /// What bash's completion offers for `words`, the last being the word under the
    /// cursor: sources `script` (unless it is nil: then the function must already be
    /// loaded by `setup`), sets COMP_WORDS, COMP_CWORD, COMP_LINE and COMP_POINT as
    /// readline would, and calls `_dsql` as `complete -F` does.
    static func bashCompletions(
        _ words: [String], script: String? = Distribution.path("completions/dsql.bash"), setup: String = "",
        directory: String? = nil, environment: [String: String]
    ) throws -> [String] {
        let program = """
            \(script.map { "source \(shellQuoted($0)) || exit 9" } ?? "")
            \(setup)
            \(directory.map { "cd \(shellQuoted($0)) || exit 9" } ?? "")
            COMP_WORDS=("$@")
            COMP_CWORD=$(( $# - 1 ))
            COMP_LINE="$*"
            COMP_POINT=${#COMP_LINE}
            COMPREPLY=()
            _dsql "${COMP_WORDS[0]}" "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
            printf '%s\\n' "${COMPREPLY[@]}"
            """
        let result = try runProcess(
            "/bin/bash", ["--norc", "--noprofile", "-c", program, "bash"] + words,
            environment: environment)
        guard result.status == 0, result.stderr.isEmpty else {
            throw ShellFailed(command: words.joined(separator: " "), output: result)
        }
        return result.stdout.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
    }

    /// `text` as one single-quoted shell word.
    static func shellQuoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// A fresh directory that is removed when `body` returns.
    static func withTemporaryDirectory<T>(_ body: (String) throws -> T) throws -> T {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "dsql-distribution-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: url) }
        return try body(url.path)
    }

    /// A shell run that failed or complained.
    struct ShellFailed: Error, CustomStringConvertible {
        var command: String
        var output: ProcessOutput
        var description: String {
            "\(command): exit \(output.status)\nstdout:\n\(output.stdout)\nstderr:\n\(output.stderr)"
        }
    }
}

/// One command of `dsql --experimental-dump-help`: its names, options and subcommands.
struct DumpedCommand: Decodable {
    struct Argument: Decodable {
        struct Name: Decodable {
            var kind: String
            var name: String
        }
        var kind: String
        var names: [Name]?
        var abstract: String?
        var shouldDisplay: Bool
    }
    var commandName: String
    var abstract: String?
    var arguments: [Argument]?
    var subcommands: [DumpedCommand]?

    /// The tree dsql describes itself with.
    static func load() throws -> DumpedCommand {
        struct Tool: Decodable { var command: DumpedCommand }
        let output = try runProcess(Binaries.dsql, ["--experimental-dump-help"], environment: [:])
        return try JSONDecoder().decode(Tool.self, from: Data(output.stdout.utf8)).command
    }

    /// The option and flag spellings as typed: `-h`, `--host`.
    var optionSpellings: [String] {
        let options = (arguments ?? []).filter { $0.kind != "positional" && $0.shouldDisplay }
        let names: [Argument.Name] = options.flatMap { $0.names ?? [] }
        return names.map { (name: Argument.Name) -> String in name.kind == "long" ? "--" + name.name : "-" + name.name }
    }
}
