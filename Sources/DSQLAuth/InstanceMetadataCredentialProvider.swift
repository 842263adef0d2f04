/// Credentials of the EC2 instance's role through IMDSv2.
///
/// PUT /latest/api/token, then GET the role name and its credentials with the
/// token. A 403/404/405 to the token request falls back to IMDSv1 as the SDKs do
/// (unless AWS_EC2_METADATA_V1_DISABLED is true). A token request that times out
/// does not fall back: it means there is no metadata service, and waiting twice
/// would only slow every non-EC2 start.
/// An unreachable or silent service means "not on EC2" (nil), never a hang:
/// every request has a connect and a read timeout.
public struct InstanceMetadataCredentialProvider: CredentialProvider {
    /// The default IPv4 endpoint.
    public static let defaultEndpoint = "http://169.254.169.254"
    static let credentialsPath = "/latest/meta-data/iam/security-credentials/"

    public let environment: [String: String]
    public let clock: WallClock
    /// Seconds to connect, and then to receive each response.
    public let timeout: Double
    public var name: String { "EC2 instance metadata" }

    /// A provider configured by AWS_EC2_METADATA_DISABLED and AWS_EC2_METADATA_SERVICE_ENDPOINT(_MODE).
    public init(environment: [String: String], clock: WallClock, timeout: Double = 1) {
        self.environment = environment
        self.clock = clock
        self.timeout = timeout
    }

    /// Whether AWS_EC2_METADATA_DISABLED turns the service off.
    var isDisabled: Bool {
        environment["AWS_EC2_METADATA_DISABLED"]?.lowercased() == "true"
    }

    /// The service endpoint the environment selects.
    func endpoint() throws(CredentialError) -> HTTPURL {
        var text = Self.defaultEndpoint
        if let custom = environment["AWS_EC2_METADATA_SERVICE_ENDPOINT"], !custom.isEmpty {
            text = custom
        } else if environment["AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE"]?.lowercased() == "ipv6" {
            text = "http://[fd00:ec2::254]"
        }
        guard let url = HTTPURL(text) else {
            throw .instanceMetadataFailed(reason: "AWS_EC2_METADATA_SERVICE_ENDPOINT \(text) is not an http:// URL")
        }
        return url
    }

    public func resolve() throws(CredentialError) -> AWSCredentials? {
        guard !isDisabled else { return nil }
        let base = try endpoint()
        let client = HTTPClient(connectTimeout: timeout, readTimeout: timeout)
        var headers: [(String, String)] = []
        do {
            let tokenResponse = try client.send(
                "PUT", base.with(path: "/latest/api/token"),
                headers: [("X-aws-ec2-metadata-token-ttl-seconds", "21600")])
            switch tokenResponse.status {
            case 200: headers = [("X-aws-ec2-metadata-token", tokenResponse.text.trimmingWhitespace)]
            case 403, 404, 405: // IMDSv1 only, unless AWS_EC2_METADATA_V1_DISABLED forbids it
                if environment["AWS_EC2_METADATA_V1_DISABLED"]?.lowercased() == "true" { return nil }
            default: return nil
            }
        } catch {
            return nil // not on EC2 (or the service is unreachable): the chain moves on
        }
        let role: String
        do {
            let roles = try client.send("GET", base.with(path: Self.credentialsPath), headers: headers)
            guard roles.status == 200 else {
                if roles.status == 404 { return nil } // no role attached to the instance
                throw CredentialError.instanceMetadataFailed(reason: "listing the role returned HTTP \(roles.status)")
            }
            guard let first = roles.text.split(whereSeparator: \.isNewline).first else { return nil }
            role = String(first).trimmingWhitespace
        } catch let error as CredentialError {
            throw error
        } catch {
            throw .instanceMetadataFailed(reason: "listing the role: \(Self.describe(error))")
        }
        guard URIEncoding.encode(role) == role else {
            throw .instanceMetadataFailed(reason: "the role name has unexpected characters")
        }
        let response: HTTPClient.Response
        do {
            response = try client.send("GET", base.with(path: Self.credentialsPath + role), headers: headers)
        } catch {
            throw .instanceMetadataFailed(reason: "fetching credentials for role \(role): \(Self.describe(error))")
        }
        guard response.status == 200 else {
            throw .instanceMetadataFailed(
                reason: "fetching credentials for role \(role) returned HTTP \(response.status)")
        }
        do {
            return try EndpointCredentialParser.parse(
                response.body, source: .instanceMetadata(role: role), now: clock.now())
        } catch {
            throw .instanceMetadataFailed(reason: error.reason)
        }
    }

    private static func describe(_ error: any Error) -> String {
        if let failure = error as? HTTPFailure { return ContainerCredentialProvider.describe(failure) }
        return "\(error)"
    }
}
