import Glibc
import SystemSupport

/// Path string operations Foundation's `NSString` offered (`expandingTildeInPath`,
/// `deletingLastPathComponent`), with the same results.
enum PathText {
    /// `~` and `~user` at the start replaced by the home directory, one trailing slash
    /// dropped. Unchanged when the user is unknown.
    ///
    /// - Parameter home: what `~` alone stands for; `$HOME` or the password database's
    ///   entry for the current user when not given.
    static func expandingTilde(_ path: String, home currentUsersHome: String? = nil) -> String {
        guard path.hasPrefix("~") else { return path }
        let slash = path.firstIndex(of: "/") ?? path.endIndex
        let user = path[path.index(after: path.startIndex)..<slash]
        guard let home = user.isEmpty ? currentUsersHome ?? HomeDirectory.current : home(of: String(user)) else {
            return path
        }
        var expanded = home + path[slash...]
        if expanded.count > 1, expanded.hasSuffix("/") { expanded.removeLast() }
        return expanded
    }

    /// The path without its last component: `a/b/c` → `a/b`, `/a` → `/`, `a` → ``.
    static func deletingLastComponent(_ path: String) -> String {
        let fixed = normalized(path)
        if fixed == "/" || fixed.isEmpty { return fixed }
        guard let lastSlash = fixed.lastIndex(of: "/") else { return "" }
        if lastSlash == fixed.startIndex { return "/" }
        return String(fixed[..<lastSlash])
    }

    /// Repeated slashes collapsed and a trailing slash dropped (except for `/` itself).
    static func normalized(_ path: String) -> String {
        var result = ""
        for character in path where !(character == "/" && result.hasSuffix("/")) {
            result.append(character)
        }
        if result.count > 1, result.hasSuffix("/") { result.removeLast() }
        return result
    }

    /// The password database's home directory for `user`.
    private static func home(of user: String) -> String? {
        guard let entry = getpwnam(user), let directory = entry.pointee.pw_dir else { return nil }
        return String(cString: directory)
    }
}
