import Foundation
import Testing

@testable import DSQLAuth

@Suite struct CredentialChainTests {
    /// Environment that keeps the chain away from any network endpoint.
    static let offline = ["AWS_EC2_METADATA_DISABLED": "true", "PATH": "/usr/bin:/bin"]

    @Test func environmentVariablesComeFirst() throws {
        let home = try TemporaryDirectory()
        try home.write(".aws/credentials", "[default]\naws_access_key_id = AKIDFILE\naws_secret_access_key = s\n")
        var environment = Self.offline
        environment["AWS_ACCESS_KEY_ID"] = "AKIDENV"
        environment["AWS_SECRET_ACCESS_KEY"] = "secret"
        environment["AWS_SESSION_TOKEN"] = "tok"
        let credentials = try #require(
            try CredentialChain.standard(environment: environment, home: home.path).resolve())
        #expect(credentials.accessKeyId == "AKIDENV")
        #expect(credentials.sessionToken == "tok")
        #expect(credentials.source == .environment)
    }

    @Test(arguments: [("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"), ("AWS_SECRET_ACCESS_KEY", "AWS_ACCESS_KEY_ID")])
    func halfAKeyPairInTheEnvironmentIsAnError(_ present: String, _ missing: String) {
        let provider = EnvironmentCredentialProvider(environment: [present: "x"])
        #expect(throws: CredentialError.partialEnvironment(missing: missing)) { try provider.resolve() }
    }

    @Test func defaultProfileFromCredentialsFileThenConfigFile() throws {
        let home = try TemporaryDirectory()
        try home.write(".aws/config", "[default]\naws_access_key_id = AKIDCONFIG\naws_secret_access_key = c\n")
        let fromConfig = try #require(
            try CredentialChain.standard(environment: Self.offline, home: home.path).resolve())
        #expect(fromConfig.accessKeyId == "AKIDCONFIG")
        #expect(fromConfig.source == .profile(name: "default", file: home.path + "/.aws/config"))

        try home.write(".aws/credentials", "[default]\naws_access_key_id = AKIDCREDS\naws_secret_access_key = k\n")
        let fromCredentials = try #require(
            try CredentialChain.standard(environment: Self.offline, home: home.path).resolve())
        #expect(fromCredentials.accessKeyId == "AKIDCREDS")
        #expect(fromCredentials.source.description == "profile `default` (\(home.path)/.aws/credentials)")
    }

    @Test func explicitProfileIsUsedAloneEvenWhenEnvironmentKeysExist() throws {
        let home = try TemporaryDirectory()
        try home.write(
            ".aws/credentials", "[dev]\naws_access_key_id = AKIDDEV\naws_secret_access_key = d\naws_session_token = t\n"
        )
        var environment = Self.offline
        environment["AWS_ACCESS_KEY_ID"] = "AKIDENV"
        environment["AWS_SECRET_ACCESS_KEY"] = "secret"
        let viaFlag = try #require(
            try CredentialChain.standard(environment: environment, home: home.path, profile: "dev").resolve())
        #expect(viaFlag.accessKeyId == "AKIDDEV")
        #expect(viaFlag.sessionToken == "t")
        environment["AWS_PROFILE"] = "dev"
        let viaVariable = try #require(
            try CredentialChain.standard(environment: environment, home: home.path).resolve())
        #expect(viaVariable.accessKeyId == "AKIDDEV")
    }

    @Test func flagProfileBeatsAWSProfile() {
        #expect(CredentialChain.explicitProfile("a", environment: ["AWS_PROFILE": "b"]) == "a")
        #expect(CredentialChain.explicitProfile(nil, environment: ["AWS_PROFILE": "b"]) == "b")
        #expect(CredentialChain.explicitProfile(nil, environment: ["AWS_PROFILE": ""]) == nil)
        #expect(CredentialChain.effectiveProfile(nil, environment: [:]) == "default")
    }

    @Test func missingExplicitProfileIsAnErrorNamingBothFiles() throws {
        let home = try TemporaryDirectory()
        let chain = CredentialChain.standard(environment: Self.offline, home: home.path, profile: "nope")
        #expect(
            throws: CredentialError.profileNotFound(
                profile: "nope", configPath: home.path + "/.aws/config",
                credentialsPath: home.path + "/.aws/credentials")
        ) {
            try chain.resolve()
        }
    }

    @Test func explicitProfileWithoutCredentialsIsAnError() throws {
        let home = try TemporaryDirectory()
        try home.write(".aws/config", "[profile dev]\nregion = us-east-1\n")
        let chain = CredentialChain.standard(environment: Self.offline, home: home.path, profile: "dev")
        let error = #expect(throws: CredentialError.self) { try chain.resolve() }
        guard case .incompleteProfile(let profile, _, _)? = error else {
            Issue.record("unexpected \(String(describing: error))")
            return
        }
        #expect(profile == "dev")
    }

    @Test func halfAKeyPairInAProfileIsAnError() throws {
        let home = try TemporaryDirectory()
        try home.write(".aws/credentials", "[dev]\naws_access_key_id = AKID\n")
        let chain = CredentialChain.standard(environment: Self.offline, home: home.path, profile: "dev")
        #expect(
            throws: CredentialError.incompleteProfile(
                profile: "dev", file: home.path + "/.aws/credentials",
                missing: "aws_secret_access_key")
        ) {
            try chain.resolve()
        }
    }

    @Test func nothingConfiguredListsWhatWasTried() throws {
        let home = try TemporaryDirectory()
        let error = #expect(throws: CredentialError.self) {
            try CredentialChain.standard(environment: Self.offline, home: home.path).resolve()
        }
        #expect(
            error
                == .noCredentials(tried: [
                    "environment", "profile default", "container endpoint",
                    "EC2 instance metadata",
                ]))
    }
}
