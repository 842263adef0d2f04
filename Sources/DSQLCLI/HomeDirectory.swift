import FoundationEssentials

/// The user's home directory: HOME, else the account's, as the AWS CLI and psql find it.
enum HomeDirectory {
    /// HOME from `environment`, else the current user's home from the password database.
    static func path(environment: [String: String]) -> String {
        environment["HOME"] ?? FileManager.default.homeDirectoryForCurrentUser.path(percentEncoded: false)
    }
}
