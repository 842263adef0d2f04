/// Every command-line option of `dsql`, in `--help` order, grouped under its `--help` heading.
///
/// This is the one place an option is defined (see `CommandLineOption`). Each entry is
/// declared once more in its swift-argument-parser group (`ConnectionOptions` …) as
/// `@Option(OptionTable.host) var host: String?`, in the same order, because that
/// parser finds options only through property wrappers; `OptionTableTests` checks the
/// two agree in order, names, arity, help and completion.
enum OptionTable {
    /// The options in `--help` order.
    static let all: [CommandLineOption] = connection + tls + iam + input + output + [version]

    // MARK: Connection

    /// The options under "Connection", as `ConnectionOptions` declares them.
    static let connection = [host, hostAddress, port, user, database, noPassword, password]

    static let host = CommandLineOption(
        ["-h", "--host"], value: "host", help: "Cluster endpoint (or PGHOST).",
        .text { $0.connection.host = $1 })
    static let hostAddress = CommandLineOption(
        ["--hostaddr"], value: "address",
        help: "Numeric address to connect to; certificates are still checked against --host (or PGHOSTADDR).",
        .text { $0.connection.hostAddress = $1 })
    static let port = CommandLineOption(
        ["-p", "--port"], value: "port", help: "Port (or PGPORT; default 5432).",
        .text { $0.connection.port = $1 })
    static let user = CommandLineOption(
        ["-U", "--user", "--username"], value: "role", help: "Role to connect as (or PGUSER; default admin).",
        .text { $0.connection.user = $1 })
    static let database = CommandLineOption(
        ["-d", "--dbname"], value: "name",
        help: """
            Database (or PGDATABASE; default postgres), or a connection string or URI (host=… dbname=…, \
            postgresql://…), checked like the flags.
            """,
        .text { $0.connection.database = $1 })
    static let noPassword = CommandLineOption(
        ["-w", "--no-password"],
        help: "Never prompt for a password (password authentication)."
    ) { $0.noPassword = true }
    static let password = CommandLineOption(
        ["-W", "--password"],
        help: "Prompt for a password before connecting (password authentication; refused with IAM)."
    ) {
        $0.password = true
    }

    // MARK: TLS

    /// The options under "TLS", as `TLSOptions` declares them.
    static let tls = [sslMode, sslRootCert, sslNegotiation]

    static let sslMode = CommandLineOption(
        ["--sslmode"], value: "mode", help: "verify-full (default), verify-ca or require (or PGSSLMODE).",
        completion: .choices(["verify-full", "verify-ca", "require"]),
        .text { $0.connection.sslMode = $1 })
    static let sslRootCert = CommandLineOption(
        ["--sslrootcert"], value: "system|path", help: "'system' (default) or a CA bundle file (or PGSSLROOTCERT).",
        completion: .file,
        .text { $0.connection.sslRootCert = $1 })
    static let sslNegotiation = CommandLineOption(
        ["--sslnegotiation"], value: "postgres|direct",
        help: """
            How TLS starts: postgres (SSLRequest first) or direct (libpq 17+; default for DSQL endpoints) (or \
            PGSSLNEGOTIATION).
            """,
        completion: .choices(["postgres", "direct"]),
        .text { $0.connection.sslNegotiation = $1 })

    // MARK: IAM authentication

    /// The options under "IAM authentication", as `IAMOptions` declares them.
    static let iam = [region, profile, tokenExpiresIn, noIAM]

    static let region = CommandLineOption(
        ["--region"], value: "region",
        help: """
            AWS region for the token (default: the endpoint's own, else AWS_REGION, AWS_DEFAULT_REGION, the \
            profile).
            """,
        .text { $0.iam.region = $1 })
    static let profile = CommandLineOption(
        ["--profile"], value: "profile", help: "AWS shared-config profile (or AWS_PROFILE).", completion: .awsProfiles,
        .text { $0.iam.profile = $1 })
    static let tokenExpiresIn = CommandLineOption(
        ["--token-expires-in"], value: "seconds", help: "Token lifetime in seconds, 1…604800 (default 900).",
        .integer({ $0.iam.tokenExpiresIn = $1 }, valid: IAMSettings.tokenLifetimes))
    static let noIAM = CommandLineOption(
        ["--no-iam"],
        help: """
            Use PostgreSQL password auth (PGPASSWORD, ~/.pgpass) instead of IAM tokens. IAM is the default only for \
            DSQL endpoints.
            """
    ) {
        $0.iam.noIAM = true
    }

    // MARK: Input

    /// The options under "Input", as `InputOptions` declares them.
    static let input = [
        command, file, variable, singleTransaction, noStartupFile, noLineEditing, list, singleStep, singleLine, logFile,
        pipeline, connectionMaxAge,
    ]

