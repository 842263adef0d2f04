import Foundation
import Testing

@testable import DSQLAuth

@Suite struct SharedConfigTests {
    @Test func parsesSectionsCommentsContinuationsAndNestedSections() throws {
        let text = """
            # leading comment
            ; another comment
            [default]
            region = us-east-1
            aws_access_key_id=AKIDDEFAULT
              \t
            [profile dev]
            region: eu-west-1
            s3 =
              max_concurrent_requests = 10
              addressing_style = path
            description = first
              second line
            [sso-session corp]
            sso_start_url = https://example.awsapps.com/start
            """
        let file = try INIFile(parsing: text, path: "/h/.aws/config")
        #expect(file.sections["default"]?["region"] == .string("us-east-1"))
        #expect(file.sections["default"]?["aws_access_key_id"] == .string("AKIDDEFAULT"))
        #expect(file.sections["profile dev"]?["region"] == .string("eu-west-1"))
        #expect(
            file.sections["profile dev"]?["s3"]
                == .nested(["max_concurrent_requests": "10", "addressing_style": "path"]))
        #expect(file.sections["profile dev"]?["description"] == .string("first\nsecond line"))
        #expect(file.sections["sso-session corp"]?["sso_start_url"]?.string == "https://example.awsapps.com/start")
    }

    @Test(arguments: [
        ("region = us-east-1\n", 1, "key outside any [section]"),
        ("[default]\nregion = x\n[profile dev\n", 3, "section header is missing its closing `]`"),
        ("[default]\n\njust words\n", 3, "expected `key = value` or `[section]`"),
        ("[default]\n= value\n", 2, "`=` with no key before it"),
        ("[]\n", 1, "section header has no name"),
        ("  indented = x\n[default]\n", 1, "indented line does not continue a key"),
        ("[default]\na = 1\n[profile x]\n[default]\n", 4, "section [default] appears twice"),
        ("[default]\nregion = a\nREGION = b\n", 3, "key `region` appears twice in [default]"),
    ])
    func malformedFilesNameFileAndLine(_ text: String, _ line: Int, _ reason: String) {
        #expect(throws: INIError(file: "/h/.aws/config", line: line, reason: reason)) {
            try INIFile(parsing: text, path: "/h/.aws/config")
        }
        #expect(
            INIError(file: "/h/.aws/config", line: line, reason: reason).description.hasPrefix(
                "/h/.aws/config:\(line): "))
    }

    @Test func keysAreCaseInsensitiveLikeConfigparser() throws {
        let file = try INIFile(parsing: "[default]\nAWS_Access_Key_ID = A\n", path: "c")
        #expect(file.sections["default"]?["aws_access_key_id"] == .string("A"))
    }

    @Test func malformedValuesAreNotEchoedInErrors() {
        let error = #expect(throws: INIError.self) {
            try INIFile(parsing: "[default]\nwJalrXUtnFEMISECRET\n", path: "c")
        }
        #expect(error?.description.contains("wJalrXUtnFEMISECRET") == false)
    }

    @Test func filesComeFromEnvironmentOrHomeAndProfilesAreNamedLikeTheCLI() throws {
        let home = try TemporaryDirectory()
        try home.write(".aws/config", "[default]\nregion = a\n[profile dev]\nregion = b\n[ignored]\nregion = c\n")
        try home.write(".aws/credentials", "[dev]\nregion = from-credentials\n")
        let config = try SharedConfig.load(environment: [:], home: home.path)
        #expect(config.configPath == home.path + "/.aws/config")
        #expect(config.region(profile: "default") == "a")
        #expect(config.region(profile: "dev") == "from-credentials") // credentials file wins
        #expect(!config.hasProfile("ignored"))

        let other = try home.write("elsewhere/cfg", "[profile x]\nregion = z\n")
        let moved = try SharedConfig.load(
            environment: [
                "AWS_CONFIG_FILE": other,
                "AWS_SHARED_CREDENTIALS_FILE": "~/nothing-here",
            ],
            home: home.path)
        #expect(moved.region(profile: "x") == "z")
        #expect(moved.credentialsPath == home.path + "/nothing-here")
        #expect(!moved.hasProfile("dev"))
    }

    @Test func aMalformedSharedFileIsACredentialErrorNamingTheLine() throws {
        let home = try TemporaryDirectory()
        try home.write(".aws/credentials", "[default]\naws_access_key_id = AKID\ngarbage line\n")
        let provider = ProfileCredentialProvider(
            profile: "default", required: false, environment: [:],
            home: home.path, clock: .system)
        let error = #expect(throws: CredentialError.self) { try provider.resolve() }
        #expect(
            error?.description
                == "malformed AWS config file \(home.path)/.aws/credentials:3: expected `key = value` or `[section]`")
    }
}
