/// Where a set of credentials came from, for `\conninfo` and `dsql doctor`.
public enum CredentialSource: Sendable, Equatable, CustomStringConvertible {
    /// AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY (/ AWS_SESSION_TOKEN).
    case environment
    /// Static keys from a shared-file profile; `file` is the path they were read from.
    case profile(name: String, file: String)
    /// A profile's `credential_process`.
    case process(profile: String)
    /// The AWS CLI (`aws configure export-credentials`) for a role or SSO profile.
    case awsCLI(profile: String)
    /// The container credentials endpoint (ECS, EKS Pod Identity).
    case container
    /// EC2 instance metadata (IMDSv2) for the instance's role.
    case instanceMetadata(role: String)
    /// Credentials the caller supplied directly.
    case custom(String)

    /// A short human-readable name, e.g. "profile `dev` (/home/u/.aws/credentials)".
    public var description: String {
        switch self {
        case .environment: return "environment"
        case .profile(let name, let file): return "profile `\(name)` (\(file))"
        case .process(let profile): return "credential_process of profile `\(profile)`"
        case .awsCLI(let profile): return "AWS CLI export-credentials for profile `\(profile)`"
        case .container: return "container credentials endpoint"
        case .instanceMetadata(let role): return "EC2 instance metadata (role `\(role)`)"
        case .custom(let name): return name
        }
    }
}
