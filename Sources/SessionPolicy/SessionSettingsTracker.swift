/// Remembers the session settings made with `SET` so they can be re-applied after a reconnect.
///
/// Tell it every command string the server finished, with the transaction state
/// before and after (``record(_:succeeded:before:after:)``). Settings made inside a
/// transaction block are held as pending until `COMMIT` and dropped when the
/// transaction rolls back or fails, because PostgreSQL undoes them then too.
/// ``statementsToReplay`` lists one statement per parameter, latest value only,
/// in the order the values were last set.
///
/// It also keeps which state the session holds that no statement can replay
/// (``unreplayable``: temporary tables, prepared statements, `set_config` other than
/// `SELECT set_config('name', 'value', false)`, …), with the same transaction rules
/// for the kinds a rollback undoes. Not seen: state made inside functions the shell
/// cannot look into.
public struct SessionSettingsTracker: Equatable, Sendable {
    /// A committed setting: the parameter and the statement that gives it its value.
    private struct Entry: Equatable, Sendable {
        var key: String
        var statement: String
    }

    private var committed: [Entry] = []
    private var pending: [SessionSettingChange] = []
    /// Unreplayable state the session holds for good, and state made in the open transaction.
    private var held: Set<UnreplayableState> = []
    private var pendingState: [SessionStateChange] = []

    /// Creates a tracker with no settings.
    public init() {}

    /// The statements that restore the session's settings on a new connection, in order.
    public var statementsToReplay: [String] { committed.map(\.statement) }

    /// The state this session holds that a new connection would not get back, in a fixed order.
    public var unreplayable: [UnreplayableState] { held.sorted() }

    /// Whether settings made in the open transaction are waiting for its `COMMIT`.
    public var hasPendingSettings: Bool { !pending.isEmpty }

    /// Records state the session may hold that no statement text shows the tracker
    /// (a `\parse`, a setting made in an explicit pipeline): a reconnect cannot bring it back.
    public mutating func hold(_ state: UnreplayableState) {
        held.insert(state)
    }

    /// Records a command string (one or more statements) the server has finished.
    ///
    /// - Parameters:
    ///   - commandString: the text as sent.
    ///   - succeeded: false when the server reported an error for it.
    ///   - before: the transaction state before it was sent. With AUTOCOMMIT off, pass
    ///     ``TransactionState/open`` once the shell has sent its implicit `BEGIN`.
    ///   - after: the transaction state once it finished.
    public mutating func record(
        _ commandString: String, succeeded: Bool, before: TransactionState, after: TransactionState
    ) {
        record(CommandEffects(commandString), succeeded: succeeded, before: before, after: after)
    }

    /// Records a command string already read into its effects; see ``record(_:succeeded:before:after:)``.
    mutating func record(_ effects: CommandEffects, succeeded: Bool, before: TransactionState, after: TransactionState)
    {
        let saved = self
        var inTransaction = before.isOpen
        // Prepared statements and session locks outlive a rollback: kept even when the string failed.
        var lasting: Set<UnreplayableState> = []
        for entry in effects.entries {
            switch entry.effect {
            case .transaction(let control):
                inTransaction = apply(control, inTransaction: inTransaction)
            case .setting(let change):
                if inTransaction { pending.append(change) } else { apply(change) }
            case .state(let change):
                if case .creates(let state) = change, !state.isTransactional {
                    lasting.insert(state)
                    held.insert(state)
                } else if inTransaction {
                    pendingState.append(change)
                } else {
                    apply(change)
                }
            }
        }
        if !succeeded {
            // The failed string's own changes were undone with its (implicit or explicit) transaction.
            self = saved
            held.formUnion(lasting)
            inTransaction = before.isOpen
        }
        switch after {
        case .failed:
            pending = []
            pendingState = []
        case .idle where inTransaction:
            // The transaction ended in a way the text does not show (a failed COMMIT, a lost
            // connection, a rollback): nothing pending was committed.
            pending = []
            pendingState = []
        case .idle, .open:
            break
        }
    }

    /// Forgets the unreplayable state: the connection that held it is gone, and the new one starts without it.
    public mutating func connectionReplaced() {
        held = []
        pendingState = []
    }

    /// Forgets pending settings: the connection, and with it the open transaction, is gone.
    public mutating func transactionLost() {
        pending = []
        pendingState = []
    }

    /// Applies a transaction-control statement; returns whether a transaction is open after it.
    private mutating func apply(_ control: TransactionControl, inTransaction: Bool) -> Bool {
        switch control {
        case .begin:
            return true
        case .commit(let chain):
            for change in pending { apply(change) }
            for change in pendingState { apply(change) }
            pending = []
            pendingState = []
            return chain
        case .rollback(let chain):
            pending = []
            pendingState = []
            return chain
        case .prepare:
            pending = []
            pendingState = []
            return false
        case .finishPrepared:
            return inTransaction
        }
    }

    /// Applies a change to the committed settings.
    private mutating func apply(_ change: SessionSettingChange) {
        switch change {
        case .set(let key, let statement):
            committed.removeAll { $0.key == key }
            committed.append(Entry(key: key, statement: statement))
        case .reset(let key):
            committed.removeAll { $0.key == key }
        case .resetAll:
            committed.removeAll { !SessionSettingChange.keptByResetAll.contains($0.key) }
        case .discardAll:
            committed.removeAll()
            held.removeAll()
        }
    }

    /// Applies a change to the unreplayable state held.
    private mutating func apply(_ change: SessionStateChange) {
        switch change {
        case .creates(let state): held.insert(state)
        case .drops(let state): held.remove(state)
        }
    }
}
