/// What a command string does to transactions, read from its statements' leading words.
///
/// Used to decide whether a failed command string is known not to have taken effect,
/// and what was lost with a connection.
struct CommandShape: Equatable, Sendable {
    /// How many statements the string holds.
    var statementCount: Int
    /// Whether any statement begins, commits or rolls back a transaction.
    var controlsTransactions: Bool
    /// Whether any statement begins a transaction.
    var beginsTransaction: Bool
    /// Whether the last statement is `COMMIT`/`END` (or `PREPARE TRANSACTION`/`COMMIT PREPARED`).
    var endsWithCommit: Bool

    /// Reads the shape of a command string.
    init(_ commandString: String) {
        self.init(CommandEffects(commandString))
    }

    /// The shape of a command string already read.
    init(_ effects: CommandEffects) {
        statementCount = effects.statementCount
        controlsTransactions = false
        beginsTransaction = false
        endsWithCommit = false
        for entry in effects.entries {
            guard case .transaction(let control) = entry.effect else { continue }
            controlsTransactions = true
            if control == .begin { beginsTransaction = true }
            if entry.statement == statementCount - 1 {
                switch control {
                case .commit, .prepare, .finishPrepared: endsWithCommit = true
                case .begin, .rollback: break
                }
            }
        }
    }
}
