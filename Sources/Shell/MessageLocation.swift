/// How messages are prefixed, following psql: `dsql:FILE:LINE: ` while running a
/// `-f` file (or `\i`), `dsql: ` in other non-interactive use, nothing interactively.
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
        switch kind {
        case .interactive: ""
        case .command: "dsql: error: "
        case .file(let name): "dsql:\(name):\(line): error: "
        }
    }

    /// The prefix for one of dsql's own warnings.
    public var warningPrefix: String {
        switch kind {
        case .interactive: ""
        case .command: "dsql: warning: "
        case .file(let name): "dsql:\(name):\(line): warning: "
        }
    }
}
