import FoundationEssentials

/// Generates DSQL IAM auth tokens from credentials: pure, with the time passed in.
public struct TokenGenerator: Sendable {
    /// The default token lifetime: 900 seconds.
    public static let defaultExpiry = 900
    /// The token lifetimes a presigned token may have, in seconds (SigV4's `X-Amz-Expires`).
    public static let expiries = 1...SigV4Presigner.maximumExpiry

    /// A token generator.
    public init() {}

    /// A token for connecting to `host` as `user`, signed at `now`.
    ///
    /// The result is byte-identical to botocore's
    /// `generate_db_connect_admin_auth_token` / `generate_db_connect_auth_token`.
    public func token(
        host: String, region: String, action: TokenAction,
        expiresIn: Int = TokenGenerator.defaultExpiry,
        credentials: AWSCredentials, now: Date
    ) throws(TokenError) -> String {
        guard Self.isPlausibleHost(host) else { throw .invalidHost(host) }
        let presigner = SigV4Presigner(service: "dsql", region: region)
        return try presigner.presign(
            host: host, leadingParameters: [("Action", action.rawValue)],
            expiresIn: expiresIn, credentials: credentials, date: now)
    }

    /// A token for connecting to `host` as the database role `user`: `DbConnectAdmin`
    /// for `admin`, `DbConnect` for any other role.
    public func token(
        host: String, region: String, user: String,
        expiresIn: Int = TokenGenerator.defaultExpiry,
        credentials: AWSCredentials, now: Date
    ) throws(TokenError) -> String {
        guard !user.isEmpty else { throw .emptyUser }
        return try token(
            host: host, region: region, action: TokenAction(user: user), expiresIn: expiresIn,
            credentials: credentials, now: now)
    }

    /// Whether `host` is non-empty and made of host-name characters (letters, digits, `-._:[]`).
    static func isPlausibleHost(_ host: String) -> Bool {
        !host.isEmpty
            && host.utf8.allSatisfy { c in
                (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)
                    || c == UInt8(ascii: "-") || c == UInt8(ascii: ".") || c == UInt8(ascii: "_")
                    || c == UInt8(ascii: ":") || c == UInt8(ascii: "[") || c == UInt8(ascii: "]")
            }
    }
}
