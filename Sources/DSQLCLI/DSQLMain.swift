import ArgumentParser
import DSQLAuth
import FoundationEssentials
import Glibc
import Shell

/// The process entry point: parse arguments, run, exit with psql's codes.
public enum DSQLMain {
    /// Parses `CommandLine.arguments`, runs the command and exits.
    public static func main() -> Never {
        let arguments = Array(CommandLine.arguments.dropFirst())
        let environment = ProcessInfo.processInfo.environment
        // A parent may hand us SIGPIPE ignored; then `dsql … | head -1` would stream the
        // whole result into a closed pipe. Like any filter, end quietly instead (libpq
        // guards its own sockets; the pager ignores SIGPIPE while it writes).
        signal(SIGPIPE, SIG_DFL)
        // dsql reads the service file itself and holds every keyword to its policy; libpq
        // must not apply PGSERVICE again behind that check (to a keyword dsql did not
        // pass, such as sslsni or ssl_min_protocol_version, or from another service).
        unsetenv("PGSERVICE")
        let request = CommandLineRequest(arguments)
        if !request.isSubcommand {
            // The shell runs user commands (\!, pager, editor, |pipes): they inherit
            // no secrets. dsql itself keeps using the values captured above.
            for name in ChildEnvironment.secretNames { unsetenv(name) }
        }
        exit(run(request, environment: environment).rawValue)
    }

    /// Answers `request`; returns the exit status instead of exiting.
    static func run(_ request: CommandLineRequest, environment: [String: String]) -> ExitStatus {
        let arguments: [String]
        switch request {
        case .helpTopic(let text):
            let stdout = FileSink(descriptor: STDOUT_FILENO)
            stdout.write(text)
            stdout.flush()
            return .success
        case .commandTree(let treeArguments):
            return CommandTree.answer(treeArguments)
        case .subcommand(let subcommand, let subcommandArguments):
            return run(subcommand, arguments: subcommandArguments)
        case .session(let sessionArguments):
            arguments = sessionArguments
        }
        // The usual plain command lines skip swift-argument-parser's start-up cost.
        if let invocation = QuickArguments.parse(arguments) {
            return invocation.execute(environment: environment)
        }
        do {
            let command = try DSQLCommand.parseAsRoot(arguments)
            guard let dsql = command as? DSQLCommand else {
                var other = command
                try other.run()
                return .success
            }
            return dsql.invocation(arguments: arguments).execute(environment: environment)
        } catch {
            return report(error, for: DSQLCommand.self)
        }
    }

    /// Parses and runs a subcommand.
    static func run(_ command: any ParsableCommand.Type, arguments: [String]) -> ExitStatus {
        do {
            var parsed = try command.parseAsRoot(arguments)
            try parsed.run()
            return .success
        } catch {
            return report(error, for: command)
        }
    }

    /// Prints a parse error, help or an exit request, and returns the exit status.
    static func report(_ error: any Error, for command: any ParsableCommand.Type) -> ExitStatus {
        let code = command.exitCode(for: error)
        if let exit = error as? ExitCode, exit != .success, let status = ExitStatus(rawValue: exit.rawValue) {
            return status
        }
        if code == .success {
            print(command.fullMessage(for: error))
            return .success
        }
        let standardError = FileSink(descriptor: STDERR_FILENO)
        standardError.write(
            """
            dsql: error: \(command.message(for: error))
            dsql: hint: Try "dsql --help" for more information.

            """)
        standardError.flush()
        return .failure
    }
}
