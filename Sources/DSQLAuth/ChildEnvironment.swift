/// The environment handed to credential child processes, without secrets.
///
/// DESIGN.md: secrets never reach child-process environments. Static keys, session
/// tokens, the container authorization token and PGPASSWORD are removed. A role
/// profile with `credential_source = Environment` needs the AWS CLI to see the
/// environment's key pair, so that one case keeps the AWS keys.
public enum ChildEnvironment {
    /// Variables that hold AWS key material.
    static let awsKeys: Set<String> = [
        "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_SECURITY_TOKEN",
        "AWS_CREDENTIAL_EXPIRATION",
    ]
    /// Other secrets dsql may see that no credential helper needs.
    static let otherSecrets: Set<String> = ["AWS_CONTAINER_AUTHORIZATION_TOKEN", "PGPASSWORD"]

    /// Every variable this type removes: AWS key material and the other secrets.
    public static var secretNames: Set<String> { awsKeys.union(otherSecrets) }

    /// `environment` without secrets (keeping the AWS key pair when `keepAWSKeys`).
    static func scrub(_ environment: [String: String], keepAWSKeys: Bool = false) -> [String: String] {
        environment.filter { key, _ in
            !otherSecrets.contains(key) && (keepAWSKeys || !awsKeys.contains(key))
        }
    }
}
