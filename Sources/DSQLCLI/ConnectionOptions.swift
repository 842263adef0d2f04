import ArgumentParser
import Shell

/// Connection options, shown under their own heading in `--help`.
struct ConnectionOptions: ParsableArguments {
    @Option(name: [.customShort("h"), .long], help: ArgumentHelp("Cluster endpoint (or PGHOST).", valueName: "host"))
    var host: String?

    @Option(name: .customLong("hostaddr"), help: ArgumentHelp("Numeric address to connect to; certificates are still checked against --host (or PGHOSTADDR).", valueName: "address"))
    var hostAddress: String?

    @Option(name: [.customShort("p"), .long], help: ArgumentHelp("Port (or PGPORT; default 5432).", valueName: "port"))
    var port: String?

    @Option(name: [.customShort("U"), .customLong("user"), .customLong("username")], help: ArgumentHelp("Role to connect as (or PGUSER; default admin).", valueName: "role"))
    var user: String?

    @Option(name: [.customShort("d"), .customLong("dbname")], help: ArgumentHelp("Database (or PGDATABASE; default postgres), or a connection string or URI (host=… dbname=…, postgresql://…), checked like the flags.", valueName: "name"))
    var database: String?

    @Flag(name: [.customShort("w"), .customLong("no-password")], help: "Never prompt for a password (password authentication).")
    var noPassword = false

    @Flag(name: [.customShort("W"), .customLong("password")], help: "Prompt for a password before connecting (password authentication; refused with IAM).")
    var password = false

    /// The flags as the pure settings resolver takes them.
    func flags(endpoint: String?, tls: TLSOptions) -> ConnectionFlags {
        ConnectionFlags(
            host: host, hostAddress: hostAddress, port: port, user: user,
            database: database, sslMode: tls.sslMode, sslRootCert: tls.sslRootCert, sslNegotiation: tls.sslNegotiation)
            .withPositional(endpoint)
    }
}

/// TLS options, shown under their own heading in `--help`.
struct TLSOptions: ParsableArguments {
    @Option(name: .customLong("sslmode"), help: ArgumentHelp("verify-full (default), verify-ca or require (or PGSSLMODE).", valueName: "mode"), completion: .list(["verify-full", "verify-ca", "require"]))
    var sslMode: String?

    @Option(name: .customLong("sslrootcert"), help: ArgumentHelp("'system' (default) or a CA bundle file (or PGSSLROOTCERT).", valueName: "system|path"), completion: .file())
    var sslRootCert: String?

    @Option(name: .customLong("sslnegotiation"), help: ArgumentHelp("How TLS starts: postgres (SSLRequest first) or direct (libpq 17+; default for DSQL endpoints) (or PGSSLNEGOTIATION).", valueName: "postgres|direct"), completion: .list(["postgres", "direct"]))
    var sslNegotiation: String?
}

/// Input options, shown under their own heading in `--help`.
struct InputOptions: ParsableArguments {
    @Option(name: [.customShort("c"), .customLong("command")], help: ArgumentHelp("Run a command (SQL or one meta-command) and exit; repeatable, in order with -f.", valueName: "command"))
    var commands: [String] = []

    @Option(name: [.customShort("f"), .customLong("file")], help: ArgumentHelp("Run commands from a file ('-' is stdin) and exit; repeatable.", valueName: "file"), completion: .file())
    var files: [String] = []

    @Option(name: [.customShort("v"), .customLong("set"), .customLong("variable")], help: ArgumentHelp("Set a variable: NAME=VALUE.", valueName: "name=value"))
    var variables: [String] = []

    @Flag(name: [.customShort("1"), .customLong("single-transaction")], help: "Run all -c/-f work in one transaction.")
    var singleTransaction = false

    @Flag(name: [.customShort("X"), .customLong("no-rc"), .customLong("no-psqlrc")], help: "Do not read the startup file (~/.dsqlrc).")
    var noStartupFile = false

