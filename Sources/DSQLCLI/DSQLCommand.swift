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

    @Flag(name: [.customShort("V"), .customLong("version")], help: "Print versions of dsql, libpq and OpenSSL, then exit.")
    var showVersion = false

    /// The parsed command line as plain values.
    var invocation: Invocation {
        var invocation = Invocation()
        invocation.endpoint = endpoint
        invocation.connection = connection.flags(endpoint: nil, tls: tls)
        invocation.iam = iam.settings
        invocation.commands = input.commands
        invocation.files = input.files
        invocation.variables = input.variables
        invocation.singleTransaction = input.singleTransaction
        invocation.noStartupFile = input.noStartupFile
        invocation.noLineEditing = input.noLineEditing
        invocation.list = input.list
        invocation.singleStep = input.singleStep
        invocation.singleLine = input.singleLine
        invocation.logFile = input.logFile
        invocation.noPassword = connection.noPassword
        invocation.password = connection.password
        invocation.html = output.html
        invocation.tableAttributes = output.tableAttributes
        invocation.connectionMaxAge = input.connectionMaxAge
        invocation.pipeline = input.pipeline
        invocation.quiet = output.quiet
        invocation.echoAll = output.echoAll
        invocation.echoQueries = output.echoQueries
        invocation.echoErrors = output.echoErrors
        invocation.echoHidden = output.echoHidden
        invocation.output = output.output
        invocation.unaligned = output.unaligned
        invocation.csv = output.csv
        invocation.json = output.json
        invocation.tuplesOnly = output.tuplesOnly
        invocation.expanded = output.expanded
        invocation.fieldSeparator = output.fieldSeparator
        invocation.recordSeparator = output.recordSeparator
        invocation.fieldSeparatorZero = output.fieldSeparatorZero
        invocation.recordSeparatorZero = output.recordSeparatorZero
        invocation.psets = output.psets
        invocation.showVersion = showVersion
        return invocation
    }
}
