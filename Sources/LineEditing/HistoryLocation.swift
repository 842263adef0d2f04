/// Where the history file lives, resolved from an environment passed in.
///
/// In order: `DSQL_HISTORY`; `$XDG_STATE_HOME/dsql/history` when `XDG_STATE_HOME`
/// is an absolute path (the XDG rule: relative values are ignored);
/// `<home>/.local/state/dsql/history`. Nothing is read from the process globals.
public struct HistoryLocation: Sendable, Equatable {
    /// How the path was chosen, for `\s`-style diagnostics.
    public enum Source: Sendable, Equatable {
        case dsqlHistoryVariable
        case xdgStateHome
        case home
    }

    /// The history file path.
    public let path: String
    /// Which rule produced it.
    public let source: Source

    /// Resolves the history path; `nil` when neither a variable nor a home directory
    /// gives one (then history is kept in memory only).
    public static func resolve(environment: [String: String], homeDirectory: String?) -> HistoryLocation? {
        if let explicit = environment["DSQL_HISTORY"], !explicit.isEmpty {
            return HistoryLocation(path: expandTilde(explicit, home: homeDirectory), source: .dsqlHistoryVariable)
        }
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            return HistoryLocation(path: join(state, "dsql/history"), source: .xdgStateHome)
        }
        if let home = homeDirectory, !home.isEmpty {
            return HistoryLocation(path: join(home, ".local/state/dsql/history"), source: .home)
        }
        return nil
    }

    /// The directory that must exist before the file can be written.
    public var directory: String {
        guard let slash = path.lastIndex(of: "/") else {
            return "."
        }
        let parent = path[..<slash]
        return parent.isEmpty ? "/" : String(parent)
    }

    private static func join(_ base: String, _ tail: String) -> String {
        base.hasSuffix("/") ? base + tail : base + "/" + tail
    }

    private static func expandTilde(_ path: String, home: String?) -> String {
        guard let home, !home.isEmpty else {
            return path
        }
        if path == "~" {
            return home
        }
        if path.hasPrefix("~/") {
            return join(home, String(path.dropFirst(2)))
        }
        return path
    }
}
