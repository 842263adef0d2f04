import FoundationEssentials

/// Makes a fresh DSQL auth token for every connection attempt.
///
/// Credentials come from a (usually caching) provider; the token is signed at the
/// clock's current time and lives `expiresIn` seconds.
public struct TokenProvider: Sendable {
    /// Where the signing credentials come from.
    public let credentials: any CredentialProvider
    /// Token lifetime in seconds (1…604800).
    public let expiresIn: Int
    public let clock: WallClock

    /// A provider signing with `credentials`.
    ///
    /// - Throws: `TokenError.expiryOutOfRange` for a lifetime outside 1…604800.
    public init(
        credentials: any CredentialProvider, expiresIn: Int = TokenGenerator.defaultExpiry,
        clock: WallClock = .system
    ) throws(TokenError) {
        guard (1...SigV4Presigner.maximumExpiry).contains(expiresIn) else { throw .expiryOutOfRange(expiresIn) }
        self.credentials = credentials
        self.expiresIn = expiresIn
        self.clock = clock
    }

    /// The standard chain (see `CredentialChain.standard`) behind a refreshing cache.
    public static func standard(
        environment: [String: String], home: String, profile: String? = nil,
        expiresIn: Int = TokenGenerator.defaultExpiry,
        clock: WallClock = .system
    ) throws(TokenError) -> TokenProvider {
        let chain = CredentialChain.standard(environment: environment, home: home, profile: profile, clock: clock)
        return try TokenProvider(
            credentials: CachingCredentialProvider(chain, clock: clock),
            expiresIn: expiresIn, clock: clock)
    }

    /// A new token for connecting to `host` as `user`, signed for `region` now.
    public func makeToken(host: String, region: String, user: String) throws(AuthError) -> AuthToken {
        // Validate the cheap inputs before credentials (which may mean a child process or HTTP).
        guard !user.isEmpty else { throw .token(.emptyUser) }
        guard TokenGenerator.isPlausibleHost(host) else { throw .token(.invalidHost(host)) }
        guard !region.isEmpty else { throw .token(.emptyRegion) }
        let found: AWSCredentials?
        do {
            found = try credentials.resolve()
        } catch {
            throw .credentials(error)
        }
        guard let resolved = found else { throw .credentials(.noCredentials(tried: [credentials.name])) }
        let now = clock.now()
        let action = TokenAction(user: user)
        do {
            let token = try TokenGenerator().token(
                host: host, region: region, action: action, expiresIn: expiresIn,
                credentials: resolved, now: now)
            return AuthToken(
                token: token, host: host, region: region, user: user, action: action, issuedAt: now,
                expiresAt: now.addingTimeInterval(TimeInterval(expiresIn)),
                accessKeyId: resolved.accessKeyId, credentialSource: resolved.source,
                credentialExpiration: resolved.expiration)
        } catch {
            throw .token(error)
        }
    }
}
