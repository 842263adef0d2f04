import SQLScanner

/// Session state a new connection cannot get back by replaying statements.
///
/// A reconnect is silent only when the session holds none of these; otherwise a script
/// stops and an interactive user is told which of them were lost.
public enum UnreplayableState: Int, Comparable, CaseIterable, Sendable {
    case configurationSettings
    case temporaryObjects
    case preparedStatements
    case holdableCursors
    case advisoryLocks
    case notificationChannels

    /// How a message names it: `temporary tables and other temporary objects`, ….
    public var description: String {
        switch self {
        case .configurationSettings: "settings made with set_config()"
        case .temporaryObjects: "temporary tables"
        case .preparedStatements: "prepared statements"
        case .holdableCursors: "cursors WITH HOLD"
        case .advisoryLocks: "advisory locks"
        case .notificationChannels: "LISTEN registrations"
        }
    }

    /// Whether the state is undone with a transaction that rolls back (prepared statements and session locks are not).
    var isTransactional: Bool {
        switch self {
        case .preparedStatements, .advisoryLocks: false
        case .configurationSettings, .temporaryObjects, .holdableCursors, .notificationChannels: true
        }
    }

    public static func < (lhs: UnreplayableState, rhs: UnreplayableState) -> Bool { lhs.rawValue < rhs.rawValue }

    /// `temporary tables, prepared statements and advisory locks`.
    public static func list(_ states: [UnreplayableState]) -> String {
        let names = states.sorted().map(\.description)
        guard names.count > 1, let last = names.last else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + " and " + last
    }
}

/// What one statement does to state that cannot be replayed: creates some, or drops it.
public enum SessionStateChange: Equatable, Sendable {
    /// The statement leaves this state in the session.
    case creates(UnreplayableState)
    /// The statement removes every instance of this state (`DEALLOCATE ALL`, `DISCARD TEMP`, …).
    /// (`DISCARD ALL`, which removes everything, is read as ``SessionSettingChange/discardAll``.)
    case drops(UnreplayableState)

    /// The first words that can lead such a statement (functions are found anywhere, see ``functionEffects(_:)``).
    static let leadingKeywords = [
        "create", "prepare", "declare", "listen", "unlisten", "deallocate", "close", "discard",
    ]

    /// Functions whose call leaves session state behind, and the state.
    private static let stateFunctions: [String: UnreplayableState] = [
        "set_config": .configurationSettings,
        "pg_advisory_lock": .advisoryLocks, "pg_try_advisory_lock": .advisoryLocks,
        "pg_advisory_lock_shared": .advisoryLocks, "pg_try_advisory_lock_shared": .advisoryLocks,
    ]

    /// Reads what a statement led by a keyword does, from its leading words.
    static func statementEffects(_ statement: SQLStatement) -> [SessionStateChange] {
        let words = statement.leadingWords(4)
        switch words.first {
        case "create":
            let rest = words.dropFirst().drop { $0 == "or" || $0 == "replace" || $0 == "local" || $0 == "global" }
            let temporary = rest.first == "temp" || rest.first == "temporary"
            let inTemporarySchema = statement.tokens.indices.contains { index in
                statement.tokens[index].isWord("pg_temp") && statement.tokens.indices.contains(index + 1)
                    && statement.tokens[index + 1].isSymbol(".")
            }
            return temporary || inTemporarySchema ? [.creates(.temporaryObjects)] : []
        case "prepare":
            return words.dropFirst().first == "transaction" ? [] : [.creates(.preparedStatements)]
        case "declare":
            let holds = zip(statement.tokens, statement.tokens.dropFirst()).contains {
                $0.isWord("with") && $1.isWord("hold")
            }
            return holds ? [.creates(.holdableCursors)] : []
        case "listen":
            return [.creates(.notificationChannels)]
        case "unlisten":
            return statement.tokens.dropFirst().first?.isSymbol("*") == true ? [.drops(.notificationChannels)] : []
        case "deallocate":
            return words.last == "all" ? [.drops(.preparedStatements)] : []
        case "close":
            return words.dropFirst().first == "all" ? [.drops(.holdableCursors)] : []
        case "discard":
            let what = words.dropFirst().first
            return what == "temp" || what == "temporary" ? [.drops(.temporaryObjects)] : []
        default:
            return []
        }
    }

    /// Reads the calls of state-changing functions anywhere in a statement.
    ///
    /// `set_config(…, true)` lasts only for its transaction and is ignored;
    /// `pg_advisory_unlock_all()` releases every session lock.
    static func functionEffects(_ statement: SQLStatement) -> [SessionStateChange] {
        var effects: [SessionStateChange] = []
        let tokens = statement.tokens
        for index in tokens.indices where index + 1 < tokens.count && tokens[index + 1].isSymbol("(") {
            guard let word = tokens[index].word else { continue }
            if word == "pg_advisory_unlock_all" {
                effects.append(.drops(.advisoryLocks))
            } else if let state = stateFunctions[word] {
                if state == .configurationSettings, lastArgumentIsTrue(tokens, openingAt: index + 1) { continue }
                effects.append(.creates(state))
            }
        }
        return effects
    }

    /// Whether the call whose `(` is at `open` ends with the argument `true`.
    private static func lastArgumentIsTrue(_ tokens: [SQLToken], openingAt open: Int) -> Bool {
        var depth = 0
        for index in open..<tokens.count {
            if tokens[index].isSymbol("(") { depth += 1 }
            if tokens[index].isSymbol(")") {
                depth -= 1
                if depth == 0 { return index > open + 1 && tokens[index - 1].isWord("true") }
            }
        }
        return false
    }

    /// `set_config` and `advisory` as bytes, made once (not per statement).
    private static let setConfigBytes = Array("set_config".utf8)
    private static let advisoryBytes = Array("advisory".utf8)

    /// Whether the text may call a state-changing function: it mentions `set_config` or
    /// `advisory`, in any case. Judged on bytes, so ordinary statements skip the lexer.
    static func mayCallStateFunction(_ text: String) -> Bool {
        let answer = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            var index = 0
            while index < bytes.count {
                if bytes[index] == UInt8(ascii: "_"), namesStateFunction(bytes, underscoreAt: index) { return true }
                index += 1
            }
            return false
        }
        return answer ?? true
    }

    /// Whether the `_` at `index` is the one of `set_config` or the first of `_advisory`.
    static func namesStateFunction(_ bytes: UnsafeBufferPointer<UInt8>, underscoreAt index: Int) -> Bool {
        if index >= 3, index + 7 <= bytes.count,
            SQLBytes.equalsFolded(UnsafeBufferPointer(rebasing: bytes[(index - 3)..<(index + 7)]), setConfigBytes)
        {
            return true
        }
        if index + 9 <= bytes.count,
            SQLBytes.equalsFolded(UnsafeBufferPointer(rebasing: bytes[(index + 1)..<(index + 9)]), advisoryBytes)
        {
            return true
        }
        return false
    }
}
