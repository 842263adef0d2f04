#if canImport(Glibc)
    import Glibc
#endif

/// The user's home directory, one answer for every part of dsql: HOME when set and not
/// empty, else the current user's home from the password database (as psql and the AWS
/// CLI find it).
public enum HomeDirectory {
    /// The home directory as `environment` gives it.
    public static func path(environment: [String: String]) -> String {
        if let home = environment["HOME"], !home.isEmpty { return home }
        return passwordDatabaseHome() ?? "/"
    }

    /// The home directory as this process's environment gives it; nil when neither HOME
    /// nor the password database names one.
    public static var current: String? {
        if let home = getenv("HOME"), home.pointee != 0 { return String(cString: home) }
        return passwordDatabaseHome()
    }

    private static func passwordDatabaseHome() -> String? {
        guard let entry = getpwuid(getuid()), let directory = entry.pointee.pw_dir else { return nil }
        return String(cString: directory)
    }
}
