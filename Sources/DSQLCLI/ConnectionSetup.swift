import DSQLAuth
import FoundationEssentials
import Glibc
import PostgresClient
import Shell

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

    /// Password auth through libpq; asks on the terminal when stdin is one, as psql does.
    private func libpqPasswordSource(environment: [String: String]) -> LibpqPasswordSource {
        let password = environment["PGPASSWORD"]
        guard isatty(STDIN_FILENO) == 1 else { return LibpqPasswordSource(environmentPassword: password) }
        let ask: (String) -> String? = { text in PasswordPrompt.read(text) }
        return LibpqPasswordSource(environmentPassword: password, prompt: ask)
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
    func makeConnector(environment: [String: String],
                       warn: (String) -> Void = ConnectionSetup.warnOnStandardError) throws(Failure) -> Connector {
        var settings: Settings
        do {
            settings = try Settings.resolve(flags: flags, environment: environment)
            try SSLNegotiation.check(requested: settings.sslNegotiation, libpqVersion: LibraryInfo.libpqVersion,
                                     libpqVersionText: LibraryInfo.libpqVersionText)
        } catch {
            // No host at all is a connection that cannot be made: psql exits 2 then too.
            throw Failure(message: "\(error)", status: error as? SettingsError == .missingHost ? .connectionFailure : .failure)
        }
        let mode = AuthenticationMode.decide(host: settings.host, noIAM: iam.noIAM)
        do {
            try HostKind.check(settings.host, usesIAM: mode == .iam)
        } catch {
            throw Failure(message: "\(error)", status: .failure)
        }
        let home = HomeDirectory.path(environment: environment)
        let passwordSource: any PasswordSource
        do {
            if mode == .iam || ClusterEndpoint.isClusterId(settings.host) {
                let target = try AuthTarget.resolve(hostOrClusterId: settings.host, explicitRegion: iam.region,
                                                    environment: environment, home: home, profile: iam.profile)
                settings.host = target.host
                if mode == .iam, let warning = RegionResolver.contradiction(explicit: iam.region, endpoint: target.host) { warn(warning) }
                if mode == .iam {
                    let provider = try TokenProvider.standard(environment: environment, home: home, profile: iam.profile,
                                                              expiresIn: iam.tokenExpiresIn)
                    passwordSource = IAMTokenSource(provider: provider, region: target.region, regionOrigin: target.regionOrigin)
                } else {
                    passwordSource = libpqPasswordSource(environment: environment)
                }
            } else {
                passwordSource = libpqPasswordSource(environment: environment)
            }
        } catch {
            throw Failure(message: "\(error)", status: .connectionFailure)
        }
        do {
            return try Connector(settings: settings, environment: environment, passwordSource: passwordSource,
                                 nonIAMPasswordSource: libpqPasswordSource(environment: environment))
        } catch {
            throw Failure(message: "\(error)", status: .connectionFailure)
        }
    }
}

extension ConnectionSetup {
    /// The setup for a subcommand's parsed option groups.
    init(endpoint: String?, connection: ConnectionOptions, tls: TLSOptions, iam: IAMOptions) {
        self.init(flags: connection.flags(endpoint: endpoint, tls: tls), iam: iam.settings)
    }
}
