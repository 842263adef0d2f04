import DSQLAuth
import PostgresClient
import SystemSupport

/// Supplies the password for one connection attempt.
///
/// Called anew for every attempt, so an IAM token is always fresh.
public protocol PasswordSource: AnyObject {
    /// The password to send, or nil to let libpq use PGPASSWORD or `~/.pgpass`.
    func password(host: String, port: Int, user: String) throws -> String?
    /// How the last connection authenticated, for `\conninfo` and `doctor`; never a secret.
    var authenticationSummary: String { get }
}

/// Ordinary PostgreSQL passwords: PGPASSWORD as read at startup, else libpq's
/// `~/.pgpass`, else — on a terminal, when the server asks — a prompt, as psql does.
///
/// The password is handed to libpq as a keyword because dsql removes PGPASSWORD from
/// its own environment, so that children (`\!`, the pager, the editor) never see it.
public final class LibpqPasswordSource: PasswordSource {
    private let environmentPassword: String?
    /// Reads a password without echo; nil when there is no terminal.
    private let prompt: ((String) -> String?)?
    /// What the user typed, kept for reconnects (as psql keeps it).
    private var typed: String?

    /// `environmentPassword` is PGPASSWORD's value at startup; nil or empty leaves it to `~/.pgpass`.
    public init(environmentPassword: String? = nil, prompt: ((String) -> String?)? = nil) {
        self.environmentPassword = environmentPassword.flatMap { $0.isEmpty ? nil : $0 }
        self.prompt = prompt
    }

    public func password(host: String, port: Int, user: String) throws -> String? { typed ?? environmentPassword }

    /// Asks for the password of `user`; false when it cannot ask (or it was asked already).
    public func askForPassword(user: String) -> Bool {
        guard typed == nil, let prompt, let answer = prompt("Password for user \(user): ") else { return false }
        typed = answer
        return true
    }

    public var authenticationSummary: String { "PostgreSQL password (PGPASSWORD, ~/.pgpass or prompt; --no-iam)" }
}

/// Why a connection attempt failed before or during connecting.
public enum ConnectFailure: Error, CustomStringConvertible {
    case trust(TrustPolicyError)
    case password(any Error)
    case connection(ConnectionError)
    /// The server refused a startup parameter while PGOPTIONS was set (libpq's message, PGOPTIONS).
    case startupParameterRefused(ConnectionError, pgOptions: String)

    public var description: String {
        switch self {
        case .trust(let error): "\(error)"
        case .password(let error): "\(error)"
        case .connection(let error): "\(error)"
        case .startupParameterRefused(let error, let options):
            "\(error)\n\(StartupOptionsAdvice.note(options: options))"
        }
    }
}

/// Opens one connection with the given parameters and password (libpq's by default;
/// an in-memory server's in tests, so that reconnects run without a server too).
public typealias ConnectionOpener = (ConnectionParameters, String?) throws(ConnectionError) -> any DatabaseConnection

/// Opens connections for a session: the same settings, a fresh password each time.
public struct Connector {
    public let settings: Settings
    /// Whether ``settings``' host is an Aurora DSQL endpoint: the one answer the session,
    /// its policies, listings, COPY batching, TLS negotiation and prompt use, decided once
    /// per connection target (by `ClusterEndpoint.isDSQLEndpoint`).
    public let isDSQLEndpoint: Bool
    public let trust: ResolvedTrust
    /// The session's password source: IAM tokens, or ordinary passwords with `--no-iam`.
    let passwordSource: any PasswordSource
    /// Ordinary passwords for a host that is not a DSQL endpoint when ``passwordSource``
    /// signs IAM tokens (`\connect` to such a host): a token is never sent there.
    let nonIAMPasswordSource: any PasswordSource
    /// Seconds libpq may spend on one connection attempt (TCP, TLS and authentication);
    /// nil leaves it to libpq (PGCONNECT_TIMEOUT).
    public let connectTimeout: Int?
    /// PGOPTIONS at startup, named when the server refuses a startup parameter (libpq sends it).
    let startupOptions: String?
    /// What opens each connection: ``Connection/open(_:password:)`` unless a test replaced it.
    public var opener: ConnectionOpener = { (parameters, password) throws(ConnectionError) in
        try Connection.open(parameters, password: password)
    }

    /// The connect timeout when PGCONNECT_TIMEOUT is not set.
    public static let defaultConnectTimeout = 10

    /// Resolves the trust policy against this machine's libpq and OpenSSL.
    public init(
        settings: Settings, environment: [String: String], passwordSource: any PasswordSource,
        nonIAMPasswordSource: (any PasswordSource)? = nil
    ) throws(ConnectFailure) {
        self.settings = settings
        isDSQLEndpoint = ClusterEndpoint.isDSQLEndpoint(settings.host)
        self.passwordSource = passwordSource
        self.nonIAMPasswordSource = nonIAMPasswordSource ?? LibpqPasswordSource()
        // Without a limit libpq waits forever for a server that accepts TCP but never answers;
        // PGCONNECT_TIMEOUT, when set, is left to libpq.
        connectTimeout = environment["PGCONNECT_TIMEOUT"].map { _ in nil } ?? Self.defaultConnectTimeout
        startupOptions = StartupOptionsAdvice.options(in: environment)
        do {
            trust = try settings.trustPolicy.resolve(
                libpqVersion: LibraryInfo.libpqVersion,
                environment: environment,
                openSSLDefaultCertFile: LibraryInfo.openSSLDefaultCertFile,
                isReadable: FileChecks.isReadableFile)
        } catch {
            throw .trust(error)
        }
    }

    /// The parameters every connection of this session uses.
    public var parameters: ConnectionParameters {
        ConnectionParameters(
            host: settings.host, hostAddress: settings.hostAddress, port: settings.port,
            user: settings.user, database: settings.database, trust: trust, connectTimeout: connectTimeout,
            applicationName: settings.applicationName,
            sslNegotiation: SSLNegotiation.keyword(
                requested: settings.sslNegotiation,
                isDSQLEndpoint: isDSQLEndpoint,
                libpqVersion: LibraryInfo.libpqVersion))
    }

    /// Whether connections to this host sign IAM tokens: an IAM session and a DSQL endpoint.
    public var usesIAM: Bool {
        passwordSource is IAMTokenSource && AuthenticationMode.decide(host: settings.host, noIAM: false) == .iam
    }

    /// The password source for this host.
    private var currentPasswordSource: any PasswordSource {
        passwordSource is IAMTokenSource && !usesIAM ? nonIAMPasswordSource : passwordSource
    }

    /// How the last connection authenticated (never a secret).
    public var authenticationSummary: String { currentPasswordSource.authenticationSummary }

    /// Opens a new connection with a new password.
    public func connect() throws(ConnectFailure) -> any DatabaseConnection {
        let passwordSource = currentPasswordSource
        let password: String?
        do {
            password = try passwordSource.password(host: settings.host, port: settings.port, user: settings.user)
        } catch {
            throw .password(error)
        }
        do {
            return try opener(parameters, password)
        } catch .passwordNeeded(let message) {
            guard let libpq = passwordSource as? LibpqPasswordSource, libpq.askForPassword(user: settings.user) else {
                throw .connection(.connectFailed(message))
            }
            return try connect()
        } catch {
            if let startupOptions, StartupOptionsAdvice.isParameterRefusal(error.description) {
                throw .startupParameterRefused(error, pgOptions: startupOptions)
            }
            throw .connection(error)
        }
    }
}
