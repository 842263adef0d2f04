import ArgumentParser
import DSQLAuth

/// IAM options, shown under their own heading in `--help`; defined in `OptionTable.iam`.
struct IAMOptions: TableOptionGroup {
    @Option(OptionTable.region) var region: String?
    @Option(OptionTable.profile) var profile: String?
    // Optional, so the help states the default once (in the text, which the manual keeps too).
    @Option(OptionTable.tokenExpiresIn) var tokenExpiresIn: Int?
    @Flag(OptionTable.noIAM) var noIAM: Bool

    /// The token lifetime asked for, or the default.
    private var lifetime: Int { tokenExpiresIn ?? IAMSettings.defaultTokenLifetime }

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
