// Shell — session state, the main loop, meta-commands, prompt and the
// reconnect/retry policy. Imports the modules below it; never a C module.
import PostgresClient

/// Connection settings as given on the command line; nil means "not given".
public struct ConnectionFlags: Sendable, Equatable {
    public var host: String?
    public var hostAddress: String?
    public var port: String?
    public var user: String?
    public var database: String?
    public var sslMode: String?
    public var sslRootCert: String?
    public var sslNegotiation: String?

    public init(
        host: String? = nil, hostAddress: String? = nil, port: String? = nil, user: String? = nil,
        database: String? = nil, sslMode: String? = nil, sslRootCert: String? = nil, sslNegotiation: String? = nil
    ) {
        self.host = host
        self.hostAddress = hostAddress
        self.port = port
        self.user = user
        self.database = database
        self.sslMode = sslMode
        self.sslRootCert = sslRootCert
        self.sslNegotiation = sslNegotiation
    }
}

/// Why the settings cannot be used; each is a fatal error of the shell's own (exit 1),
/// except ``missingHost``: no way to connect exits 2, as in psql.
public enum SettingsError: Error, Equatable, CustomStringConvertible {
    case missingHost
    case invalidPort(String)
    case plaintextRefused(String)
    case unknownSSLMode(String)
    case sslNegotiation(SSLNegotiation.Problem)
    /// A Unix-domain socket where an IAM token would be sent.
    case socketWithIAM(String)
    /// A host list that names a DSQL endpoint or would carry an IAM token.
    case hostListWithIAM(String)

    public var description: String {
        switch self {
        case .socketWithIAM(let host):
            "\"\(host)\" is a Unix-domain socket: a socket has no TLS, so dsql never sends an IAM token over one; name the cluster endpoint, or pass --no-iam for a local PostgreSQL server"
        case .hostListWithIAM(let host):
            "host list \"\(host)\" is not accepted for a DSQL endpoint or with IAM authentication: libpq would fall back to the next host, possibly a socket without TLS; name one endpoint"
        case .missingHost:
            "no host given: pass a cluster endpoint (dsql ENDPOINT, -h HOST or PGHOST)"
        case .invalidPort(let text):
            "invalid port number: \"\(text)\""
        case .plaintextRefused(let mode):
            "sslmode \"\(mode)\" is not supported: Aurora DSQL requires TLS and dsql never connects in plaintext; use verify-full (the default), verify-ca or require"
        case .unknownSSLMode(let mode):
            "invalid sslmode \"\(mode)\": use verify-full, verify-ca or require"
        case .sslNegotiation(let problem):
            "\(problem)"
        }
    }
}

/// The resolved connection settings: flags, then environment, then defaults.
public struct Settings: Sendable, Equatable {
    public var host: String
    public var hostAddress: String?
    public var port: Int
    public var user: String
    public var database: String
    public var trustPolicy: TrustPolicy
    /// PGAPPNAME, else `dsql`: how the session shows in pg_stat_activity.
    public var applicationName = "dsql"
    /// `--sslnegotiation` or PGSSLNEGOTIATION; nil lets the host decide (direct for DSQL endpoints).
    public var sslNegotiation: SSLNegotiation?

    /// Resolves flags against the environment (PGHOST, PGPORT, …) and the defaults.
    public static func resolve(flags: ConnectionFlags, environment: [String: String]) throws(SettingsError) -> Settings {
        func pick(_ flag: String?, _ variable: String) -> String? {
            if let flag, !flag.isEmpty { return flag }
            if let value = environment[variable], !value.isEmpty { return value }
            return nil
        }
        guard let host = pick(flags.host, "PGHOST") else { throw .missingHost }
        let portText = pick(flags.port, "PGPORT") ?? "5432"
        guard let port = Int(portText), (1...65535).contains(port) else { throw .invalidPort(portText) }
        let modeText = pick(flags.sslMode, "PGSSLMODE") ?? SSLMode.verifyFull.rawValue
        guard let mode = SSLMode(rawValue: modeText) else {
            if ["disable", "allow", "prefer"].contains(modeText) { throw .plaintextRefused(modeText) }
            throw .unknownSSLMode(modeText)
        }
        let rootCert = RootCertificateSetting(pick(flags.sslRootCert, "PGSSLROOTCERT") ?? "system")
        var settings = Settings(
            host: host,
            hostAddress: pick(flags.hostAddress, "PGHOSTADDR"),
            port: port,
            user: pick(flags.user, "PGUSER") ?? "admin",
            database: pick(flags.database, "PGDATABASE") ?? "postgres",
            trustPolicy: TrustPolicy(mode: mode, rootCertificate: rootCert))
        if let name = environment["PGAPPNAME"], !name.isEmpty { settings.applicationName = name }
        if let text = pick(flags.sslNegotiation, "PGSSLNEGOTIATION") {
            do { settings.sslNegotiation = try SSLNegotiation.parse(text) } catch { throw .sslNegotiation(error) }
        }
        return settings
    }
}
