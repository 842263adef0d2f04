import Foundation
import Testing

@testable import DSQLAuth

@Suite struct ContainerCredentialTests {
    static let now = Date(timeIntervalSince1970: 1_790_000_000)
    /// The time limit for requests that should succeed: long, so a loaded machine running
    /// the whole suite cannot turn a slow answer into a failure (the timeout tests use 0.3 s).
    static let generous = 10.0
    static let body = """
        {"RoleArn":"arn:aws:iam::1:role/r","AccessKeyId":"ASIACONTAINER","SecretAccessKey":"CSECRET",\
        "Token":"ctoken","Expiration":"2026-09-21T15:00:00Z"}
        """

    @Test func relativeURIIsFetchedFromTheBaseWithTheAuthorizationToken() throws {
        let server = try TestHTTPServer { _ in (200, Self.body) }
        let provider = ContainerCredentialProvider(
            environment: [
                "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI": "/v2/credentials/abc",
                "AWS_CONTAINER_AUTHORIZATION_TOKEN": "Bearer xyz",
            ],
            clock: .fixed(Self.now), timeout: Self.generous, relativeBase: server.baseURL)
        let credentials = try #require(try provider.resolve())
        #expect(credentials.accessKeyId == "ASIACONTAINER")
        #expect(credentials.sessionToken == "ctoken")
        #expect(credentials.source == .container)
        #expect(credentials.expiration == ISO8601.parse("2026-09-21T15:00:00Z"))
        #expect(server.requests.map(\.path) == ["/v2/credentials/abc"])
        #expect(server.requests.first?.method == "GET")
        #expect(server.requests.first?.headers["authorization"] == "Bearer xyz")
    }

    @Test func fullURIOnLoopbackWithTokenFileWinsOverTokenVariable() throws {
        let server = try TestHTTPServer { _ in (200, Self.body) }
        let dir = try TemporaryDirectory()
        let tokenFile = try dir.write("token", "from-file\n")
        let provider = ContainerCredentialProvider(
            environment: [
                "AWS_CONTAINER_CREDENTIALS_FULL_URI": server.baseURL + "/creds?x=1",
                "AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE": tokenFile,
                "AWS_CONTAINER_AUTHORIZATION_TOKEN": "from-variable",
            ],
            clock: .fixed(Self.now), timeout: Self.generous)
        #expect(try provider.resolve()?.accessKeyId == "ASIACONTAINER")
        #expect(server.requests.first?.path == "/creds?x=1")
        #expect(server.requests.first?.headers["authorization"] == "from-file")
    }

    @Test(arguments: ["http://example.com/creds", "https://127.0.0.1/creds", "http://10.0.0.1/creds", "ftp://x"])
    func fullURIsOutsideTheAllowListAreRefusedWithoutContact(_ uri: String) {
        let provider = ContainerCredentialProvider(
            environment: ["AWS_CONTAINER_CREDENTIALS_FULL_URI": uri],
            clock: .fixed(Self.now))
        #expect(throws: CredentialError.containerURINotAllowed(uri)) { try provider.resolve() }
    }

    @Test func notConfiguredMeansNil() throws {
        #expect(try ContainerCredentialProvider(environment: [:], clock: .fixed(Self.now)).resolve() == nil)
    }

    @Test func httpErrorsAndBadBodiesAreTypedErrors() throws {
        let server = try TestHTTPServer { request in
            request.path == "/500" ? (500, "oops") : (200, "{\"AccessKeyId\": \"A\"}")
        }
        for (path, reason) in [("/500", "HTTP status 500"), ("/bad", "missing SecretAccessKey")] {
            let provider = ContainerCredentialProvider(
                environment: ["AWS_CONTAINER_CREDENTIALS_FULL_URI": server.baseURL + path], clock: .fixed(Self.now),
                timeout: Self.generous)
            #expect(throws: CredentialError.containerFailed(endpoint: server.baseURL + path, reason: reason)) {
                try provider.resolve()
            }
        }
    }

    @Test func aServerThatNeverAnswersTimesOutQuickly() throws {
        let server = try TestHTTPServer { _ in nil }
        let provider = ContainerCredentialProvider(
            environment: ["AWS_CONTAINER_CREDENTIALS_FULL_URI": server.baseURL + "/slow"],
            clock: .fixed(Self.now), timeout: 0.3)
        let start = Date()
        let error = #expect(throws: CredentialError.self) { try provider.resolve() }
        #expect(Date().timeIntervalSince(start) < 2)
        #expect(
            error == .containerFailed(endpoint: server.baseURL + "/slow", reason: "timed out waiting for the response"))
        server.stop()
    }

    @Test func aClosedPortFailsFast() throws {
        let server = try TestHTTPServer { _ in nil }
        let url = server.baseURL + "/x"
        server.stop()
        let provider = ContainerCredentialProvider(
            environment: ["AWS_CONTAINER_CREDENTIALS_FULL_URI": url],
            clock: .fixed(Self.now), timeout: 0.5)
        let error = #expect(throws: CredentialError.self) { try provider.resolve() }
        #expect(error?.description.contains("Connection refused") == true)
    }
}
