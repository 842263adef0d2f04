import PostgresClient

/// Turns a connection string, URI or service entry into dsql's connection flags, or refuses it.
///
/// Every value lands where the same command-line flag would, so it passes the same checks
/// afterwards: `sslmode=disable|allow|prefer` is refused, `verify-ca` needs an own CA
/// bundle, `sslrootcert` is `--sslrootcert`, sockets and host lists are refused for IAM
/// (``HostKind``). Keywords dsql cannot honour are refused rather than dropped: silently
/// ignoring `gssencmode=require` or `sslcert=…` would connect differently from what was asked.
public enum ConnectionStringFlags {
    /// The keywords dsql reads from a connection string or service file.
    public static let accepted: [String] = [
        "host", "hostaddr", "port", "user", "dbname", "password", "sslmode", "sslrootcert",
        "sslnegotiation", "application_name", "gssencmode", "service",
    ]

    /// Maps libpq keywords onto flags; the first value of a keyword wins (as in a service file).
    public static func flags(from keywords: [(keyword: String, value: String)]) throws(SettingsError) -> ConnectionFlags
    {
        var flags = ConnectionFlags()
        func set(_ slot: inout String?, _ value: String) {
            if slot == nil { slot = value }
        }
        for (keyword, value) in keywords {
            switch keyword {
            case "host": set(&flags.host, value)
            case "hostaddr": set(&flags.hostAddress, value)
            case "port": set(&flags.port, value)
            case "user": set(&flags.user, value)
            case "dbname": set(&flags.database, value)
            case "password": set(&flags.password, value)
            case "sslmode": set(&flags.sslMode, value)
            case "sslrootcert": set(&flags.sslRootCert, value)
            case "sslnegotiation": set(&flags.sslNegotiation, value)
            case "application_name": set(&flags.applicationName, value)
            case "service": set(&flags.service, value)
            case "gssencmode":
                // dsql always sends gssencmode=disable: GSS encryption must never stand in for verified TLS.
                guard value == "disable" else { throw .gssEncryptionRefused(value) }
            default:
                throw .unsupportedConnectionOption(keyword)
            }
        }
        return flags
    }

    /// Parses a connection string or URI with libpq and maps it onto flags.
    public static func flags(fromConnectionString text: String) throws(SettingsError) -> ConnectionFlags {
        let keywords: [(keyword: String, value: String)]
        do {
            keywords = try ConnectionString.parse(text)
        } catch {
            throw .invalidConnectionString(error.message)
        }
        return try flags(from: keywords)
    }

    /// The flags of service `name` (from a `service=` keyword or PGSERVICE); empty flags for no name.
    public static func flags(
        ofService name: String?, environment: [String: String],
        readFile: (String) -> String?
    ) throws(SettingsError) -> ConnectionFlags {
        guard let name, !name.isEmpty else { return ConnectionFlags() }
        let keywords: [(keyword: String, value: String)]
        do {
            keywords = try ServiceFile.lookup(
                name, files: ServiceFile.searchPath(environment: environment, home: environment["HOME"]),
                readFile: readFile)
        } catch {
            throw .service(error)
        }
        return try flags(from: keywords)
    }
}

extension ConnectionFlags {
    /// These flags with every value `other` gives taking precedence.
    func overlaid(by other: ConnectionFlags) -> ConnectionFlags {
        ConnectionFlags(
            host: other.host ?? host, hostAddress: other.hostAddress ?? hostAddress, port: other.port ?? port,
            user: other.user ?? user, database: other.database ?? database, sslMode: other.sslMode ?? sslMode,
            sslRootCert: other.sslRootCert ?? sslRootCert, sslNegotiation: other.sslNegotiation ?? sslNegotiation,
            password: other.password ?? password, applicationName: other.applicationName ?? applicationName,
            service: other.service ?? service)
    }

    /// The flags with connection strings expanded, as psql does: a host (the positional
    /// endpoint) or database that is a connection string or URI gives its keywords, which
    /// take precedence over the other flags.
    public func expandingConnectionStrings() throws(SettingsError) -> ConnectionFlags {
        var flags = self
        for text in [host, database].compactMap({ $0 }) where ConnectionString.isConnectionString(text) {
            if flags.host == text { flags.host = nil }
            if flags.database == text { flags.database = nil }
            flags = flags.overlaid(by: try ConnectionStringFlags.flags(fromConnectionString: text))
        }
        return flags
    }
}
