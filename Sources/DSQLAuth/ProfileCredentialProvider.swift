/// Credentials for one profile of the shared files, in botocore's order:
/// role (`role_arn`) and SSO profiles through the AWS CLI, static keys from the
/// credentials file, `credential_process`, then static keys from the config file.
public struct ProfileCredentialProvider: CredentialProvider {
    /// The profile name.
    public let profile: String
    /// When true (an explicit `--profile`/AWS_PROFILE), a missing or empty profile is an error.
    public let required: Bool
    /// Environment (file paths, PATH for child processes), home directory and clock.
    public let environment: [String: String]
    public let home: String
    public let clock: WallClock
    /// Reads the shared files.
    public let fileReader: FileReader
    /// Seconds a `credential_process` or the AWS CLI may run.
    public let processTimeout: Double
    public var name: String { "profile \(profile)" }

    /// A provider for `profile`; see the type's summary for the order within a profile.
    public init(
        profile: String, required: Bool, environment: [String: String], home: String,
        clock: WallClock, fileReader: FileReader = .local, processTimeout: Double = 60
    ) {
        self.profile = profile
        self.required = required
        self.environment = environment
        self.home = home
        self.clock = clock
        self.fileReader = fileReader
        self.processTimeout = processTimeout
    }

    public func resolve() throws(CredentialError) -> AWSCredentials? {
        let config = try SharedConfig.load(environment: environment, home: home, fileSystem: fileReader)
        guard config.hasProfile(profile) else {
            if required {
                throw .profileNotFound(
                    profile: profile, configPath: config.configPath,
                    credentialsPath: config.credentialsPath)
            }
            return nil
        }
        if let kind = Self.cliKind(config, profile) {
            let fromEnvironment = config.value("credential_source", profile: profile)?.lowercased() == "environment"
            return try AWSCLICredentialProvider(
                profile: profile, kind: kind, environment: environment,
                keepsEnvironmentKeys: fromEnvironment, timeout: processTimeout,
                clock: clock
            ).resolve()
        }
        if let keys = try staticKeys(config.credentialProfiles[profile], file: config.credentialsPath) {
            return keys
        }
        if let command = config.value("credential_process", profile: profile) {
            return try ProcessCredentialProvider(
                profile: profile, command: command, environment: environment,
                timeout: processTimeout, clock: clock
            ).resolve()
        }
        if let keys = try staticKeys(config.configProfiles[profile], file: config.configPath) {
            return keys
        }
        if required {
            throw .incompleteProfile(
                profile: profile, file: config.configPath,
                missing: "credentials (aws_access_key_id, credential_process, role_arn or sso_session)")
        }
        return nil
    }

    /// Why a profile needs the AWS CLI, or nil if dsql resolves it itself.
    static func cliKind(_ config: SharedConfig, _ profile: String) -> String? {
        if config.value("role_arn", profile: profile) != nil {
            return "an assumed role (role_arn)"
        }
        if config.value("sso_session", profile: profile) != nil
            || config.value("sso_start_url", profile: profile) != nil
        {
            return "SSO"
        }
        if config.value("web_identity_token_file", profile: profile) != nil {
            return "web identity (web_identity_token_file)"
        }
        return nil
    }

    /// Static keys in one file's section of the profile; both halves or neither.
    private func staticKeys(_ section: [String: INIFile.Value]?, file: String) throws(CredentialError)
        -> AWSCredentials?
    {
        guard let section else { return nil }
        let id = section["aws_access_key_id"]?.string.flatMap { $0.isEmpty ? nil : $0 }
        let secret = section["aws_secret_access_key"]?.string.flatMap { $0.isEmpty ? nil : $0 }
        switch (id, secret) {
        case (nil, nil): return nil
        case (_?, nil): throw .incompleteProfile(profile: profile, file: file, missing: "aws_secret_access_key")
        case (nil, _?): throw .incompleteProfile(profile: profile, file: file, missing: "aws_access_key_id")
        case (let id?, let secret?):
            let token = section["aws_session_token"]?.string ?? section["aws_security_token"]?.string
            return AWSCredentials(
                accessKeyId: id, secretAccessKey: secret, sessionToken: token,
                source: .profile(name: profile, file: file))
        }
    }
}