    static let command = CommandLineOption(
        ["-c", "--command"], value: "command",
        help: "Run a command (SQL or one meta-command) and exit; repeatable, in order with -f.",
        .list { $0.steps.append(.command($1)) })
    static let file = CommandLineOption(
        ["-f", "--file"], value: "file", help: "Run commands from a file ('-' is stdin) and exit; repeatable.",
        completion: .file,
        .list { $0.steps.append(.file($1)) })
    static let variable = CommandLineOption(
        ["-v", "--set", "--variable"], value: "name=value", help: "Set a variable: NAME=VALUE.",
        .list { $0.variables.append($1) })
    static let singleTransaction = CommandLineOption(
        ["-1", "--single-transaction"], help: "Run all -c/-f work in one transaction."
    ) { $0.singleTransaction = true }
    static let noStartupFile = CommandLineOption(
        ["-X", "--no-rc", "--no-psqlrc"], help: "Do not read the startup file (~/.dsqlrc)."
    ) { $0.noStartupFile = true }
    static let noLineEditing = CommandLineOption(
        ["-n", "--no-readline"], help: "Do not use line editing."
    ) { $0.noLineEditing = true }
    static let list = CommandLineOption(
        ["-l", "--list"], help: "List the databases, then exit."
    ) { $0.list = true }
    static let singleStep = CommandLineOption(
        ["-s", "--single-step"], help: "Single-step mode: confirm each query. Same as -v SINGLESTEP=on."
    ) {
        $0.singleStep = true
    }
    static let singleLine = CommandLineOption(
        ["-S", "--single-line"],
        help: "Single-line mode: the end of a line ends an SQL command. Same as -v SINGLELINE=on."
    ) { $0.singleLine = true }
    static let logFile = CommandLineOption(
        ["-L", "--log-file"], value: "file", help: "Send the session log (queries and their results) to a file.",
        completion: .file,
        .text { $0.logFile = $1 })
    static let pipeline = CommandLineOption(
        ["--pipeline"],
        help: """
            Send script statements ahead of their results also outside transaction blocks (weaker than psql's \
            one-at-a-time guarantee; see README). Same as -v PIPELINE=on.
            """
    ) {
        $0.pipeline = true
    }
    static let connectionMaxAge = CommandLineOption(
        ["--connection-max-age"], value: "seconds",
        help: """
            Replace a connection older than this many seconds before the next statement ('off' disables; default 3300 \
            for DSQL endpoints). Same as -v CONNECTION_MAX_AGE=….
            """,
        .text { $0.connectionMaxAge = $1 })

    // MARK: Output

    /// The options under "Output", as `OutputOptions` declares them.
    static let output = [
        quiet, echoAll, echoQueries, echoErrors, echoHidden, outputFile, unaligned, csv, json, html, tableAttributes,
        tuplesOnly, expanded, fieldSeparator, recordSeparator, fieldSeparatorZero, recordSeparatorZero, pset,
    ]

    static let quiet = CommandLineOption(
        ["-q", "--quiet"], help: "Quiet: no command tags or informational messages."
    ) { $0.quiet = true }
    static let echoAll = CommandLineOption(
        ["-a", "--echo-all"], help: "Echo all input from a script."
    ) { $0.echoAll = true }
    static let echoQueries = CommandLineOption(
        ["-e", "--echo-queries"], help: "Echo commands sent to the server."
    ) { $0.echoQueries = true }
    static let echoErrors = CommandLineOption(
        ["-b", "--echo-errors"], help: "Echo failed commands."
    ) { $0.echoErrors = true }
    static let echoHidden = CommandLineOption(
        ["-E", "--echo-hidden"], help: "Display queries that internal commands generate."
    ) { $0.echoHidden = true }
    static let outputFile = CommandLineOption(
        ["-o", "--output"], value: "file", help: "Send query results to a file (or |pipe).", completion: .file,
        .text { $0.output = $1 })
    static let unaligned = CommandLineOption(
        ["-A", "--no-align"], help: "Unaligned output."
    ) { $0.unaligned = true }
    static let csv = CommandLineOption(
        ["--csv"], help: "CSV output."
    ) { $0.csv = true }
    static let json = CommandLineOption(
        ["--json"], help: "JSON output: an array of objects per result."
    ) { $0.json = true }
    static let html = CommandLineOption(
        ["-H", "--html"], help: "HTML table output."
    ) { $0.html = true }
    static let tableAttributes = CommandLineOption(
        ["-T", "--table-attr"], value: "text", help: "HTML table tag attributes (e.g. width, border).",
        .text { $0.tableAttributes = $1 })
    static let tuplesOnly = CommandLineOption(
        ["-t", "--tuples-only"], help: "Print rows only."
    ) { $0.tuplesOnly = true }
    static let expanded = CommandLineOption(
        ["-x", "--expanded"], help: "Expanded output."
    ) { $0.expanded = true }
    static let fieldSeparator = CommandLineOption(
        ["-F", "--field-separator"], value: "string", help: "Field separator for unaligned output (default '|').",
        .text { $0.fieldSeparator = $1 })
    static let recordSeparator = CommandLineOption(
        ["-R", "--record-separator"], value: "string", help: "Record separator for unaligned output (default newline).",
        .text { $0.recordSeparator = $1 })
    static let fieldSeparatorZero = CommandLineOption(
        ["-z", "--field-separator-zero"], help: "Zero byte as field separator."
    ) { $0.fieldSeparatorZero = true }
    static let recordSeparatorZero = CommandLineOption(
        ["-0", "--record-separator-zero"], help: "Zero byte as record separator."
    ) { $0.recordSeparatorZero = true }
    static let pset = CommandLineOption(
        ["-P", "--pset"], value: "name[=value]", help: "Printing option, as \\pset: NAME[=VALUE].",
        .list { $0.psets.append($1) })

    // MARK: Options without a heading

    static let version = CommandLineOption(
        ["-V", "--version"], help: "Print versions of dsql, libpq and OpenSSL, then exit."
    ) { $0.showVersion = true }
}
