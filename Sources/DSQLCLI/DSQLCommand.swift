import ArgumentParser
import Shell

/// The `dsql` command: connect to a cluster and run commands, scripts or a session.
struct DSQLCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dsql",
        abstract: "A terminal SQL shell for Amazon Aurora DSQL: verified TLS, built-in IAM tokens.",
        discussion: """
            Exit codes: 0 success; 1 a fatal error of dsql's own (bad option, missing file) or a failed -c; \
            2 the connection could not be made or was lost in a non-interactive run; 3 a script stopped by ON_ERROR_STOP.

            --help=commands lists the backslash commands, --help=variables the special variables (as psql).

            A connection string or URI (host=… dbname=…, postgresql://…) may stand for the endpoint or -d; \
            service=NAME or PGSERVICE reads a service file. Their settings pass the same checks as the flags.

            Subcommands: dsql check FILE... lists the statements of scripts that DSQL refuses, without connecting; \
            dsql doctor [options] checks TLS trust, the network path and authentication step by step; \
            dsql token [options] prints an IAM auth token.
            """,
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

    @Flag(OptionTable.version) var showVersion: Bool

    /// The parsed command line as plain values, filled through `OptionTable`'s targets as `QuickArguments` fills it.
    ///
    /// `arguments` are the ones parsed: swift-argument-parser keeps each option's values
    /// in order but not the order between `-c` and `-f`, which psql honours.
    func invocation(arguments: [String]) -> Invocation {
        var invocation = Invocation()
        invocation.endpoint = endpoint
        connection.apply(OptionTable.connection, to: &invocation)
        tls.apply(OptionTable.tls, to: &invocation)
        iam.apply(OptionTable.iam, to: &invocation)
        input.apply(OptionTable.input, to: &invocation)
        output.apply(OptionTable.output, to: &invocation)
        ParsedValue.flag(showVersion).apply(OptionTable.version.target, to: &invocation)
        invocation.steps = RunStep.ordered(invocation.steps, as: arguments)
        return invocation
    }
}
