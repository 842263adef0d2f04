/// The AWS shared config and credentials files, parsed and indexed by profile.
///
/// Paths come from AWS_CONFIG_FILE and AWS_SHARED_CREDENTIALS_FILE, else
/// `<home>/.aws/config` and `<home>/.aws/credentials`. A missing file is empty.
public struct SharedConfig: Sendable, Equatable {
    /// The config file's path.
    public let configPath: String
    /// The credentials file's path.
    public let credentialsPath: String
    /// Profiles of the config file (`[default]`, `[profile x]`).
    public let configProfiles: [String: [String: INIFile.Value]]
    /// Profiles of the credentials file (`[x]`).
    public let credentialProfiles: [String: [String: INIFile.Value]]
    /// `[sso-session x]` sections of the config file.
    public let ssoSessions: [String: [String: INIFile.Value]]

    /// Loads both files, resolving paths from `environment` and `home`.
    ///
    /// - Throws: `INIError` for a malformed file (naming file and line),
    ///   `CredentialError.unreadableFile` for a file that exists but cannot be read.
    public static func load(
        environment: [String: String], home: String,
        fileSystem: FileReader = .local
    ) throws(CredentialError) -> SharedConfig {
        func expand(_ path: String) -> String {
            if path == "~" { return home }
            if path.hasPrefix("~/") { return home + path.dropFirst() }
            return path
        }
        let configPath = expand(environment["AWS_CONFIG_FILE"].flatMap { $0.isEmpty ? nil : $0 } ?? "~/.aws/config")
        let credentialsPath = expand(
            environment["AWS_SHARED_CREDENTIALS_FILE"].flatMap { $0.isEmpty ? nil : $0 }
                ?? "~/.aws/credentials")
        let config = try parse(configPath, fileSystem)
        let credentials = try parse(credentialsPath, fileSystem)
        var configProfiles: [String: [String: INIFile.Value]] = [:]
        var ssoSessions: [String: [String: INIFile.Value]] = [:]
        // `[profile default]` wins over `[default]`, as in botocore; other sections are ignored.
        for (name, values) in config.sections where name == "default" {
            configProfiles[name] = values
        }
        for (name, values) in config.sections {
            let words = name.split(whereSeparator: { $0 == " " || $0 == "\t" })
            if words.count == 2, words[0] == "profile" {
                configProfiles[String(words[1])] = values
            } else if words.count == 2, words[0] == "sso-session" {
                ssoSessions[String(words[1])] = values
            }
        }
        return SharedConfig(
            configPath: configPath, credentialsPath: credentialsPath,
            configProfiles: configProfiles, credentialProfiles: credentials.sections,
            ssoSessions: ssoSessions)
    }

    /// Whether either file has a section for `profile`.
    public func hasProfile(_ profile: String) -> Bool {
        configProfiles[profile] != nil || credentialProfiles[profile] != nil
    }

    /// A profile's string setting: the credentials file wins over the config file.
    public func value(_ key: String, profile: String) -> String? {
        let text = credentialProfiles[profile]?[key]?.string ?? configProfiles[profile]?[key]?.string
        guard let text, !text.isEmpty else { return nil }
        return text
    }

    /// The `region` setting of `profile`, if any.
    public func region(profile: String) -> String? {
        value("region", profile: profile)
    }

    private static func parse(_ path: String, _ fileSystem: FileReader) throws(CredentialError) -> INIFile {
        let text: String?
        do {
            text = try fileSystem.read(path)
        } catch {
            throw .unreadableFile(path: path, reason: error.reason)
        }
        guard let text else { return try wrap { () throws(INIError) in try INIFile(parsing: "", path: path) } }
        return try wrap { () throws(INIError) in try INIFile(parsing: text, path: path) }
    }

    private static func wrap(_ body: () throws(INIError) -> INIFile) throws(CredentialError) -> INIFile {
        do { return try body() } catch { throw .malformedFile(error) }
    }
}
