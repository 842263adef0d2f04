import SQLScanner
import SessionPolicy

/// The `PIPELINE` variable (`--pipeline` sets it to `on`).
public enum PipelineSetting: Equatable, Sendable {
    /// Never send a statement before the results of the one before it arrived.
    case off
    /// Send ahead only where the result is provably what psql's one-at-a-time run gives:
    /// inside an explicit transaction block (the default).
    case auto
    /// Also send autocommit statements ahead (asked for: a failed statement no longer
    /// stops the ones already sent, and conflicts are not retried).
    case on

    /// Reads the variable's value as psql reads booleans, plus `auto`; unset means `auto`.
    public init(_ value: String?) {
        guard let value = value?.lowercased(), !value.isEmpty else {
            self = .auto
            return
        }
        if value == "auto" {
            self = .auto
        } else if let on = try? VariableValueParser.parseBoolean(value, name: "PIPELINE") {
            self = on ? .on : .off
        } else {
            self = .auto
        }
    }
}

/// Decides whether a script's statement may be sent before earlier results are read (pure).
///
/// The rule that cannot bend: a script never does anything psql would not have done.
/// Each statement sent ahead is followed by its own Sync, so the server treats it as
/// it treats a query sent alone. Inside an explicit transaction block that is provably
/// the same as psql's run: a failed statement leaves the block aborted, and every
/// statement after it fails without effect, whether it was sent early or late — so
/// ON_ERROR_STOP only has to stop printing. What could break that is never sent ahead:
/// transaction control (`COMMIT`, `ROLLBACK [TO]`, `SAVEPOINT`, …: the results before it are
/// read first), session settings and session state (`SET`, `PREPARE`, `LISTEN`, …),
/// `COPY`, statements that manage transactions themselves (`CALL`, `VACUUM`, …), and
/// command strings of several statements. Nothing is sent ahead in an interactive
/// session, with ECHO queries or all, with `\timing`, or with AUTOCOMMIT off.
struct SendAheadPolicy: Equatable, Sendable {
    var setting: PipelineSetting
    var interactive: Bool
    var echo: ShellSettings.Echo
    var timing: Bool
    var autocommit: Bool

    /// First words of statements that are never sent ahead.
    /// COPY needs its own protocol; CALL and DO may commit inside (not allowed in an implicit
    /// transaction of the extended protocol); the others refuse to run inside a transaction.
    static let excludedLeadingWords: Set<String> = [
        "copy", "call", "do", "vacuum", "cluster", "reindex", "checkpoint", "load", "create", "drop", "alter",
        // Transaction control, also the forms the lifecycle does not track (savepoints).
        "begin", "start", "commit", "end", "rollback", "abort", "savepoint", "release", "prepare",
    ]

    /// Whether `sql` may go ahead when the transaction state before it is `transaction`.
    func allows(_ sql: String, transaction: TransactionState) -> Bool {
        guard setting != .off, !interactive, echo == .none || echo == .errors, !timing, autocommit else { return false }
        switch setting {
        case .off: return false
        case .auto: guard transaction.isOpen else { return false }
        case .on: break
        }
        let effects = CommandEffects(sql)
        guard effects.statementCount == 1, effects.entries.isEmpty else { return false }
        guard let word = Self.firstWord(sql) else { return false }
        return !Self.excludedLeadingWords.contains(word)
    }

    /// The statement's first keyword, folded to lower case; nil when it starts otherwise.
    static func firstWord(_ sql: String) -> String? {
        var lexer = SQLLexer(sql)
        guard let first = lexer.next(), let word = first.word else { return nil }
        return word
    }
}
