import DSQLAuth
import FoundationEssentials
import Glibc
import PostgresClient
import Shell
import SystemSupport

/// Turns options and the environment into a connector: settings, host expansion,
/// region, trust policy and the password source.
struct ConnectionSetup {
    /// A setup failure with the exit status it deserves.
    struct Failure: Error {
        var message: String
        var status: ExitStatus
    }

    /// The connection flags, with the endpoint argument already standing in for a missing `-h`.
    var flags: ConnectionFlags
    var iam: IAMSettings
    /// `-w` (never ask) or `-W` (ask before connecting); psql's default asks when the server wants one.
    var passwordPrompt: PasswordPromptMode = .whenAsked

    /// psql's `-w` / `-W` choice.
    enum PasswordPromptMode: Equatable {
        case whenAsked
        case never
        case beforeConnecting
    }

    /// Password auth through libpq; asks on the terminal when stdin is one, as psql does.
    ///
    /// A password from a connection string or service file stands where PGPASSWORD would.
    private func libpqPasswordSource(environment: [String: String], settings: Settings) -> LibpqPasswordSource {
        let password = settings.password ?? environment["PGPASSWORD"]
        guard passwordPrompt != .never, isatty(STDIN_FILENO) == 1 else {
            return LibpqPasswordSource(environmentPassword: password)
        }
        let ask: (String) -> String? = { text in PasswordPrompt.read(text) }
        let source = LibpqPasswordSource(environmentPassword: password, prompt: ask)
        if passwordPrompt == .beforeConnecting { _ = source.askForPassword(user: settings.user) }
        return source
    }

    /// Writes a warning line to stderr.
    static func warnOnStandardError(_ message: String) {
        let stderr = FileSink(descriptor: STDERR_FILENO)
        stderr.write("dsql: warning: \(message)\n")
        stderr.flush()
    }

    /// Resolves everything needed to connect; nothing is contacted yet.
    ///
    /// - Parameter warn: told, before any connection, when `--region` contradicts the endpoint.
    func makeConnector(
        environment: [String: String],
        warn: (String) -> Void = ConnectionSetup.warnOnStandardError
    ) throws(Failure) -> Connector {
        var settings: Settings
        do {
            settings = try Settings.resolve(flags: flags, environment: environment)
            try SSLNegotiation.check(
                requested: settings.sslNegotiation, libpqVersion: LibraryInfo.libpqVersion,
                libpqVersionText: LibraryInfo.libpqVersionText)
        } catch {
            // No host at all is a connection that cannot be made: psql exits 2 then too.
            // No host at all, an unreadable connection string or a missing service is a connection
            // that cannot be made: psql exits 2 then too.
            throw Failure(message: "\(error)", status: Self.status(for: error))
        }
        let mode = AuthenticationMode.decide(host: settings.host, noIAM: iam.noIAM)
        if mode == .iam, settings.password != nil {
            throw Failure(message: "\(SettingsError.passwordWithIAM)", status: .failure)
        }
        if mode == .iam, passwordPrompt == .beforeConnecting {
            throw Failure(
                message:
                    "-W/--password: IAM authentication sends a freshly signed token, never a typed password; pass --no-iam for PostgreSQL password authentication",
                status: .failure)
        }
        do {
            try HostKind.check(settings.host, usesIAM: mode == .iam)
        } catch {
            throw Failure(message: "\(error)", status: .failure)
        }
        let home = HomeDirectory.path(environment: environment)
        let passwordSource: any PasswordSource
        do {
            if mode == .iam || ClusterEndpoint.isClusterId(settings.host) {
                let target = try AuthTarget.resolve(
                    hostOrClusterId: settings.host, explicitRegion: iam.region,
                    environment: environment, home: home, profile: iam.profile)
                settings.host = target.host
                if mode == .iam, let warning = RegionResolver.contradiction(explicit: iam.region, endpoint: target.host)
                {
                    warn(warning)
                }
                if mode == .iam {
                    let provider = try TokenProvider.standard(
                        environment: environment, home: home, profile: iam.profile,
                        expiresIn: iam.tokenExpiresIn)
                    passwordSource = IAMTokenSource(
                        provider: provider, region: target.region, regionOrigin: target.regionOrigin)
                } else {
                    passwordSource = libpqPasswordSource(environment: environment, settings: settings)
                }
            } else {
                passwordSource = libpqPasswordSource(environment: environment, settings: settings)
            }
        } catch {
            throw Failure(message: "\(error)", status: .connectionFailure)
        }
        do {
            return try Connector(
                settings: settings, environment: environment, passwordSource: passwordSource,
                nonIAMPasswordSource: passwordSource as? LibpqPasswordSource
                    ?? libpqPasswordSource(environment: environment, settings: settings))
        } catch {
            throw Failure(message: "\(error)", status: .connectionFailure)
        }
    }
}

extension ConnectionSetup {
    /// The exit status for a settings failure: 2 when psql would fail to connect, else 1.
    static func status(for error: any Error) -> ExitStatus {
        switch error as? SettingsError {
        case .missingHost, .invalidConnectionString, .service: .connectionFailure
        default: .failure
        }
    }

    /// The setup for a subcommand's parsed option groups.
    init(endpoint: String?, connection: ConnectionOptions, tls: TLSOptions, iam: IAMOptions) {
        self.init(flags: connection.flags(endpoint: endpoint, tls: tls), iam: iam.settings)
    }
}
