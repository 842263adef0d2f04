import Foundation
import Testing

@testable import DSQLAuth

@Suite struct SecretRedactionTests {
    static let secret = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYSECRETKEY"
    static let sessionToken = "IQoJb3JpZ2luSESSIONTOKEN+/="
    static let credentials = AWSCredentials(
        accessKeyId: "ASIAVISIBLE", secretAccessKey: secret,
        sessionToken: sessionToken, expiration: Date(timeIntervalSince1970: 2e9),
        source: .profile(name: "dev", file: "/h/.aws/credentials"))

    func assertClean(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(!text.contains(Self.secret), sourceLocation: sourceLocation)
        #expect(!text.contains(Self.sessionToken), sourceLocation: sourceLocation)
        #expect(!text.contains("SECRETKEY"), sourceLocation: sourceLocation)
        #expect(!text.contains("SESSIONTOKEN"), sourceLocation: sourceLocation)
    }

    @Test func credentialsNeverPrintTheirSecrets() {
        let c = Self.credentials
        for text in [c.description, c.debugDescription, "\(c)", String(reflecting: c), String(describing: [c])] {
            assertClean(text)
        }
        var dumped = ""
        dump(c, to: &dumped)
        assertClean(dumped)
        #expect(c.description.contains("ASIAVISIBLE"))
        #expect(c.description.contains("profile `dev`"))
    }

    @Test func tokensNeverPrintThemselves() throws {
        let provider = try TokenProvider(
            credentials: CredentialChain([StaticProvider(credentials: Self.credentials)]),
            clock: .fixed(Date(timeIntervalSince1970: 1.8e9)))
        let token = try provider.makeToken(
            host: "abcdefghijklmnopqrstuvwxyz.dsql.us-east-1.on.aws",
            region: "us-east-1", user: "admin")
        let signature = try #require(token.token.split(separator: "=").last.map(String.init))
        var dumped = ""
        dump(token, to: &dumped)
        for text in [token.description, token.debugDescription, "\(token)", String(reflecting: token), dumped] {
            assertClean(text)
            #expect(!text.contains(signature))
            #expect(!text.contains("X-Amz-Security-Token"))
        }
        #expect(token.description.contains("DbConnectAdmin"))
        #expect(token.description.contains("profile `dev`"))
    }

    @Test func noErrorMessageContainsASecret() {
        let errors: [any Error & CustomStringConvertible] = [
            CredentialError.partialEnvironment(missing: "AWS_SECRET_ACCESS_KEY"),
            CredentialError.profileNotFound(profile: "p", configPath: "c", credentialsPath: "k"),
            CredentialError.incompleteProfile(profile: "p", file: "f", missing: "aws_secret_access_key"),
            CredentialError.unreadableFile(path: "f", reason: "r"),
            CredentialError.malformedFile(INIError(file: "f", line: 1, reason: "r")),
            CredentialError.invalidProcessCommand(profile: "p", reason: "r"),
            CredentialError.processLaunchFailed(profile: "p", program: "x", reason: "r"),
            CredentialError.processFailed(profile: "p", status: 1, stderr: "e"),
            CredentialError.processTimedOut(profile: "p", seconds: 1),
            CredentialError.processOutputInvalid(profile: "p", reason: "r"),
            CredentialError.containerURINotAllowed("u"),
            CredentialError.containerFailed(endpoint: "e", reason: "r"),
            CredentialError.authorizationTokenFileUnreadable(path: "f"),
            CredentialError.instanceMetadataFailed(reason: "r"),
            CredentialError.needsAWSCLI(profile: "p", kind: "SSO"),
            CredentialError.awsCLITooOld(profile: "p", kind: "SSO", path: "/usr/bin/aws"),
            CredentialError.awsCLIFailed(profile: "p", kind: "SSO", status: 1, stderr: "e"),
            CredentialError.noCredentials(tried: ["a"]),
            TokenError.expiryOutOfRange(0), TokenError.invalidHost("h"), TokenError.emptyRegion, TokenError.emptyUser,
            RegionError.notFound(endpoint: nil, profile: "p"), RegionError.clusterIdNeedsRegion("c"),
            AuthError.token(.emptyUser),
        ]
        for error in errors {
            assertClean(error.description)
            assertClean(String(reflecting: error))
            #expect(!error.description.isEmpty)
        }
    }

    @Test func providerErrorsFromRealFailuresCarryNoSecret() throws {
        let home = try TemporaryDirectory()
        try home.write(".aws/credentials", "[dev]\naws_secret_access_key = \(Self.secret)\n")
        try home.write(".aws/config", "[profile bad]\n\(Self.secret)\n")
        for profile in ["dev", "bad"] {
            let chain = CredentialChain.standard(
                environment: ["AWS_EC2_METADATA_DISABLED": "true"], home: home.path,
                profile: profile)
            let error = #expect(throws: CredentialError.self) { try chain.resolve() }
            assertClean(error?.description ?? "")
        }
        let env = EnvironmentCredentialProvider(environment: ["AWS_SECRET_ACCESS_KEY": Self.secret])
        let error = #expect(throws: CredentialError.self) { try env.resolve() }
        assertClean(error?.description ?? "")
    }
}

/// A provider that always returns the same credentials.
struct StaticProvider: CredentialProvider {
    let credentials: AWSCredentials
    var name: String { "static" }
    func resolve() throws(CredentialError) -> AWSCredentials? { credentials }
}
