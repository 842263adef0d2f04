import ArgumentParser
import Shell

/// Connection options, shown under their own heading in `--help`; defined in `OptionTable.connection`.
struct ConnectionOptions: TableOptionGroup {
    @Option(OptionTable.host) var host: String?
    @Option(OptionTable.hostAddress) var hostAddress: String?
    @Option(OptionTable.port) var port: String?
    @Option(OptionTable.user) var user: String?
    @Option(OptionTable.database) var database: String?
    @Flag(OptionTable.noPassword) var noPassword: Bool
    @Flag(OptionTable.password) var password: Bool

    /// The flags as the pure settings resolver takes them.
    func flags(endpoint: String?, tls: TLSOptions) -> ConnectionFlags {
        ConnectionFlags(
            host: host, hostAddress: hostAddress, port: port, user: user,
            database: database, sslMode: tls.sslMode, sslRootCert: tls.sslRootCert, sslNegotiation: tls.sslNegotiation
        )
        .withPositional(endpoint)
    }
}

/// TLS options, shown under their own heading in `--help`; defined in `OptionTable.tls`.
struct TLSOptions: TableOptionGroup {
    @Option(OptionTable.sslMode) var sslMode: String?
    @Option(OptionTable.sslRootCert) var sslRootCert: String?
    @Option(OptionTable.sslNegotiation) var sslNegotiation: String?
}

/// Input options, shown under their own heading in `--help`; defined in `OptionTable.input`.
struct InputOptions: TableOptionGroup {
    @Option(OptionTable.command) var commands: [String]
    @Option(OptionTable.file) var files: [String]
    @Option(OptionTable.variable) var variables: [String]
    @Flag(OptionTable.singleTransaction) var singleTransaction: Bool
    @Flag(OptionTable.noStartupFile) var noStartupFile: Bool
    @Flag(OptionTable.noLineEditing) var noLineEditing: Bool
    @Flag(OptionTable.list) var list: Bool
    @Flag(OptionTable.singleStep) var singleStep: Bool
    @Flag(OptionTable.singleLine) var singleLine: Bool
    @Option(OptionTable.logFile) var logFile: String?
    @Flag(OptionTable.pipeline) var pipeline: Bool
    @Option(OptionTable.connectionMaxAge) var connectionMaxAge: String?
}

/// Output options, shown under their own heading in `--help`; defined in `OptionTable.output`.
struct OutputOptions: TableOptionGroup {
    @Flag(OptionTable.quiet) var quiet: Bool
    @Flag(OptionTable.echoAll) var echoAll: Bool
    @Flag(OptionTable.echoQueries) var echoQueries: Bool
    @Flag(OptionTable.echoErrors) var echoErrors: Bool
    @Flag(OptionTable.echoHidden) var echoHidden: Bool
    @Option(OptionTable.outputFile) var output: String?
    @Flag(OptionTable.unaligned) var unaligned: Bool
    @Flag(OptionTable.csv) var csv: Bool
    @Flag(OptionTable.json) var json: Bool
    @Flag(OptionTable.html) var html: Bool
    @Option(OptionTable.tableAttributes) var tableAttributes: String?
    @Flag(OptionTable.tuplesOnly) var tuplesOnly: Bool
    @Flag(OptionTable.expanded) var expanded: Bool
    @Option(OptionTable.fieldSeparator) var fieldSeparator: String?
    @Option(OptionTable.recordSeparator) var recordSeparator: String?
    @Flag(OptionTable.fieldSeparatorZero) var fieldSeparatorZero: Bool
    @Flag(OptionTable.recordSeparatorZero) var recordSeparatorZero: Bool
    @Option(OptionTable.pset) var psets: [String]
}
