import DSQLAuth
import PostgresClient
import SystemSupport

extension Connector {
    /// The same trust and password source for other settings (`\connect`).
    ///
    /// Trust was resolved for this machine, not for a host, so it carries over unchanged;
    /// the password source signs a fresh token for the new user and host at connect — or,
    /// for a host that is not a DSQL endpoint, asks for an ordinary password instead.
    ///
    /// A connection string that names other trust (`sslmode`, `sslrootcert`) is resolved
    /// afresh, through the same policy as the command line.
    init(_ base: Connector, settings: Settings, environment: [String: String]) throws(ConnectFailure) {
        self.settings = settings
        isDSQLEndpoint = ClusterEndpoint.isDSQLEndpoint(settings.host)
        if settings.trustPolicy == base.settings.trustPolicy {
            self.trust = base.trust
        } else {
            do {
                self.trust = try settings.trustPolicy.resolve(
                    libpqVersion: LibraryInfo.libpqVersion, environment: environment,
                    openSSLDefaultCertFile: LibraryInfo.openSSLDefaultCertFile, isReadable: FileChecks.isReadableFile)
            } catch {
                throw .trust(error)
            }
        }
        if let password = settings.password {
            // A connection string's password serves password authentication only; IAM keeps its tokens.
            let given = LibpqPasswordSource(environmentPassword: password)
            self.passwordSource = base.passwordSource is IAMTokenSource ? base.passwordSource : given
            self.nonIAMPasswordSource = given
        } else {
            self.passwordSource = base.passwordSource
            self.nonIAMPasswordSource = base.nonIAMPasswordSource
        }
        self.connectTimeout = base.connectTimeout
        self.startupOptions = base.startupOptions
    }
}
