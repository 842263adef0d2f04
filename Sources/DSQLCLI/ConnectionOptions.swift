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

    @Option(name: [.customShort("d"), .customLong("dbname")], help: ArgumentHelp("Database (or PGDATABASE; default postgres).", valueName: "name"))
    var database: String?

    /// The flags as the pure settings resolver takes them.
    func flags(endpoint: String?, tls: TLSOptions) -> ConnectionFlags {
        ConnectionFlags(
            host: host ?? endpoint, hostAddress: hostAddress, port: port, user: user,
            database: database, sslMode: tls.sslMode, sslRootCert: tls.sslRootCert)
    }
}

/// TLS options, shown under their own heading in `--help`.
struct TLSOptions: ParsableArguments {
    @Option(name: .customLong("sslmode"), help: ArgumentHelp("verify-full (default), verify-ca or require (or PGSSLMODE).", valueName: "mode"))
    var sslMode: String?

    @Option(name: .customLong("sslrootcert"), help: ArgumentHelp("'system' (default) or a CA bundle file (or PGSSLROOTCERT).", valueName: "system|path"))
    var sslRootCert: String?
}

/// Input and output options, shown under their own heading in `--help`.
struct InputOutputOptions: ParsableArguments {
    @Option(name: [.customShort("c"), .customLong("command")], help: ArgumentHelp("Run a command (SQL or meta-command) and exit; repeatable.", valueName: "command"))
    var commands: [String] = []

    @Flag(name: [.customShort("q"), .long], help: "Quiet: no command tags or informational messages.")
    var quiet = false

    @Flag(name: [.customShort("X"), .customLong("no-rc")], help: "Do not read the startup file (~/.dsqlrc).")
    var noStartupFile = false
}
