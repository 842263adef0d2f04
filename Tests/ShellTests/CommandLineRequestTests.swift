import Testing

@testable import DSQLCLI

/// `CommandLineRequest` decides from the first arguments what a command line asks for.
@Suite struct CommandLineRequestTests {
    /// A comparable summary of a request: its kind, the subcommand's name and the arguments passed on.
    private func summary(_ arguments: [String]) -> String {
        switch CommandLineRequest(arguments) {
        case .helpTopic(let text): "topic \(text.isEmpty ? "empty" : "text")"
        case .commandTree(let rest): "tree \(rest)"
        case .subcommand(let command, let rest): "\(command.configuration.commandName ?? "?") \(rest)"
        case .session(let rest): "session \(rest)"
        }
    }

    @Test(
        "each kind of command line is recognised from its first arguments",
        arguments: [
            (["-c", "select 1"], #"session ["-c", "select 1"]"#),
            ([], "session []"),
            (["endpoint", "doctor"], #"session ["endpoint", "doctor"]"#),
            (["doctor", "-h", "x"], #"doctor ["-h", "x"]"#),
            (["token"], "token []"),
            (["check", "a.sql"], #"check ["a.sql"]"#),
            (["help", "doctor", "ignored"], #"doctor ["--help"]"#),
            (["help"], #"session ["--help"]"#),
            (["--help=variables"], "topic text"),
            (["--help=commands"], "topic text"),
            (["--help=options"], #"session ["--help"]"#),
            (["--help=bogus"], #"session ["--help=bogus"]"#),
            (["--help=variables", "-c", "x"], #"session ["--help=variables", "-c", "x"]"#),
            (["--generate-completion-script", "bash"], #"tree ["--generate-completion-script", "bash"]"#),
            (["--experimental-dump-help"], #"tree ["--experimental-dump-help"]"#),
            (["help", "--generate-completion-script"], #"tree ["--generate-completion-script", "--help"]"#),
        ])
    func recognises(_ arguments: [String], expected: String) {
        #expect(summary(arguments) == expected)
    }

    @Test("only subcommands keep the environment's secrets")
    func subcommandsOnly() {
        #expect(CommandLineRequest(["token"]).isSubcommand)
        #expect(!CommandLineRequest(["-c", "x"]).isSubcommand)
        #expect(!CommandLineRequest(["--help=variables"]).isSubcommand)
    }
}
