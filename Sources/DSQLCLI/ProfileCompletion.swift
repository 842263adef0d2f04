import ArgumentParser
import DSQLAuth
import FoundationEssentials
import Shell
import SystemSupport

/// Profile names for `--profile`, read from the AWS shared files when the shell asks.
enum ProfileCompletion {
    /// Every profile of the config file (`[default]`, `[profile x]`) and the
    /// credentials file (`[x]`), sorted; files from AWS_CONFIG_FILE and
    /// AWS_SHARED_CREDENTIALS_FILE, else under `home`. Unreadable or malformed
    /// files offer nothing rather than an error in the middle of a command line.
    static func names(environment: [String: String], home: String, fileSystem: FileReader = .local) -> [String] {
        guard let config = try? SharedConfig.load(environment: environment, home: home, fileSystem: fileSystem) else {
            return []
        }
        return Set(config.configProfiles.keys).union(config.credentialProfiles.keys).sorted()
    }
}

extension CompletionKind {
    /// Profile names from the AWS shared config and credentials files, read at completion time.
    static var awsProfiles: CompletionKind {
        .custom { _, _, _ in
            let environment = ProcessInfo.processInfo.environment
            return ProfileCompletion.names(environment: environment, home: HomeDirectory.path(environment: environment))
        }
    }
}
