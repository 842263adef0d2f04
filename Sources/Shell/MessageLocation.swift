/// How messages are prefixed once connected, following psql: `dsql:FILE:LINE: ` while
/// running a `-f` file (or `\i`), nothing for `-c`, piped stdin or a terminal.
public struct MessageLocation: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        /// An interactive session: terse messages.
        case interactive
        /// `-c` or piped stdin.
        case command
        /// A script file; `name` is as given (`<stdin>` for `-f -`).
        case file(name: String)
    }

    public var kind: Kind
    /// The line being processed, 1-based.
    public var line: Int

    public init(kind: Kind, line: Int = 0) {
        self.kind = kind
        self.line = line
    }

    /// The prefix for a server error or notice (libpq's message follows).
    public var serverMessagePrefix: String {
        if case .file(let name) = kind { return "dsql:\(name):\(line): " }
        return ""
    }

    /// The prefix for one of dsql's own errors, e.g. `dsql: error: `.
    public var errorPrefix: String {
        if case .file(let name) = kind { return "dsql:\(name):\(line): error: " }
        return ""
    }

    /// The prefix for one of dsql's own warnings.
    public var warningPrefix: String {
        if case .file(let name) = kind { return "dsql:\(name):\(line): warning: " }
        return ""
    }
}
