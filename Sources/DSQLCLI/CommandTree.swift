import ArgumentParser
import Shell

/// The whole command tree — `dsql`'s own options plus `check`, `doctor` and `token` — for
/// `dsql help [subcommand]`, shell completion scripts and their custom completions,
/// and `--experimental-dump-help` (which the man page is generated from).
///
/// `DSQLMain` dispatches the subcommands by name before parsing, so the root it
/// parses has none. This root exists only to describe the combined tree: `answer(_:)`
/// prints what is asked of it, and it never runs a session.
struct CommandTree: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: DSQLCommand.configuration.commandName,
        abstract: DSQLCommand.configuration.abstract,
        discussion: DSQLCommand.configuration.discussion,
        subcommands: [CheckCommand.self, DoctorCommand.self, TokenCommand.self],
        helpNames: [.customShort("?"), .long])

    @OptionGroup var dsql: DSQLCommand

    /// The first arguments that ask about the command tree instead of running it.
    private static let requests = ["--generate-completion-script", "---completion", "--experimental-dump-help"]

    /// Whether `arguments` ask for a completion script, a completion or the tree as JSON.
    static func isRequest(_ arguments: [String]) -> Bool {
        guard let first = arguments.first else { return false }
        return requests.contains { first == $0 || first.hasPrefix($0 + "=") }
    }

    /// Prints what `arguments` ask for: completion scripts from `CompletionScript`,
    /// everything else from the parser.
    static func answer(_ arguments: [String]) -> ExitStatus {
        if let shell = CompletionScript.requestedShell(arguments) {
            print(CompletionScript.text(for: shell))
            return .success
        }
        return DSQLMain.run(CommandTree.self, arguments: arguments)
    }

    /// `help [check|doctor|token]` as `[check|doctor|token] --help`; other arguments unchanged.
    ///
    /// The parser adds a `help` subcommand to every tree, so the completion scripts
    /// and the man page offer it; this makes it do what they say.
    static func expandingHelp(_ arguments: [String]) -> [String] {
        guard arguments.first == "help" else { return arguments }
        return Array(arguments.dropFirst().prefix(1)) + ["--help"]
    }
}
