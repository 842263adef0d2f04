import Glibc
import LineEditing
import PostgresClient
import Shell
import SystemSupport

extension Invocation {
    /// Runs the command and returns the process exit status.
    func execute(environment: [String: String]) -> ExitStatus {
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
            connector = try ConnectionSetup(flags: connectionFlags, iam: iam, passwordPrompt: passwordPrompt)
                .makeConnector(environment: environment)
        } catch {
            stderr.write("dsql: error: \(error.message)\n")
            return error.status
        }
        let interactive = steps.isEmpty && isatty(STDIN_FILENO) == 1
        if interactive && singleTransaction {
            stderr.write("dsql: error: -1 can only be used in non-interactive mode\n")
            return .failure
        }
        let openConnection: any DatabaseConnection
        do {
            openConnection = try connector.connect()
        } catch {
            stderr.write("dsql: error: \(error)\n")
            for hint in connector.hints(for: error) { stderr.write("dsql: hint: \(hint)\n") }
            return .connectionFailure
        }
        let colour = RequireWarning.wantsColour(isTerminal: isatty(STDERR_FILENO) == 1, environment: environment)
        let session = Session(connector: connector, connection: openConnection, output: stdout, errors: stderr)
        session.warningColour = colour
        session.warnIfNotVerified()
        if isatty(STDOUT_FILENO) == 1, output == nil,
            let command = PagerPolicy.command(
                environment: environment, lessIsInstalled: access("/usr/bin/less", X_OK) == 0)
        {
            let size = TerminalInfo.size(of: STDOUT_FILENO, environment: environment)
            session.pager = (command, size.width, size.height)
            session.terminalColumns = size.width
        }
        if isatty(STDOUT_FILENO) == 1, output == nil {
            session.terminalSize = {
                let size = TerminalInfo.size(of: STDOUT_FILENO, environment: environment)
                return (size.width, size.height)
            }
        }
        if let logFile {
            do {
                session.logFile = try FileSink.openForAppending(logFile)
            } catch {
                stderr.write("dsql: error: could not open log file \"\(logFile)\": \(error.reason)\n")
                return .failure
            }
        }
        defer { session.logFile?.close() }
        let runner = Runner(session: session, configuration: runConfiguration())
        if let failure = runner.prepare() { return failure }
        let home = HomeDirectory.path(environment: environment)
        // -l: psql lists the databases right after connecting, before the startup file, and exits.
        if list { return runner.runSteps() }
        if !noStartupFile,
            let startupFile = StartupFile.resolve(
                environment: environment, homeDirectory: home, version: VersionText.dsql,
                isReadable: { access($0, R_OK) == 0 })
        {
            runner.runStartupFile(startupFile)
        }
        let status: ExitStatus
        if !steps.isEmpty {
            status = runner.runSteps()
        } else if !interactive && singleTransaction {
            // As psql: input that is not a terminal is a step of its own, so -1 wraps it too.
            status = runner.runSteps(replacing: [.standardInput])
        } else if !interactive {
            status = runner.runStandardInput()
        } else {
            status = InteractiveStart(
                session: session, environment: environment, homeDirectory: home,
                useLineEditing: !noLineEditing, colour: colour
            ).run(runner)
        }
        // Output that could not be written (a full disk) never ends in success.
        session.reportOutputFailures()
        return status == .success && session.outputFailed ? .failure : status
    }

    /// The run's settings from the parsed flags.
    private func runConfiguration() -> RunConfiguration {
        var configuration = RunConfiguration()
        configuration.steps = list ? [.command("\\l")] : steps
        configuration.variableAssignments =
            VersionText.variableAssignments + (echoHidden ? ["ECHO_HIDDEN=on"] : []) + variableAssignments
        configuration.psets = psetAssignments
        configuration.outputTarget = output
        configuration.singleTransaction = singleTransaction
        configuration.quiet = quiet
        if echoAll {
            configuration.echo = .all
        } else if echoQueries {
            configuration.echo = .queries
        } else if echoErrors {
            configuration.echo = .errors
        }
        return configuration
    }
}
