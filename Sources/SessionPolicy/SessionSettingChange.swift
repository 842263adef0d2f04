import SQLScanner

/// A change to session state that must survive a reconnect, read from a `SET`, `RESET` or `DISCARD` statement.
///
/// Recognised: `SET [SESSION] name {TO | =} value`, `SET TIME ZONE`, `SET SCHEMA`,
/// `SET NAMES`, `SET XML OPTION`, `SET ROLE`, `SET SESSION AUTHORIZATION`,
/// `SET SESSION CHARACTERISTICS AS TRANSACTION …`, `RESET name`, `RESET ALL` and
/// `DISCARD ALL`. Ignored, because they last only for the current transaction:
/// `SET LOCAL`, `SET TRANSACTION`, `SET CONSTRAINTS`.
public enum SessionSettingChange: Equatable, Sendable {
    /// The parameter `key` now has the value given by `statement`, which replays it.
    case set(key: String, statement: String)
    /// The parameter `key` is back to its default.
    case reset(key: String)
    /// `RESET ALL`: every parameter except the role and session authorization is back to its default.
    case resetAll
    /// `DISCARD ALL`: everything, role included, is back to its default.
    case discardAll

    /// Keys that `RESET ALL` leaves alone, as PostgreSQL does.
    static let keptByResetAll: Set<String> = ["role", "session_authorization"]

    /// The first words of the statements recognised here; a statement led by any other word makes no change.
    /// (`SELECT set_config(…)` is read when ``SessionStateChange/mayCallStateFunction(_:)`` says so.)
    static let leadingKeywords = ["set", "reset", "discard"]

    /// Reads the change a statement makes, or nil when it makes none that outlives its transaction.
    init?(_ statement: SQLStatement) {
        let tokens = statement.tokens
        switch statement.leadingWords(1).first {
        case "set":
            guard let change = Self.set(Array(tokens.dropFirst()), statement: statement.text) else { return nil }
            self = change
        case "reset":
            guard let change = Self.reset(Array(tokens.dropFirst())) else { return nil }
            self = change
        case "discard" where statement.leadingWords(2) == ["discard", "all"]:
            self = .discardAll
        case "select":
            guard let key = Self.sessionSetConfigKey(statement) else { return nil }
            self = .set(key: key, statement: statement.text)
        default:
            return nil
        }
    }

    /// The parameter of `SELECT set_config('name', 'value', false)` written exactly so: a
    /// session-wide SET that replays by running the statement again. Any other use of
    /// set_config is state that cannot be replayed (``SessionStateChange``).
    private static func sessionSetConfigKey(_ statement: SQLStatement) -> String? {
        let tokens = statement.tokens
        guard tokens.count == 9, tokens[1].isWord("set_config"), tokens[2].isSymbol("("), tokens[3].kind == .literal,
            tokens[4].isSymbol(","), tokens[5].kind == .literal, tokens[6].isSymbol(","), tokens[7].isWord("false"),
            tokens[8].isSymbol(")")
        else { return nil }
        let base = tokens[0].range.lowerBound
        let bytes = Array(statement.text.utf8)
        let range = (tokens[3].range.lowerBound - base)..<(tokens[3].range.upperBound - base)
        guard range.lowerBound >= 0, range.upperBound <= bytes.count else { return nil }
        let literal = bytes[range]
        // A plain '…' constant without doubled quotes; anything fancier is not read as a name.
        guard literal.count >= 2, literal.first == UInt8(ascii: "'"), literal.last == UInt8(ascii: "'") else {
            return nil
        }
        let inner = literal.dropFirst().dropLast()
        guard !inner.isEmpty, !inner.contains(UInt8(ascii: "'")) else { return nil }
        return String(decoding: inner.map(SQLBytes.lowercased), as: UTF8.self)
    }

    /// Reads the rest of a `SET` statement.
    private static func set(_ tokens: [SQLToken], statement: String) -> SessionSettingChange? {
        var rest = tokens[...]
        switch rest.first?.word {
        case "local", "transaction", "constraints":
            return nil
        case "session":
            let second = rest.dropFirst().first?.word
            if second == "authorization" {
                return isDefault(rest.dropFirst(2))
                    ? .reset(key: "session_authorization")
                    : .set(key: "session_authorization", statement: statement)
            }
            if second == "characteristics" { return .set(key: "session_characteristics", statement: statement) }
            rest = rest.dropFirst()
        default:
            break
        }
        if let (key, value) = specialForm(rest) {
            let isReset =
                isDefault(value) || (key == "timezone" && value.count == 1 && value.first?.isWord("local") == true)
                || (key == "role" && value.count == 1 && value.first?.isWord("none") == true)
            return isReset ? .reset(key: key) : .set(key: key, statement: statement)
        }
        guard let (key, afterName) = parameterName(rest),
            let separator = afterName.first, separator.isWord("to") || separator.isSymbol("="),
            !afterName.dropFirst().isEmpty
        else { return nil }
        return isDefault(afterName.dropFirst()) ? .reset(key: key) : .set(key: key, statement: statement)
    }

    /// Reads the rest of a `RESET` statement.
    private static func reset(_ tokens: [SQLToken]) -> SessionSettingChange? {
        let words = tokens.prefix(2).map { $0.word ?? "" }
        switch words.first {
        case "all": return .resetAll
        case "session" where words.dropFirst().first == "authorization": return .reset(key: "session_authorization")
        default: break
        }
        if let (key, _) = specialForm(tokens[...]) { return .reset(key: key) }
        guard let (key, rest) = parameterName(tokens[...]), rest.isEmpty else { return nil }
        return .reset(key: key)
    }

    /// The multi-word forms whose parameter is named by keywords (`TIME ZONE`, `SCHEMA`, …), and their value.
    private static func specialForm(_ tokens: ArraySlice<SQLToken>) -> (String, ArraySlice<SQLToken>)? {
        let words = tokens.prefix(2).map { $0.word ?? "" }
        switch words.first {
        case "time" where words.dropFirst().first == "zone": return ("timezone", tokens.dropFirst(2))
        case "xml" where words.dropFirst().first == "option": return ("xmloption", tokens.dropFirst(2))
        case "schema": return ("search_path", tokens.dropFirst())
        case "names": return ("client_encoding", tokens.dropFirst())
        case "role": return ("role", tokens.dropFirst())
        default: return nil
        }
    }

    /// Reads a possibly qualified parameter name (`work_mem`, `"MyApp".flag`) and what follows it.
    ///
    /// Unquoted parts are folded to lower case; quoted parts are kept as written.
    private static func parameterName(_ tokens: ArraySlice<SQLToken>) -> (String, ArraySlice<SQLToken>)? {
        var parts: [String] = []
        var rest = tokens
        while let token = rest.first {
            switch token.kind {
            case .word(let word): parts.append(word)
            case .quotedIdentifier(let name): parts.append(name)
            default: return nil
            }
            rest = rest.dropFirst()
            guard let dot = rest.first, dot.isSymbol(".") else { break }
            rest = rest.dropFirst()
        }
        return parts.isEmpty ? nil : (parts.joined(separator: "."), rest)
    }

    /// Whether a value is the single keyword `DEFAULT`.
    private static func isDefault(_ value: ArraySlice<SQLToken>) -> Bool {
        value.count == 1 && value.first?.isWord("default") == true
    }
}
