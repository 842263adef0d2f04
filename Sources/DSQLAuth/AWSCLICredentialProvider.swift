import FoundationEssentials
import SystemSupport

/// Credentials for role and SSO profiles through `aws configure export-credentials`.
///
/// The AWS CLI does the assume-role or SSO token exchange (and its caching); dsql
/// reads the result in `credential_process` format.
public struct AWSCLICredentialProvider: CredentialProvider {
    /// The profile to export.
    public let profile: String
    /// Why the CLI is needed ("SSO", "an assumed role (role_arn)", …), for messages.
    public let kind: String
    /// The environment (its PATH is searched for `aws`); the child gets it without secrets.
    public let environment: [String: String]
    /// Whether the profile's `credential_source` is `Environment`, so the CLI must see the key pair.
    public let keepsEnvironmentKeys: Bool
    /// Seconds before the CLI is killed.
    public let timeout: Double
    /// The time against which `Expiration` is checked.
    public let clock: WallClock
    public var name: String { "AWS CLI (profile \(profile))" }

    /// A provider exporting `profile`'s credentials with the AWS CLI.
    public init(
        profile: String, kind: String, environment: [String: String], keepsEnvironmentKeys: Bool = false,
        timeout: Double = 60, clock: WallClock
    ) {
        self.keepsEnvironmentKeys = keepsEnvironmentKeys
        self.profile = profile
        self.kind = kind
        self.environment = environment
        self.timeout = timeout
        self.clock = clock
    }

    /// Whether an `aws` executable is on the environment's PATH.
    public static func isAvailable(environment: [String: String]) -> Bool {
        ExecutableLookup.find("aws", environment: environment) != nil
    }

    public func resolve() throws(CredentialError) -> AWSCredentials? {
        guard let path = ExecutableLookup.find("aws", environment: environment) else {
            throw .needsAWSCLI(profile: profile, kind: kind)
        }
        let argv = ["aws", "configure", "export-credentials", "--profile", profile, "--format", "process"]
        var childEnvironment = ChildEnvironment.scrub(environment, keepAWSKeys: keepsEnvironmentKeys)
        childEnvironment["AWS_PROFILE"] = nil // --profile says which; avoid a conflicting variable
        let outcome: ChildProcess.Outcome
        do {
            outcome = try ChildProcess.run(argv, environment: childEnvironment, timeout: timeout)
        } catch {
            if error == .timedOut {
                throw .awsCLIFailed(
                    profile: profile, kind: kind, status: -1, stderr: "timed out after \(Int(timeout)) s")
            }
            throw .needsAWSCLI(profile: profile, kind: kind)
        }
        guard outcome.status == 0 else {
            let stderr = String(decoding: outcome.stderr, as: UTF8.self)
            if outcome.status == 2, stderr.contains("Invalid choice") {
                throw .awsCLITooOld(profile: profile, kind: kind, path: path)
            }
            throw .awsCLIFailed(
                profile: profile, kind: kind, status: outcome.status,
                stderr: ProcessCredentialProvider.excerpt(outcome.stderr))
        }
        do {
            return try ProcessOutputParser.parse(outcome.stdout, source: .awsCLI(profile: profile), now: clock.now())
        } catch {
            throw .awsCLIFailed(
                profile: profile, kind: kind, status: 0, stderr: "printed invalid credentials: \(error.reason)")
        }
    }
}
