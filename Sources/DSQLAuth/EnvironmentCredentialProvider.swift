/// Credentials from AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN.
public struct EnvironmentCredentialProvider: CredentialProvider {
    /// The environment to read.
    public let environment: [String: String]
    public var name: String { "environment" }

    /// A provider reading `environment`.
    public init(environment: [String: String]) {
        self.environment = environment
    }

    public func resolve() throws(CredentialError) -> AWSCredentials? {
        let id = environment["AWS_ACCESS_KEY_ID"].flatMap { $0.isEmpty ? nil : $0 }
        let secret = environment["AWS_SECRET_ACCESS_KEY"].flatMap { $0.isEmpty ? nil : $0 }
        switch (id, secret) {
        case (nil, nil): return nil
        case (_?, nil): throw .partialEnvironment(missing: "AWS_SECRET_ACCESS_KEY")
        case (nil, _?): throw .partialEnvironment(missing: "AWS_ACCESS_KEY_ID")
        case (let id?, let secret?):
            let token = environment["AWS_SESSION_TOKEN"] ?? environment["AWS_SECURITY_TOKEN"]
            let expiry = environment["AWS_CREDENTIAL_EXPIRATION"].flatMap(ISO8601.parse)
            return AWSCredentials(
                accessKeyId: id, secretAccessKey: secret, sessionToken: token,
                expiration: expiry, source: .environment)
        }
    }
}
