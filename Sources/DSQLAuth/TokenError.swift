/// Why a token could not be generated.
public enum TokenError: Error, Sendable, Equatable, CustomStringConvertible {
    /// `X-Amz-Expires` must be 1…604800 seconds.
    case expiryOutOfRange(Int)
    /// The host name is empty or contains characters that cannot be in a host name.
    case invalidHost(String)
    /// The region is empty.
    case emptyRegion
    /// The role (user) name is empty.
    case emptyUser

    /// A message naming the bad value and the accepted range.
    public var description: String {
        switch self {
        case .expiryOutOfRange(let value):
            return
                "token lifetime \(value) s is out of range: it must be between 1 and \(SigV4Presigner.maximumExpiry) seconds (7 days)"
        case .invalidHost(let host):
            return "invalid host name \"\(host)\": expected a DSQL endpoint such as <cluster-id>.dsql.<region>.on.aws"
        case .emptyRegion:
            return "the AWS region is empty"
        case .emptyUser:
            return "the database role (user) is empty"
        }
    }
}
