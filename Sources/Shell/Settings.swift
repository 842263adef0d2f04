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
    /// A password from a connection string or service file (never from a flag).
    public var password: String?
    /// `application_name` from a connection string or service file.
    public var applicationName: String?
    /// `service=` from a connection string: the service-file entry to read.
    public var service: String?

    /// The flags with the positional argument in place: a connection string or URI is
    /// psql's positional DBNAME (unless `-d` gave one), anything else the endpoint when `-h` is absent.
    public func withPositional(_ argument: String?) -> ConnectionFlags {
        guard let argument else { return self }
        var flags = self
        if ConnectionString.isConnectionString(argument) {
            if flags.database == nil { flags.database = argument }
        } else if flags.host == nil {
            flags.host = argument
        }
        return flags
    }

    public init(
        host: String? = nil, hostAddress: String? = nil, port: String? = nil, user: String? = nil,
        database: String? = nil, sslMode: String? = nil, sslRootCert: String? = nil, sslNegotiation: String? = nil,
        password: String? = nil, applicationName: String? = nil, service: String? = nil
    ) {
        self.password = password
        self.applicationName = applicationName
        self.service = service
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
    /// libpq could not parse a connection string or URI (libpq's message).
    case invalidConnectionString(String)
    /// A connection-string or service-file keyword dsql does not honour.
    case unsupportedConnectionOption(String)
    /// `gssencmode` other than `disable`: GSS encryption would stand in for verified TLS.
    case gssEncryptionRefused(String)
    /// A service file problem (libpq's wording).
    case service(ServiceFile.Problem)
    /// A password in a connection string or service file where IAM tokens are signed.
    case passwordWithIAM

    public var description: String {
        switch self {
        case .socketWithIAM(let host):
            "\"\(host)\" is a Unix-domain socket: a socket has no TLS, so dsql never sends an IAM token over one; name the cluster endpoint, or pass --no-iam for a local PostgreSQL server"
        case .hostListWithIAM(let host):
            "host list \"\(host)\" is not accepted for a DSQL endpoint or with IAM authentication: libpq would fall back to the next host, possibly a socket without TLS; name one endpoint"
        case .invalidConnectionString(let message):
            message
        case .unsupportedConnectionOption(let keyword):
            "connection option \"\(keyword)\" is not supported by dsql; a connection string or service file may set: \(ConnectionStringFlags.accepted.joined(separator: ", "))"
        case .gssEncryptionRefused(let mode):
            "gssencmode \"\(mode)\" is not supported: dsql always uses verified TLS and never GSS encryption; remove gssencmode or set it to disable"
        case .service(let problem):
            "\(problem)"
        case .passwordWithIAM:
            "a password in a connection string or service file is not used: dsql signs an IAM auth token for this endpoint; remove the password, or pass --no-iam for PostgreSQL password authentication"
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
    /// The role when no flag, service or PGUSER names one.
    public static let defaultUser = "admin"

    /// The role from `-U` (or a service's user), else PGUSER, else `admin`; an empty value
    /// counts as none, as libpq counts it. `dsql` and `dsql token` both decide by it.
    public static func user(flag: String?, service: String? = nil, environment: [String: String]) -> String {
        [flag, service, environment["PGUSER"]].lazy.compactMap { $0 }.first { !$0.isEmpty } ?? defaultUser
    }

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
    /// A password a connection string or service file gave; used only for password authentication.
    public var password: String?

    /// Resolves flags against a service file, the environment (PGHOST, PGPORT, …) and the defaults.
    ///
    /// As in psql: a connection string or URI (given as the endpoint or `-d`) wins over the
    /// other flags; then the flags; then the service (`service=` or PGSERVICE); then the
    /// environment; then the defaults. Whatever the source, the same checks apply.
    public static func resolve(
        flags given: ConnectionFlags, environment: [String: String],
        readFile: (String) -> String? = ServiceFile.readTextFile
    ) throws(SettingsError) -> Settings {
        let flags = try given.expandingConnectionStrings()
        let service = try ConnectionStringFlags.flags(
            ofService: flags.service ?? environment["PGSERVICE"],
            environment: environment, readFile: readFile)
        func pick(_ flag: String?, _ serviceValue: String?, _ variable: String) -> String? {
            if let flag, !flag.isEmpty { return flag }
            if let serviceValue, !serviceValue.isEmpty { return serviceValue }
            if let value = environment[variable], !value.isEmpty { return value }
            return nil
        }
        guard let host = pick(flags.host, service.host, "PGHOST") else { throw .missingHost }
        let portText = pick(flags.port, service.port, "PGPORT") ?? "5432"
        guard let port = Int(portText), (1...65535).contains(port) else { throw .invalidPort(portText) }
        let mode = try sslMode(pick(flags.sslMode, service.sslMode, "PGSSLMODE") ?? SSLMode.verifyFull.rawValue)
        let rootCert = RootCertificateSetting(pick(flags.sslRootCert, service.sslRootCert, "PGSSLROOTCERT") ?? "system")
        var settings = Settings(
            host: host,
            hostAddress: pick(flags.hostAddress, service.hostAddress, "PGHOSTADDR"),
            port: port,
            user: Self.user(flag: flags.user, service: service.user, environment: environment),
            database: pick(flags.database, service.database, "PGDATABASE") ?? "postgres",
            trustPolicy: TrustPolicy(mode: mode, rootCertificate: rootCert))
        if let name = pick(flags.applicationName, service.applicationName, "PGAPPNAME") {
            settings.applicationName = name
        }
        settings.password = [flags.password, service.password].compactMap { $0 }.first { !$0.isEmpty }
        if let text = pick(flags.sslNegotiation, service.sslNegotiation, "PGSSLNEGOTIATION") {
            do { settings.sslNegotiation = try SSLNegotiation.parse(text) } catch { throw .sslNegotiation(error) }
        }
        return settings
    }

    /// Reads an sslmode; the modes that may fall back to plaintext are refused.
    static func sslMode(_ text: String) throws(SettingsError) -> SSLMode {
        guard let mode = SSLMode(rawValue: text) else {
            if ["disable", "allow", "prefer"].contains(text) { throw .plaintextRefused(text) }
            throw .unknownSSLMode(text)
        }
        return mode
    }

    /// These settings with what `flags` gives in their place (`\connect` with a connection
    /// string), checked as on the command line. A new host drops the old host's address;
    /// trust not named keeps the session's.
    public func applying(_ flags: ConnectionFlags) throws(SettingsError) -> Settings {
        func given(_ value: String?) -> String? {
            guard let value, !value.isEmpty else { return nil }
            return value
        }
        var settings = self
        if let host = given(flags.host), host != self.host {
            settings.host = host
            settings.hostAddress = nil
        }
        if let address = given(flags.hostAddress) { settings.hostAddress = address }
        if let portText = given(flags.port) {
            guard let port = Int(portText), (1...65535).contains(port) else { throw .invalidPort(portText) }
            settings.port = port
        }
        if let user = given(flags.user) { settings.user = user }
        if let database = given(flags.database) { settings.database = database }
        let modeText = given(flags.sslMode)
        let rootText = given(flags.sslRootCert)
        if modeText != nil || rootText != nil {
            settings.trustPolicy = TrustPolicy(
                mode: try modeText.map(Self.sslMode) ?? trustPolicy.mode,
                rootCertificate: rootText.map(RootCertificateSetting.init) ?? trustPolicy.rootCertificate)
        }
        if let text = given(flags.sslNegotiation) {
            do { settings.sslNegotiation = try SSLNegotiation.parse(text) } catch { throw .sslNegotiation(error) }
        }
        if let name = given(flags.applicationName) { settings.applicationName = name }
        settings.password = given(flags.password)
        return settings
    }
}
