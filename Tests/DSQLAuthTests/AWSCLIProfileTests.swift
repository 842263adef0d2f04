import Foundation
import Testing

@testable import DSQLAuth

@Suite struct AWSCLIProfileTests {
    static let now = Date(timeIntervalSince1970: 1_790_000_000)
    static let config = """
        [profile corp]
        sso_session = corp
        sso_account_id = 111122223333
        sso_role_name = Dev
        [sso-session corp]
        sso_start_url = https://example.awsapps.com/start
        sso_region = us-east-1
        [profile admin]
        role_arn = arn:aws:iam::111122223333:role/Admin
        source_profile = base
        [profile legacy-sso]
        sso_start_url = https://example.awsapps.com/start
        """

    func chain(profile: String, path: String, home: String) -> CredentialChain {
        CredentialChain.standard(
            environment: ["PATH": path, "AWS_EC2_METADATA_DISABLED": "true"], home: home,
            profile: profile, clock: .fixed(Self.now), processTimeout: 5)
    }

    @Test(arguments: [("corp", "SSO"), ("legacy-sso", "SSO"), ("admin", "an assumed role (role_arn)")])
    func withoutTheCLIAnErrorSaysWhatToRun(_ profile: String, _ kind: String) throws {
        let home = try TemporaryDirectory()
        try home.write(".aws/config", Self.config)
        let error = #expect(throws: CredentialError.self) {
            try chain(profile: profile, path: home.path + "/empty-bin", home: home.path).resolve()
        }
        #expect(error == .needsAWSCLI(profile: profile, kind: kind))
        let message = error?.description ?? ""
        #expect(message.contains("install the AWS CLI"))
        #expect(message.contains("aws sso login --profile \(profile)") == (kind == "SSO"))
    }

    @Test func theCLIIsAskedToExportTheProfile() throws {
        let home = try TemporaryDirectory()
        try home.write(".aws/config", Self.config)
        let argsFile = home.path + "/args"
        try home.write(
            "bin/aws",
            """
            #!/bin/sh
            echo "$@" > '\(argsFile)'
            echo '{"Version": 1, "AccessKeyId": "ASIASSO", "SecretAccessKey": "S", "SessionToken": "T", "Expiration": "2026-09-21T16:00:00+00:00"}'
            """, executable: true)
        let credentials = try #require(
            try chain(
                profile: "corp", path: home.path + "/bin:/usr/bin:/bin",
                home: home.path
            ).resolve())
        #expect(credentials.accessKeyId == "ASIASSO")
        #expect(credentials.source == .awsCLI(profile: "corp"))
        #expect(credentials.expiration == ISO8601.parse("2026-09-21T16:00:00Z"))
        let args = try String(contentsOfFile: argsFile, encoding: .utf8)
        #expect(args == "configure export-credentials --profile corp --format process\n")
    }

    @Test func aFailingCLIReportsStatusAndTheLoginHint() throws {
        let home = try TemporaryDirectory()
        try home.write(".aws/config", Self.config)
        try home.write(
            "bin/aws", "#!/bin/sh\necho 'Error loading SSO Token: Token for corp does not exist' >&2\nexit 255\n",
            executable: true)
        let error = #expect(throws: CredentialError.self) {
            try chain(profile: "corp", path: home.path + "/bin:/usr/bin:/bin", home: home.path).resolve()
        }
        #expect(
            error
                == .awsCLIFailed(
                    profile: "corp", kind: "SSO", status: 255,
                    stderr: "Error loading SSO Token: Token for corp does not exist"))
        #expect(error?.description.hasSuffix("run `aws sso login --profile corp` and try again") == true)
    }

    @Test func anAWSCLIWithoutExportCredentialsSaysToInstallV2() throws {
        let home = try TemporaryDirectory()
        try home.write(".aws/config", Self.config)
        let fake = try home.write(
            "bin/aws",
            """
            #!/bin/sh
            echo 'aws: error: argument subcommand: Invalid choice, valid choices are:' >&2
            exit 2
            """, executable: true)
        let error = #expect(throws: CredentialError.self) {
            try chain(profile: "corp", path: home.path + "/bin:/usr/bin:/bin", home: home.path).resolve()
        }
        #expect(error == .awsCLITooOld(profile: "corp", kind: "SSO", path: fake))
        #expect(error?.description.contains("install AWS CLI v2") == true)
    }
}
