import DSQLAuth
import FoundationEssentials

/// Signs a new IAM auth token for every connection attempt.
public final class IAMTokenSource: PasswordSource {
    private let provider: TokenProvider
    private let region: String
    private var lastToken: AuthToken?

    public init(provider: TokenProvider, region: String) {
        self.provider = provider
        self.region = region
    }

    public func password(host: String, port: Int, user: String) throws -> String? {
        let token = try provider.makeToken(host: host, region: region, user: user)
        lastToken = token
        return token.token
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