    @Flag(name: [.customShort("n"), .customLong("no-readline")], help: "Do not use line editing.")
    var noLineEditing = false

    @Flag(name: [.customShort("l"), .customLong("list")], help: "List the databases, then exit.")
    var list = false

    @Flag(name: [.customShort("s"), .customLong("single-step")], help: "Single-step mode: confirm each query. Same as -v SINGLESTEP=on.")
    var singleStep = false

    @Flag(name: [.customShort("S"), .customLong("single-line")], help: "Single-line mode: the end of a line ends an SQL command. Same as -v SINGLELINE=on.")
    var singleLine = false

    @Option(name: [.customShort("L"), .customLong("log-file")], help: ArgumentHelp("Send the session log (queries and their results) to a file.", valueName: "file"), completion: .file())
    var logFile: String?

    @Flag(name: .customLong("pipeline"), help: "Send script statements ahead of their results also outside transaction blocks (weaker than psql's one-at-a-time guarantee; see README). Same as -v PIPELINE=on.")
    var pipeline = false

    @Option(name: .customLong("connection-max-age"), help: ArgumentHelp("Replace a connection older than this many seconds before the next statement ('off' disables; default 3300 for DSQL endpoints). Same as -v CONNECTION_MAX_AGE=….", valueName: "seconds"))
    var connectionMaxAge: String?
}

/// Output options, shown under their own heading in `--help`.
struct OutputOptions: ParsableArguments {
    @Flag(name: [.customShort("q"), .long], help: "Quiet: no command tags or informational messages.")
    var quiet = false

    @Flag(name: [.customShort("a"), .customLong("echo-all")], help: "Echo all input from a script.")
    var echoAll = false

    @Flag(name: [.customShort("e"), .customLong("echo-queries")], help: "Echo commands sent to the server.")
    var echoQueries = false

    @Flag(name: [.customShort("b"), .customLong("echo-errors")], help: "Echo failed commands.")
    var echoErrors = false

    @Flag(name: [.customShort("E"), .customLong("echo-hidden")], help: "Display queries that internal commands generate.")
    var echoHidden = false

    @Option(name: [.customShort("o"), .customLong("output")], help: ArgumentHelp("Send query results to a file (or |pipe).", valueName: "file"), completion: .file())
    var output: String?

    @Flag(name: [.customShort("A"), .customLong("no-align")], help: "Unaligned output.")
    var unaligned = false

    @Flag(name: .customLong("csv"), help: "CSV output.")
    var csv = false

    @Flag(name: .customLong("json"), help: "JSON output: an array of objects per result.")
    var json = false

    @Flag(name: [.customShort("H"), .customLong("html")], help: "HTML table output.")
    var html = false

    @Option(name: [.customShort("T"), .customLong("table-attr")], help: ArgumentHelp("HTML table tag attributes (e.g. width, border).", valueName: "text"))
    var tableAttributes: String?

    @Flag(name: [.customShort("t"), .customLong("tuples-only")], help: "Print rows only.")
    var tuplesOnly = false

    @Flag(name: [.customShort("x"), .customLong("expanded")], help: "Expanded output.")
    var expanded = false

    @Option(name: [.customShort("F"), .customLong("field-separator")], help: ArgumentHelp("Field separator for unaligned output (default '|').", valueName: "string"))
    var fieldSeparator: String?

    @Option(name: [.customShort("R"), .customLong("record-separator")], help: ArgumentHelp("Record separator for unaligned output (default newline).", valueName: "string"))
    var recordSeparator: String?

    @Flag(name: [.customShort("z"), .customLong("field-separator-zero")], help: "Zero byte as field separator.")
    var fieldSeparatorZero = false

    @Flag(name: [.customShort("0"), .customLong("record-separator-zero")], help: "Zero byte as record separator.")
    var recordSeparatorZero = false

    @Option(name: [.customShort("P"), .customLong("pset")], help: ArgumentHelp("Printing option, as \\pset: NAME[=VALUE].", valueName: "name[=value]"))
    var psets: [String] = []
}
