import ArgumentParser
import Shell

/// What a `dsql` command line asks for, decided once from its first arguments.
///
/// Only the first one or two arguments are looked at: the options themselves are read
/// later, once, by `QuickArguments` (or swift-argument-parser for unusual lines).
enum CommandLineRequest {
    /// psql's `--help=commands` or `--help=variables`: the text to print.
    case helpTopic(String)
    /// A completion script, a completion or the command tree as JSON (`CommandTree`).
    case commandTree([String])
    /// `check`, `doctor` or `token` with the arguments after its name.
    case subcommand(any ParsableCommand.Type, [String])
    /// The `dsql` command itself: connect and run.
    case session([String])

    /// The subcommands by name.
    static let subcommands: [String: any ParsableCommand.Type] = [
        "check": CheckCommand.self, "doctor": DoctorCommand.self, "token": TokenCommand.self,
    ]

    /// What `arguments` (without the program name) ask for.
    init(_ arguments: [String]) {
        // psql's `--help=commands` and `--help=variables` (`--help=options` is `--help`).
        if arguments.count == 1, let topic = arguments.first, topic.hasPrefix("--help=") {
            let name = String(topic.dropFirst("--help=".count))
            if let text = CommandLineHelp.text(topic: name) {
                self = .helpTopic(text)
                return
            }
            if name == "options" {
                self = .session(["--help"])
                return
            }
        }
        // `dsql help [check|doctor|token]` is `--help`; completion scripts, completions and
        // the JSON tree come from the combined command tree.
        let arguments = CommandTree.expandingHelp(arguments)
        if CommandTree.isRequest(arguments) {
            self = .commandTree(arguments)
        } else if let first = arguments.first, let subcommand = Self.subcommands[first] {
            // Subcommands are dispatched by name first: the root command's optional
            // positional endpoint would otherwise take their names.
            self = .subcommand(subcommand, Array(arguments.dropFirst()))
        } else {
            self = .session(arguments)
        }
    }

    /// Whether this is one of the subcommands.
    var isSubcommand: Bool {
        if case .subcommand = self { return true }
        return false
    }
}
