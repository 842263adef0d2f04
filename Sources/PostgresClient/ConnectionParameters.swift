// PostgresClient — the only user of CLibPQ.
// Owns: connections, the trust policy's libpq keywords, results, server errors,
// cancel requests and notices. Never imports CEditLine, ResultFormatting or Shell.

/// Everything needed to open one connection, before a password is chosen.
///
/// Values are passed to libpq as keyword/value pairs (never as a conninfo string),
/// so no quoting is involved and no secret is ever formatted into text.
public struct ConnectionParameters: Sendable, Equatable {
    /// The host name the certificate is checked against (and resolved, without `hostaddr`).
    public var host: String
    /// A numeric address to connect to instead of resolving `host`.
    public var hostAddress: String?
    public var port: Int
    public var user: String
    public var database: String
    public var trust: ResolvedTrust
    /// Seconds to wait for a connection before giving up; nil leaves libpq's default.
    public var connectTimeout: Int?
    public var applicationName: String
    /// libpq's `sslnegotiation` value (libpq ≥ 17 only); nil sends none.
    public var sslNegotiation: String?

    public init(
        host: String, hostAddress: String? = nil, port: Int = 5432, user: String, database: String,
        trust: ResolvedTrust, connectTimeout: Int? = nil, applicationName: String = "dsql",
        sslNegotiation: String? = nil
    ) {
        self.host = host
        self.hostAddress = hostAddress
        self.port = port
        self.user = user
        self.database = database
        self.trust = trust
        self.connectTimeout = connectTimeout
        self.applicationName = applicationName
        self.sslNegotiation = sslNegotiation
    }

    /// The libpq keywords and values for these parameters plus an optional password.
    ///
    /// `expand_dbname` is never set, so a database name is never parsed as a conninfo.
    func libpqKeywords(password: String?) -> [(String, String)] {
        var pairs: [(String, String)] = [
            ("host", host),
            ("port", String(port)),
            ("user", user),
            ("dbname", database),
            ("application_name", applicationName),
        ]
        if let hostAddress { pairs.append(("hostaddr", hostAddress)) }
        if let connectTimeout { pairs.append(("connect_timeout", String(connectTimeout))) }
        if let password { pairs.append(("password", password)) }
        // GSS encryption would take TLS's place (gssencmode=prefer is libpq's default where
        // it is built in), so the verified-TLS policy below would not apply.
        pairs.append(("gssencmode", "disable"))
        pairs.append(contentsOf: trust.libpqKeywords)
        if let sslNegotiation { pairs.append(("sslnegotiation", sslNegotiation)) }
        return pairs
    }
}
