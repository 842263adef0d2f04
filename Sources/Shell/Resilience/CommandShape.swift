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
        let controls = SQLStatement.split(commandString).map(\.transactionControl)
        statementCount = controls.count
        controlsTransactions = controls.contains { $0 != nil }
        beginsTransaction = controls.contains { $0 == .begin }
        switch controls.last ?? nil {
        case .commit?, .prepare?, .finishPrepared?: endsWithCommit = true
        default: endsWithCommit = false
        }
    }
}
