import Foundation
import Testing

@testable import DSQLAuth

@Suite struct InstanceMetadataTests {
    static let now = Date(timeIntervalSince1970: 1_790_000_000)
    static let credentials = """
        {"Code":"Success","LastUpdated":"2026-09-21T13:00:00Z","Type":"AWS-HMAC","AccessKeyId":"ASIAIMDS",\
        "SecretAccessKey":"ISECRET","Token":"itoken","Expiration":"2026-09-21T19:00:00Z"}
        """

    /// An IMDSv2 server: the token PUT must come first and the token must accompany each GET.
    static func imds(tokenStatus: Int = 200) throws -> TestHTTPServer {
        try TestHTTPServer { request in
            switch (request.method, request.path) {
            case ("PUT", "/latest/api/token"):
                guard request.headers["x-aws-ec2-metadata-token-ttl-seconds"] == "21600" else { return (400, "") }
                return (tokenStatus, "TOKEN123")
            case ("GET", let path) where path.hasPrefix("/latest/meta-data/iam/security-credentials/"):
                if tokenStatus == 200, request.headers["x-aws-ec2-metadata-token"] != "TOKEN123" { return (401, "") }
                return path.hasSuffix("/")
                    ? (200, "my-role\n") : path.hasSuffix("/my-role") ? (200, credentials) : (404, "")
            default:
                return (404, "")
            }
        }
    }

    /// A provider for `server`; the default time limit is long so a loaded machine cannot
    /// fail a request that should succeed (the silent-service test passes 0.3 s).
    func provider(_ server: TestHTTPServer, timeout: Double = 10) -> InstanceMetadataCredentialProvider {
        InstanceMetadataCredentialProvider(
            environment: ["AWS_EC2_METADATA_SERVICE_ENDPOINT": server.baseURL],
            clock: .fixed(Self.now), timeout: timeout)
    }

    @Test func imdsV2TokenFlowYieldsRoleCredentials() throws {
        let server = try Self.imds()
        let credentials = try #require(try provider(server).resolve())
        #expect(credentials.accessKeyId == "ASIAIMDS")
        #expect(credentials.sessionToken == "itoken")
        #expect(credentials.source == .instanceMetadata(role: "my-role"))
        #expect(
            server.requests.map { "\($0.method) \($0.path)" } == [
                "PUT /latest/api/token",
                "GET /latest/meta-data/iam/security-credentials/",
                "GET /latest/meta-data/iam/security-credentials/my-role",
            ])
    }

    @Test func forbiddenTokenRequestFallsBackToIMDSv1() throws {
        let server = try Self.imds(tokenStatus: 403)
        #expect(try provider(server).resolve()?.accessKeyId == "ASIAIMDS")
        #expect(server.requests.dropFirst().allSatisfy { $0.headers["x-aws-ec2-metadata-token"] == nil })
    }

    @Test func imdsV1FallbackCanBeDisabled() throws {
        let server = try Self.imds(tokenStatus: 403)
        let provider = InstanceMetadataCredentialProvider(
            environment: ["AWS_EC2_METADATA_SERVICE_ENDPOINT": server.baseURL, "AWS_EC2_METADATA_V1_DISABLED": "true"],
            clock: .fixed(Self.now))
        #expect(try provider.resolve() == nil)
        #expect(server.requests.count == 1)
    }

    @Test func disabledByEnvironmentContactsNothing() throws {
        let server = try Self.imds()
        let provider = InstanceMetadataCredentialProvider(
            environment: ["AWS_EC2_METADATA_SERVICE_ENDPOINT": server.baseURL, "AWS_EC2_METADATA_DISABLED": "TRUE"],
            clock: .fixed(Self.now))
        #expect(try provider.resolve() == nil)
        #expect(server.requests.isEmpty)
    }

    @Test func aSilentServiceMeansNotOnEC2AndReturnsQuickly() throws {
        let server = try TestHTTPServer { _ in nil }
        let start = Date()
        #expect(try provider(server, timeout: 0.3).resolve() == nil)
        #expect(Date().timeIntervalSince(start) < 2)
        server.stop()
    }

    @Test func noRoleAttachedMeansNil() throws {
        let server = try TestHTTPServer { request in request.method == "PUT" ? (200, "T") : (404, "") }
        #expect(try provider(server).resolve() == nil)
    }

    @Test func failedCredentialsAreATypedError() throws {
        let server = try TestHTTPServer { request in
            if request.method == "PUT" { return (200, "T") }
            return request.path.hasSuffix("/") ? (200, "r") : (200, "{\"Code\":\"AssumeRoleUnauthorizedAccess\"}")
        }
        #expect(
            throws: CredentialError.instanceMetadataFailed(reason: "the response has Code AssumeRoleUnauthorizedAccess")
        ) {
            try provider(server).resolve()
        }
    }

    @Test func chainFallsThroughToInstanceMetadata() throws {
        let server = try Self.imds()
        let home = try TemporaryDirectory()
        let chain = CredentialChain.standard(
            environment: ["AWS_EC2_METADATA_SERVICE_ENDPOINT": server.baseURL],
            home: home.path, clock: .fixed(Self.now))
        #expect(try chain.resolve()?.source == .instanceMetadata(role: "my-role"))
    }

    @Test(
        arguments: [
            ("http://127.0.0.1:8080/", "127.0.0.1", 8080, "/"),
            ("http://[::1]:9/a?b", "::1", 9, "/a?b"),
            ("http://localhost", "localhost", 80, "/"),
        ] as [(String, String, UInt16, String)])
    func urlsParse(_ text: String, _ host: String, _ port: UInt16, _ path: String) throws {
        let url = try #require(HTTPURL(text))
        #expect(url.host == host)
        #expect(url.port == port)
        #expect(url.path == path)
    }
}
