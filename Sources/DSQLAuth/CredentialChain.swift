/// Providers tried in order; the first to return credentials wins, the first to throw stops the chain.
public struct CredentialChain: CredentialProvider {
    /// The providers, in order.
    public let providers: [any CredentialProvider]
    public var name: String { providers.map(\.name).joined(separator: ", ") }

    /// A chain of `providers`.
    public init(_ providers: [any CredentialProvider]) {
        self.providers = providers
    }

    /// The AWS SDKs' default chain, with everything injected.
    ///
    /// With an explicit profile (`profile`, else a non-empty AWS_PROFILE) only that
    /// profile is used. Otherwise: environment variables, the `default` profile of
    /// the shared files, the container endpoint, then EC2 instance metadata.
    public static func standard(
        environment: [String: String], home: String, profile: String? = nil,
        clock: WallClock = .system, fileReader: FileReader = .local,
        processTimeout: Double = 60, httpTimeout: Double = 1
    ) -> CredentialChain {
        if let explicit = explicitProfile(profile, environment: environment) {
            return CredentialChain([
                ProfileCredentialProvider(
                    profile: explicit, required: true, environment: environment, home: home,
                    clock: clock, fileReader: fileReader, processTimeout: processTimeout)
            ])
        }
        return CredentialChain([
            EnvironmentCredentialProvider(environment: environment),
            ProfileCredentialProvider(
                profile: "default", required: false, environment: environment, home: home,
                clock: clock, fileReader: fileReader, processTimeout: processTimeout),
            ContainerCredentialProvider(
                environment: environment, clock: clock, fileReader: fileReader,
                timeout: httpTimeout),
            InstanceMetadataCredentialProvider(environment: environment, clock: clock, timeout: httpTimeout),
        ])
    }

    /// The profile named by `profile` or AWS_PROFILE, or nil for the default chain.
    public static func explicitProfile(_ profile: String?, environment: [String: String]) -> String? {
        if let profile, !profile.isEmpty { return profile }
        if let profile = environment["AWS_PROFILE"], !profile.isEmpty { return profile }
        return nil
    }

    /// The profile whose settings (such as `region`) apply: the explicit one, else `default`.
    public static func effectiveProfile(_ profile: String?, environment: [String: String]) -> String {
        explicitProfile(profile, environment: environment) ?? "default"
    }

    public func resolve() throws(CredentialError) -> AWSCredentials? {
        for provider in providers {
            if let credentials = try provider.resolve() { return credentials }
        }
        throw .noCredentials(tried: providers.map(\.name))
    }
}
