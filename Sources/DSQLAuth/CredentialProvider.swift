/// A source of AWS credentials.
///
/// `resolve()` returns nil when the source is not configured (the chain moves on)
/// and throws when it is configured but broken (the chain stops, as the AWS SDKs do).
public protocol CredentialProvider: Sendable {
    /// A short name for "tried: …" messages.
    var name: String { get }
    /// The credentials, nil if this source is not configured, or a typed error.
    func resolve() throws(CredentialError) -> AWSCredentials?
}
