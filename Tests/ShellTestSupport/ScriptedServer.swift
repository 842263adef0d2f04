import PostgresClient
import Shell

/// An in-memory PostgreSQL server for tests: it answers each statement from rules the
/// test gives (rows, command tags, errors, notices, a lost connection), keeps the
/// transaction state of BEGIN, COMMIT and ROLLBACK and the settings of SET per
/// connection, and records every statement it received.
///
/// The session reaches it through ``ScriptedConnection``, its ``DatabaseConnection``;
/// ``opener`` makes reconnects open a new connection to the same server.
public final class ScriptedServer {
    /// What the server sends for one statement, in order.
    public enum Reply {
        /// A result with rows, tagged `SELECT n` unless `tag` says otherwise.
        case rows([QueryResult.ColumnDescription], [[String?]], tag: String? = nil)
        /// A command's tag, e.g. `INSERT 0 1`.
        case command(String)
        /// The statement fails; the transaction, if one is open, is aborted.
        case error(ServerError)
        /// A notice, delivered to the notice handler as libpq would format it.
        case notice(String)
        /// The connection drops before the statement is answered.
        case loseConnection
        /// A COPY TO STDOUT sending these lines (each without its newline).
        case copyOut([String])
        /// A COPY FROM STDIN; the data is kept in ``copiedIn``.
        case copyIn
    }

    /// One statement as the server received it.
    public struct Received: Equatable, CustomStringConvertible {
        /// Which connection it came on, from 1.
        public var connection: Int
        public var sql: String
        public var description: String { "#\(connection) \(sql)" }
    }

    /// Every statement received, on every connection, in order.
    public private(set) var received: [Received] = []
    /// The COPY FROM STDIN data received, line by line.
    public internal(set) var copiedIn: [String] = []
    /// How many connections were opened.
    public private(set) var connectionsOpened = 0
    /// When set, new connections are refused with this message.
    public var refusesConnections: String?
    /// The connection opened last.
    public private(set) var current: ScriptedConnection?
    /// The answers for statements matched exactly (after trimming spaces and `;`), each
    /// used once, in the order given; a rule for the same text that was given again waits its turn.
    private var exactReplies: [String: [[Reply]]] = [:]
    /// Answers for statements no exact rule matched; the first that answers wins.
    private var handlers: [(String, ScriptedConnection) -> [Reply]?] = []

    public init() {}

    /// Answers the next statement `sql` (compared without case, surrounding space and `;`) with `replies`.
    public func on(_ sql: String, reply replies: Reply...) {
        exactReplies[Self.normalised(sql), default: []].append(replies)
    }

    /// Answers any statement `handler` returns replies for (nil passes it on).
    public func on(_ handler: @escaping (_ sql: String, _ connection: ScriptedConnection) -> [Reply]?) {
        handlers.append(handler)
    }

    /// Opens a connection, as ``Connector`` does through its ``Connector/opener``.
    public var opener: ConnectionOpener {
        { [self] (parameters, _) throws(ConnectionError) in
            if let refusesConnections { throw .connectFailed(refusesConnections) }
            return self.connect(parameters)
        }
    }

    /// Opens a new connection to this server.
    public func connect(_ parameters: ConnectionParameters? = nil) -> ScriptedConnection {
        connectionsOpened += 1
        let connection = ScriptedConnection(server: self, number: connectionsOpened, parameters: parameters)
        current = connection
        return connection
    }

    /// The statements received on connection `number`.
    public func statements(on number: Int) -> [String] {
        received.filter { $0.connection == number }.map(\.sql)
    }

    /// The replies to `sql` on `connection`: the test's rules first, then what any server does.
    func answer(_ sql: String, on connection: ScriptedConnection) -> [Reply] {
        received.append(Received(connection: connection.number, sql: sql))
        let key = Self.normalised(sql)
        if var queued = exactReplies[key], !queued.isEmpty {
            let replies = queued.removeFirst()
            exactReplies[key] = queued
            return replies
        }
        for handler in handlers {
            if let replies = handler(sql, connection) { return replies }
        }
        if let replies = BuiltInStatements.replies(to: key, on: connection) { return replies }
        return [.error(ServerError(sqlState: "42601", message: "the scripted server has no answer for \"\(key)\""))]
    }

    /// `sql` lowercased, without surrounding spaces and trailing semicolons.
    static func normalised(_ sql: String) -> String {
        var text = Substring(sql.lowercased())
        while let last = text.last, last == ";" || last.isWhitespace { text.removeLast() }
        while let first = text.first, first.isWhitespace { text.removeFirst() }
        return String(text)
    }
}

/// What every server answers without being told: transaction control, SET, SHOW and RESET.
enum BuiltInStatements {
    static func replies(to sql: String, on connection: ScriptedConnection) -> [ScriptedServer.Reply]? {
        let words = sql.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).map(String.init)
        guard let first = words.first else { return [] }
        switch first {
        case "begin", "start":
            if connection.transactionStatus == .idle { connection.transactionStatus = .inTransaction }
            return [.command(first == "begin" ? "BEGIN" : "START TRANSACTION")]
        case "commit", "end":
            let failed = connection.transactionStatus == .failedTransaction
            connection.transactionStatus = .idle
            return [.command(failed ? "ROLLBACK" : "COMMIT")]
        case "rollback", "abort":
            connection.transactionStatus = .idle
            return [.command("ROLLBACK")]
        case "set" where words.count >= 3:
            // SET name = value, SET name TO value, SET SESSION name …
            var rest = Array(words.dropFirst())
            if rest.first == "session" || rest.first == "local" { rest.removeFirst() }
            guard rest.count >= 3, rest[1] == "=" || rest[1] == "to" else { return nil }
            connection.settings[rest[0]] = rest[2...].joined(separator: " ").replacingQuote()
            return [.command("SET")]
        case "show" where words.count == 2:
            let name = words[1]
            return [.rows([.init(name: name)], [[connection.settings[name] ?? ""]])]
        case "reset" where words.count == 2:
            connection.settings[words[1]] = ScriptedConnection.defaultSettings[words[1]]
            return [.command("RESET")]
        default:
            return nil
        }
    }
}

extension String {
    /// The value without the single quotes around it.
    fileprivate func replacingQuote() -> String {
        hasPrefix("'") && hasSuffix("'") && count >= 2 ? String(dropFirst().dropLast()) : self
    }
}
