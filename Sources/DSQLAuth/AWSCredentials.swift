import FoundationEssentials

/// An AWS access key pair, an optional session token, where it came from and when it lapses.
///
/// `description` and `debugDescription` show only the access key id, the source and
/// the expiry: the secret key and the session token are never printed.
public struct AWSCredentials: Sendable, Equatable, CustomStringConvertible,
    CustomDebugStringConvertible, CustomReflectable
{
    /// The access key id (AKIA…/ASIA…); not secret.
    public let accessKeyId: String
    /// The secret access key.
    public let secretAccessKey: String
    /// The session token of temporary credentials.
    public let sessionToken: String?
    /// When temporary credentials lapse; nil for long-term keys.
    public let expiration: Date?
    /// Where the credentials came from.
    public let source: CredentialSource

    /// Credentials from their parts.
    public init(
        accessKeyId: String, secretAccessKey: String, sessionToken: String? = nil,
        expiration: Date? = nil, source: CredentialSource
    ) {
        self.accessKeyId = accessKeyId
        self.secretAccessKey = secretAccessKey
        self.sessionToken = sessionToken.flatMap { $0.isEmpty ? nil : $0 }
        self.expiration = expiration
        self.source = source
    }

    /// Whether the credentials lapse within `margin` seconds of `now`.
    public func expires(within margin: TimeInterval, of now: Date) -> Bool {
        guard let expiration else { return false }
        return expiration.timeIntervalSince(now) <= margin
    }

    /// The same credentials attributed to another source.
    public func with(source: CredentialSource) -> AWSCredentials {
        AWSCredentials(
            accessKeyId: accessKeyId, secretAccessKey: secretAccessKey,
            sessionToken: sessionToken, expiration: expiration, source: source)
    }

    /// Access key id, source and expiry; no secret.
    public var description: String {
        var text = "AWSCredentials(accessKeyId: \(accessKeyId), source: \(source)"
        if sessionToken != nil { text += ", temporary" }
        if let expiration { text += ", expires: \(ISO8601.format(expiration))" }
        return text + ")"
    }

    /// Same as `description`: the secret and the session token are redacted.
    public var debugDescription: String { description }

    /// Mirror without secrets, so `dump` and string interpolation of children stay safe.
    public var customMirror: Mirror {
        Mirror(
            self,
            children: [
                "accessKeyId": accessKeyId, "secretAccessKey": "<redacted>",
                "sessionToken": sessionToken == nil ? "nil" : "<redacted>",
                "expiration": expiration as Any, "source": source,
            ])
    }
}
