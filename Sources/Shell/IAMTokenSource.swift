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
    /// A region the user chose (`--region`, AWS_REGION, AWS_DEFAULT_REGION) holds for every
    /// host. One read from the first endpoint's name or from the profile gives way to the
    /// region in a new endpoint's name, as it would had dsql been started with that host.
    func signingRegion(for host: String) -> String {
        switch regionOrigin {
        case .explicit, .awsRegion, .awsDefaultRegion: region
        case .endpoint, .profile: RegionResolver.regionFromEndpoint(host) ?? region
        }
    }

    /// The token's action, region, expiry and credential source — never the token.
    public var authenticationSummary: String {
        guard let token = lastToken else { return "IAM auth token (none signed yet)" }
        let expiry = ISO8601.format(token.expiresAt)
        return "IAM auth token (\(token.action.rawValue), region \(token.region), expires \(expiry), credentials from \(token.credentialSource))"
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
        if ClusterEndpoint.isClusterId(host) || RegionResolver.regionFromEndpoint(host) != nil { return .iam }
        return .password
    }
}
