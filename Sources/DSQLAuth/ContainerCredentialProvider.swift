/// Credentials from the container endpoint (ECS task roles, EKS Pod Identity).
///
/// AWS_CONTAINER_CREDENTIALS_RELATIVE_URI is appended to http://169.254.170.2;
/// otherwise AWS_CONTAINER_CREDENTIALS_FULL_URI is used if it is plain http to a
/// loopback address or a container-credentials link-local address. The
/// Authorization header comes from AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE, else
/// AWS_CONTAINER_AUTHORIZATION_TOKEN.
public struct ContainerCredentialProvider: CredentialProvider {
    /// The fixed ECS endpoint relative URIs are resolved against.
    public static let ecsBase = "http://169.254.170.2"

    public let environment: [String: String]
    public let clock: WallClock
    public let fileReader: FileReader
    /// Seconds to connect, and then to receive the response.
    public let timeout: Double
    /// The base for relative URIs (tests point it at loopback).
    public let relativeBase: String
    public var name: String { "container endpoint" }

    /// A provider configured by `environment`.
    public init(
        environment: [String: String], clock: WallClock, fileReader: FileReader = .local,
        timeout: Double = 1, relativeBase: String = ContainerCredentialProvider.ecsBase
    ) {
        self.environment = environment
        self.clock = clock
        self.fileReader = fileReader
        self.timeout = timeout
        self.relativeBase = relativeBase
    }

    public func resolve() throws(CredentialError) -> AWSCredentials? {
        guard let url = try endpoint() else { return nil }
        var headers: [(String, String)] = []
        if let token = try authorizationToken() { headers.append(("Authorization", token)) }
        let client = HTTPClient(connectTimeout: timeout, readTimeout: timeout)
        let response: HTTPClient.Response
        do {
            response = try client.send("GET", url, headers: headers)
        } catch {
            throw .containerFailed(endpoint: url.description, reason: Self.describe(error))
        }
        guard response.status == 200 else {
            throw .containerFailed(endpoint: url.description, reason: "HTTP status \(response.status)")
        }
        do {
            return try EndpointCredentialParser.parse(response.body, source: .container, now: clock.now())
        } catch {
            throw .containerFailed(endpoint: url.description, reason: error.reason)
        }
    }

    /// The endpoint from the environment, nil if neither variable is set.
    func endpoint() throws(CredentialError) -> HTTPURL? {
        if let relative = environment["AWS_CONTAINER_CREDENTIALS_RELATIVE_URI"], !relative.isEmpty {
            let path = relative.hasPrefix("/") ? relative : "/" + relative
            guard let url = HTTPURL(relativeBase + path) else { throw .containerURINotAllowed(relativeBase + path) }
            return url
        }
        guard let full = environment["AWS_CONTAINER_CREDENTIALS_FULL_URI"], !full.isEmpty else { return nil }
        guard let url = HTTPURL(full), Self.isAllowedHost(url.host) else { throw .containerURINotAllowed(full) }
        return url
    }

    /// Loopback, or one of the container-credentials link-local addresses.
    static func isAllowedHost(_ host: String) -> Bool {
        let lower = host.lowercased()
        if lower == "localhost" || lower == "::1" || lower.hasPrefix("127.") { return true }
        return ["169.254.170.2", "169.254.170.23", "fd00:ec2::23"].contains(lower)
    }

    /// The Authorization header value, from the token file or the variable.
    func authorizationToken() throws(CredentialError) -> String? {
        var token: String?
        if let path = environment["AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE"], !path.isEmpty {
            let text: String?
            do { text = try fileReader.read(path) } catch { throw .authorizationTokenFileUnreadable(path: path) }
            guard let text else { throw .authorizationTokenFileUnreadable(path: path) }
            token = text.trimmingWhitespace
        } else if let value = environment["AWS_CONTAINER_AUTHORIZATION_TOKEN"], !value.isEmpty {
            token = value
        }
        if let token, token.contains("\r") || token.contains("\n") {
            throw .containerFailed(endpoint: "(not contacted)", reason: "the authorization token contains a line break")
        }
        return token
    }

    /// A socket failure as text (it never contains request headers).
    static func describe(_ error: HTTPFailure) -> String {
        error.text
    }
}
