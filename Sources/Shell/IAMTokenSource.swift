import DSQLAuth
import FoundationEssentials

/// Signs a new IAM auth token for every connection attempt.
public final class IAMTokenSource: PasswordSource {
    private let provider: TokenProvider
    private let region: String
    private let regionOrigin: RegionResolver.Origin
    private var lastToken: AuthToken?

    /// - Parameters:
    ///   - region: the region resolved at start-up.
    ///   - regionOrigin: where it came from; decides whether a new host (`\connect`)
    ///     may bring its own (see `signingRegion(for:)`).
    public init(provider: TokenProvider, region: String, regionOrigin: RegionResolver.Origin = .explicit) {
        self.provider = provider
        self.region = region
        self.regionOrigin = regionOrigin
    }

    public func password(host: String, port: Int, user: String) throws -> String? {
        let token = try provider.makeToken(host: host, region: signingRegion(for: host), user: user)
        lastToken = token
        return token.token
    }

    /// The region a token for `host` is signed for, by the start-up order of precedence.
    ///
    /// `--region` holds for every host. Otherwise the region in a new endpoint's name
    /// comes first (as it would had dsql been started with that host); a host without
    /// one keeps the region resolved at start-up.
    func signingRegion(for host: String) -> String {
        switch regionOrigin {
        case .explicit: region
        case .endpoint, .awsRegion, .awsDefaultRegion, .profile: RegionResolver.regionFromEndpoint(host) ?? region
        }
    }

    /// A warning when `--region` contradicts the region in `host`'s name (`\connect`).
    public func regionWarning(for host: String) -> String? {
        regionOrigin == .explicit ? RegionResolver.contradiction(explicit: region, endpoint: host) : nil
    }

    /// The token's action, region, expiry and credential source — never the token.
    public var authenticationSummary: String {
        guard let token = lastToken else { return "IAM auth token (none signed yet)" }
        let expiry = ISO8601.format(token.expiresAt)
        return
            "IAM auth token (\(token.action.rawValue), region \(token.region), expires \(expiry), credentials from \(token.credentialSource))"
    }
}

/// Whether a session signs IAM tokens or uses ordinary PostgreSQL passwords.
public enum AuthenticationMode: Equatable, Sendable {
    case iam
    case password

    /// IAM for DSQL endpoints (`*.dsql*.<region>.on.aws` or a bare cluster id) unless
    /// `--no-iam`; ordinary password authentication for every other host.
    public static func decide(host: String, noIAM: Bool) -> AuthenticationMode {
        if noIAM { return .password }
        if ClusterEndpoint.namesCluster(host) { return .iam }
        return .password
    }
}
