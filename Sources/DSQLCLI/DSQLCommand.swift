import ArgumentParser
import Glibc
import LineEditing
import PostgresClient
import Shell

/// The `dsql` command: connect to a cluster and run commands, scripts or a session.
struct DSQLCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dsql",
        abstract: "A terminal SQL shell for Amazon Aurora DSQL: verified TLS, built-in IAM tokens.",
        discussion: """
            Exit codes: 0 success; 1 a fatal error of dsql's own (bad option, missing file) or a failed -c;
            2 the connection could not be made or was lost in a non-interactive run; 3 a script stopped by ON_ERROR_STOP.

            Subcommands: dsql doctor [options] checks TLS trust, the network path and authentication step by step;
            dsql token [options] prints an IAM auth token.
            """,
        version: VersionText.full,
        helpNames: [.customShort("?"), .long])

    @Argument(help: ArgumentHelp("Cluster endpoint or cluster id.", valueName: "endpoint"))
    var endpoint: String?

    @OptionGroup(title: "Connection")
    var connection: ConnectionOptions

    @OptionGroup(title: "TLS")
    var tls: TLSOptions

    @OptionGroup(title: "IAM authentication")
    var iam: IAMOptions

    @OptionGroup(title: "Input")
    var input: InputOptions

    @OptionGroup(title: "Output")
    var output: OutputOptions

    @Flag(name: [.customShort("V"), .customLong("version")], help: "Print versions of dsql, libpq and OpenSSL, then exit.")
    var showVersion = false

    /// Runs the command and returns the process exit status.
    func execute(arguments: [String], environment: [String: String]) -> ExitStatus {
        let stdout = FileSink(descriptor: STDOUT_FILENO)
        let stderr = FileSink(descriptor: STDERR_FILENO)
        defer {
            stdout.flush()
            stderr.flush()
        }
        if showVersion {
            stdout.write(VersionText.full + "\n")
            return .success
        }
        let connector: Connector
        do {
            connector = try ConnectionSetup(endpoint: endpoint, connection: connection, tls: tls, iam: iam)
                .makeConnector(environment: environment)
        } catch {
            stderr.write("dsql: error: \(error.message)\n")
            return error.status
        }
        let interactive = input.commands.isEmpty && input.files.isEmpty && isatty(STDIN_FILENO) == 1
        let openConnection: Connection
        do {
            openConnection = try connector.connect()
        } catch {
            stderr.write("dsql: error: \(error)\n")
            for hint in connector.hints(for: error) { stderr.write("dsql: hint: \(hint)\n") }
            return .connectionFailure
        }
        let colour = RequireWarning.wantsColour(isTerminal: isatty(STDERR_FILENO) == 1, environment: environment)
        if connector.trust.mode == .require {
            stderr.write(RequireWarning.render(colour: colour))
            stderr.flush()
        }
        let session = Session(connector: connector, connection: openConnection, output: stdout, errors: stderr)
        if isatty(STDOUT_FILENO) == 1, output.output == nil,
           let command = PagerPolicy.command(environment: environment, lessIsInstalled: access("/usr/bin/less", X_OK) == 0) {
            let size = TerminalInfo.size(of: STDOUT_FILENO, environment: environment)
            session.pager = (command, size.width, size.height)
            session.terminalColumns = size.width
        }
        let runner = Runner(session: session, configuration: runConfiguration(arguments: arguments))
        if let failure = runner.prepare() { return failure }
        if !input.commands.isEmpty || !input.files.isEmpty { return runner.runSteps() }
        guard interactive else { return runner.runStandardInput() }
        return InteractiveStart(session: session, environment: environment, useLineEditing: !input.noLineEditing,
                                colour: colour).run(runner)
    }

    /// The run's settings from the parsed flags.
    private func runConfiguration(arguments: [String]) -> RunConfiguration {
        var configuration = RunConfiguration()
        configuration.steps = RunAction.ordered(arguments: arguments, commands: input.commands, files: input.files).map {
            switch $0 {
            case .command(let text): .command(text)
            case .file(let path): .file(path)
            }
        }
        configuration.variableAssignments = (output.echoHidden ? ["ECHO_HIDDEN=on"] : []) + input.variableAssignments
        configuration.psets = output.psetAssignments
        configuration.outputTarget = output.output
        configuration.singleTransaction = input.singleTransaction
        configuration.quiet = output.quiet
        if output.echoAll { configuration.echo = .all } else if output.echoQueries { configuration.echo = .queries } else if output.echoErrors { configuration.echo = .errors }
        return configuration
    }
}
