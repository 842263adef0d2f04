import ArgumentParser
import DSQLAuth
import FoundationEssentials
import Shell
import SystemSupport

/// `dsql token`: print one IAM auth token, like `aws dsql generate-db-connect-auth-token`.
struct TokenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "token",
        abstract: "Print an IAM auth token for a DSQL cluster and exit.",
        usage:
            "dsql token [--host <host>] [--region <region>] [--user <role>] [--expires-in <seconds>] [--profile <profile>]",
        discussion:
            "Prints the token and a newline on stdout, nothing else. admin signs DbConnectAdmin, other roles DbConnect.",
        helpNames: [.customShort("?"), .long])

    @Option(
        name: [.customShort("h"), .long],
        help: ArgumentHelp("Cluster endpoint or cluster id (or PGHOST).", valueName: "host"))
    var host: String?

    @Option(
        name: .customLong("region"),
        help: ArgumentHelp(
            "AWS region (default: the endpoint's own, AWS_REGION, AWS_DEFAULT_REGION, the profile).",
            valueName: "region"))
    var region: String?

    @Option(
        name: [.customShort("U"), .customLong("user"), .customLong("username")],
        help: ArgumentHelp("Role (default admin).", valueName: "role"))
    var user: String?

    // Optional, so the help states the default once (in the text, which the manual keeps too).
    @Option(
        name: .customLong("expires-in"),
        help: ArgumentHelp("Lifetime in seconds, 1…604800 (default 900).", valueName: "seconds"))
    var expiresInOption: Int?

    /// The token lifetime asked for, or the default.
    private var expiresIn: Int { expiresInOption ?? IAMSettings.defaultTokenLifetime }

    @Option(OptionTable.profile) var profile: String?

    func validate() throws {
        guard IAMSettings.tokenLifetimes.contains(expiresIn) else {
            throw ValidationError("--expires-in must be between 1 and 604800 seconds, not \(expiresIn)")
        }
    }

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        guard let host = host ?? environment["PGHOST"], !host.isEmpty else {
            throw ValidationError("no host given: pass --host ENDPOINT")
        }
        let home = HomeDirectory.path(environment: environment)
        let stderr = FileSink(descriptor: 2)
        defer { stderr.flush() }
        do {
            let target = try AuthTarget.resolve(
                hostOrClusterId: host, explicitRegion: region, environment: environment,
                home: home, profile: profile)
            if let warning = RegionResolver.contradiction(explicit: region, endpoint: target.host) {
                ConnectionSetup.warnOnStandardError(warning)
            }
            let provider = try TokenProvider.standard(
                environment: environment, home: home, profile: profile, expiresIn: expiresIn)
            let role = Settings.user(flag: user, environment: environment)
            let token = try provider.makeToken(host: target.host, region: target.region, user: role)
            let stdout = FileSink(descriptor: 1)
            stdout.write(token.token + "\n")
            stdout.flush()
        } catch {
            stderr.write("dsql: error: \(error)\n")
            throw ExitCode(ExitStatus.connectionFailure.rawValue)
        }
    }
}
