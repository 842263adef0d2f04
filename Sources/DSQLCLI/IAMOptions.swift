import ArgumentParser
import DSQLAuth

/// IAM options, shown under their own heading in `--help`.
struct IAMOptions: ParsableArguments {
    @Option(name: .customLong("region"), help: ArgumentHelp("AWS region for the token (default: the endpoint's own, else AWS_REGION, AWS_DEFAULT_REGION, the profile).", valueName: "region"))
    var region: String?

    @Option(name: .customLong("profile"), help: ArgumentHelp("AWS shared-config profile (or AWS_PROFILE).", valueName: "profile"), completion: .awsProfiles)
    var profile: String?

    // Optional, so the help states the default once (in the text, which the manual keeps too).
    @Option(name: .customLong("token-expires-in"), help: ArgumentHelp("Token lifetime in seconds, 1…604800 (default 900).", valueName: "seconds"))
    var tokenExpiresIn: Int?

    /// The token lifetime asked for, or the default.
    private var lifetime: Int { tokenExpiresIn ?? IAMSettings.defaultTokenLifetime }

    @Flag(name: .customLong("no-iam"), help: "Use PostgreSQL password auth (PGPASSWORD, ~/.pgpass) instead of IAM tokens. IAM is the default only for DSQL endpoints.")
    var noIAM = false

    /// The options as plain values.
    var settings: IAMSettings {
        IAMSettings(region: region, profile: profile, tokenExpiresIn: lifetime, noIAM: noIAM)
    }

    func validate() throws {
        guard IAMSettings.tokenLifetimes.contains(lifetime) else {
            throw ValidationError("--token-expires-in must be between 1 and 604800 seconds, not \(lifetime)")
        }
    }
}

/// The IAM choices of a command line, as plain values.
struct IAMSettings: Equatable {
    /// The token lifetime when none is given, in seconds.
    static let defaultTokenLifetime = TokenGenerator.defaultExpiry
    /// The token lifetimes DSQL accepts, in seconds.
    static let tokenLifetimes = TokenGenerator.expiries

    var region: String?
    var profile: String?
    var tokenExpiresIn = defaultTokenLifetime
    var noIAM = false
}
