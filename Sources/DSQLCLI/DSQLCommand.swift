import ArgumentParser
import PostgresClient
import Shell
import Glibc

/// The `dsql` command: connect to a cluster and run commands or a session.
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

    @OptionGroup(title: "Input and output")
    var io: InputOutputOptions

    @Flag(name: [.customShort("V"), .customLong("version")], help: "Print versions of dsql, libpq and OpenSSL, then exit.")
    var showVersion = false

    /// Runs the command and returns the process exit status.
    func execute(environment: [String: String]) -> ExitStatus {
        let stdout = FileSink(descriptor: 1)
        let stderr = FileSink(descriptor: 2)
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
        let openConnection: Connection
        do {
            openConnection = try connector.connect()
        } catch {
            stderr.write("dsql: error: \(error)\n")
            for hint in connector.hints(for: error) { stderr.write("dsql: hint: \(hint)\n") }
            return .connectionFailure
        }
        if connector.trust.mode == .require {
            stderr.write(RequireWarning.render(colour: RequireWarning.wantsColour(isTerminal: isatty(2) == 1, environment: environment)))
        }
        let session = Session(connector: connector, connection: openConnection, output: stdout, errors: stderr)
        session.quiet = io.quiet
        var status = ExitStatus.success
        for command in io.commands {
            switch session.runQuery(command) {
            case .success: status = .success
            case .failed: status = .failure
            case .connectionLost: return .connectionFailure
            }
        }
        return status
    }
}
