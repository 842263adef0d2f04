/// Why credentials could not be resolved. Messages never contain a secret or a token.
public enum CredentialError: Error, Sendable, Equatable, CustomStringConvertible {
    /// One of AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY is set without the other.
    case partialEnvironment(missing: String)
    /// The named profile is in neither shared file.
    case profileNotFound(profile: String, configPath: String, credentialsPath: String)
    /// A profile has one half of a key pair, or nothing usable.
    case incompleteProfile(profile: String, file: String, missing: String)
    /// A shared file exists but cannot be read.
    case unreadableFile(path: String, reason: String)
    /// A shared file is malformed.
    case malformedFile(INIError)
    /// `credential_process` cannot be split into arguments, or is empty.
    case invalidProcessCommand(profile: String, reason: String)
    /// The credential process could not be started.
    case processLaunchFailed(profile: String, program: String, reason: String)
    /// The credential process exited with a non-zero status.
    case processFailed(profile: String, status: Int32, stderr: String)
    /// The credential process did not finish within the timeout and was killed.
    case processTimedOut(profile: String, seconds: Double)
    /// The credential process printed something that is not valid Version 1 JSON.
    case processOutputInvalid(profile: String, reason: String)
    /// A container credentials URI that is not allowed (not plain http to an allowed host).
    case containerURINotAllowed(String)
    /// The container credentials endpoint failed.
    case containerFailed(endpoint: String, reason: String)
    /// The container authorization token file cannot be read.
    case authorizationTokenFileUnreadable(path: String)
    /// The instance metadata service answered, but not with usable credentials.
    case instanceMetadataFailed(reason: String)
    /// A role or SSO profile needs the AWS CLI, which is not on PATH.
    case needsAWSCLI(profile: String, kind: String)
    /// The `aws` on PATH has no `configure export-credentials` (AWS CLI v1 or an old v2).
    case awsCLITooOld(profile: String, kind: String, path: String)
    /// `aws configure export-credentials` failed.
    case awsCLIFailed(profile: String, kind: String, status: Int32, stderr: String)
    /// Every provider in the chain came up empty.
    case noCredentials(tried: [String])

    /// What went wrong and how to fix it.
    public var description: String {
        switch self {
        case .partialEnvironment(let missing):
            return "incomplete AWS credentials in the environment: \(missing) is not set"
        case .profileNotFound(let profile, let config, let credentials):
            return "AWS profile `\(profile)` not found in \(config) or \(credentials)"
        case .incompleteProfile(let profile, let file, let missing):
            return "AWS profile `\(profile)` in \(file) has no \(missing)"
        case .unreadableFile(let path, let reason):
            return "cannot read \(path): \(reason)"
        case .malformedFile(let error):
            return "malformed AWS config file \(error)"
        case .invalidProcessCommand(let profile, let reason):
            return "credential_process of profile `\(profile)` is invalid: \(reason)"
        case .processLaunchFailed(let profile, let program, let reason):
            return "cannot run credential_process `\(program)` of profile `\(profile)`: \(reason)"
        case .processFailed(let profile, let status, let stderr):
            return "credential_process of profile `\(profile)` exited with status \(status)"
                + (stderr.isEmpty ? "" : ": \(stderr)")
        case .processTimedOut(let profile, let seconds):
            return
                "credential_process of profile `\(profile)` did not finish within \(Self.format(seconds)) s and was stopped"
        case .processOutputInvalid(let profile, let reason):
            return "credential_process of profile `\(profile)` printed invalid credentials: \(reason)"
        case .containerURINotAllowed(let uri):
            return "AWS_CONTAINER_CREDENTIALS_FULL_URI \(uri) is not allowed: only http:// to a loopback "
                + "address, 169.254.170.2 or 169.254.170.23 is supported"
        case .containerFailed(let endpoint, let reason):
            return "container credentials endpoint \(endpoint) failed: \(reason)"
        case .authorizationTokenFileUnreadable(let path):
            return "cannot read AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE \(path)"
        case .instanceMetadataFailed(let reason):
            return "EC2 instance metadata credentials failed: \(reason)"
        case .needsAWSCLI(let profile, let kind):
            return
                "profile `\(profile)` uses \(kind), which dsql resolves through the AWS CLI, but `aws` is not on PATH; "
                + "install the AWS CLI v2 (https://docs.aws.amazon.com/cli/latest/userguide/getting-started-install.html)"
                + (kind == "SSO" ? ", run `aws sso login --profile \(profile)`," : "")
                + " and try again, or export credentials with `aws configure export-credentials --profile \(profile) --format env`"
        case .awsCLITooOld(let profile, let kind, let path):
            return "profile `\(profile)` uses \(kind), which dsql resolves with `aws configure export-credentials`, "
                + "but \(path) does not support it (AWS CLI v1 or an old v2); install AWS CLI v2 "
                + "(https://docs.aws.amazon.com/cli/latest/userguide/getting-started-install.html)"
                + (kind == "SSO" ? ", run `aws sso login --profile \(profile)`," : "")
                + " and try again"
        case .awsCLIFailed(let profile, let kind, let status, let stderr):
            let hint =
                kind == "SSO"
                ? "run `aws sso login --profile \(profile)` and try again"
                : "check with `aws sts get-caller-identity --profile \(profile)` (AWS CLI v2 is required for export-credentials)"
            return "`aws configure export-credentials --profile \(profile)` exited with status \(status)"
                + (stderr.isEmpty ? "" : " (\(stderr))") + "; \(hint)"
        case .noCredentials(let tried):
            return "no AWS credentials found (tried: \(tried.joined(separator: ", "))); \(Self.fixes)"
        }
    }

    private static func format(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
    }

    /// The ways to give dsql AWS credentials, in the words `dsql doctor` uses too.
    public static let fixes =
        "configure AWS credentials: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, "
        + "configure a profile in ~/.aws (aws configure, or aws sso login) or pass --profile; "
        + "for a server that is not DSQL, pass --no-iam"
}
