/// Any failure on the way to a token: credentials, region or the token itself.
public enum AuthError: Error, Sendable, Equatable, CustomStringConvertible {
    case credentials(CredentialError)
    case region(RegionError)
    case token(TokenError)

    /// The underlying error's message (never a secret).
    public var description: String {
        switch self {
        case .credentials(let error): return error.description
        case .region(let error): return error.description
        case .token(let error): return error.description
        }
    }
}
