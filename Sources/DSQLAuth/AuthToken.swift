import FoundationEssentials

/// A DSQL IAM auth token (the connection password) and what `\conninfo` may show about it.
///
/// `description` shows the metadata only: the token itself is a bearer secret.
public struct AuthToken: Sendable, Equatable, CustomStringConvertible, CustomDebugStringConvertible,
    CustomReflectable
{
    /// The password to send: `<host>/?Action=…&X-Amz-Signature=…`. Secret.
    public let token: String
    /// The host the token was signed for.
    public let host: String
    /// The signing region.
    public let region: String
    /// The database role.
    public let user: String
    /// `DbConnectAdmin` or `DbConnect`.
    public let action: TokenAction
    /// When the token was signed.
    public let issuedAt: Date
    /// When the token stops being accepted for new connections.
    public let expiresAt: Date
    /// The access key id that signed it (not secret).
    public let accessKeyId: String
    /// Where the signing credentials came from.
    public let credentialSource: CredentialSource
    /// When the signing credentials lapse, if they do.
    public let credentialExpiration: Date?

    /// Metadata only; the token is never shown.
    public var description: String {
        "AuthToken(action: \(action), user: \(user), host: \(host), region: \(region), "
            + "expires: \(ISO8601.format(expiresAt)), credentials: \(credentialSource))"
    }

    public var debugDescription: String { description }

    /// Mirror without the token, so `dump` stays safe.
    public var customMirror: Mirror {
        Mirror(
            self,
            children: [
                "token": "<redacted>", "host": host, "region": region, "user": user, "action": action,
                "issuedAt": issuedAt, "expiresAt": expiresAt, "accessKeyId": accessKeyId,
                "credentialSource": credentialSource,
            ])
    }
}
