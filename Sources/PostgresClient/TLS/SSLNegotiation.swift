/// How TLS is started: PostgreSQL's SSLRequest first, or TLS straight away (libpq's
/// `sslnegotiation`, from libpq 17).
///
/// Direct TLS saves a round trip and Aurora DSQL accepts it, but PostgreSQL servers
/// before 17 do not: they drop the connection ("SSL error: unexpected eof"). So it is
/// used for DSQL endpoints only, unless `--sslnegotiation` or PGSSLNEGOTIATION says
/// otherwise.
public enum SSLNegotiation: String, Sendable, CaseIterable {
    case postgres
    case direct

    /// The first libpq that knows the `sslnegotiation` keyword.
    public static let firstLibpq = 170000

    /// Why a requested negotiation cannot be used.
    public enum Problem: Error, Equatable, CustomStringConvertible {
        /// A value that is neither `postgres` nor `direct`.
        case unknown(String)
        /// `direct` with a libpq older than 17, which cannot do it.
        case directNeedsLibpq17(loaded: String)

        public var description: String {
            switch self {
            case .unknown(let text):
                "invalid sslnegotiation \"\(text)\": use postgres or direct"
            case .directNeedsLibpq17(let loaded):
                "sslnegotiation \"direct\" needs libpq 17 or later; the libpq loaded is \(loaded) (use postgres, or unset PGSSLNEGOTIATION)"
            }
        }
    }

    /// Parses `--sslnegotiation` / PGSSLNEGOTIATION.
    public static func parse(_ text: String) throws(Problem) -> SSLNegotiation {
        guard let value = SSLNegotiation(rawValue: text) else { throw .unknown(text) }
        return value
    }

    /// The `sslnegotiation` keyword value to send, or nil to send none.
    ///
    /// libpq before 17 has no such keyword (naming it fails the connection), so nothing
    /// is sent there. From 17 on the value is always sent, so that libpq's own reading
    /// of PGSSLNEGOTIATION never differs from what the shell decided.
    /// - Parameters:
    ///   - requested: the user's choice, or nil for the default.
    ///   - isDSQLEndpoint: whether the host is a DSQL endpoint (the default is direct there).
    ///   - libpqVersion: `PQlibVersion()` of the library actually loaded.
    public static func keyword(requested: SSLNegotiation?, isDSQLEndpoint: Bool, libpqVersion: Int) -> String? {
        guard libpqVersion >= firstLibpq else { return nil }
        return (requested ?? (isDSQLEndpoint ? .direct : .postgres)).rawValue
    }

    /// Checks that `requested` can be done with the loaded libpq.
    public static func check(requested: SSLNegotiation?, libpqVersion: Int, libpqVersionText: String) throws(Problem) {
        if requested == .direct && libpqVersion < firstLibpq { throw .directNeedsLibpq17(loaded: libpqVersionText) }
    }
}
