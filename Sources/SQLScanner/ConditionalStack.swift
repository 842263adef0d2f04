/// psql's `\if` / `\elif` / `\else` / `\endif` stack (conditional.c with the
/// branch logic of command.c), as a pure value.
///
/// While ``isActive`` is false the shell keeps scanning input (so quotes are
/// still tracked) but sends no statements, runs no meta-commands except the
/// conditional ones, and passes a lookup that finds no variables. Each
/// transition reports whether query text gathered in a skipped branch must be
/// discarded, through ``QueryTextAction``.
public struct ConditionalStack: Equatable, Sendable {
    /// What to do with the query buffer after a transition.
    public enum QueryTextAction: Equatable, Sendable {
        /// Keep the buffer as it is.
        case keep
        /// Cut the buffer back to what it held when the branch began (see
        /// ``StatementScanner/restoreQueryBuffer(length:parenthesisDepth:)``).
        case restore(length: Int, parenthesisDepth: Int)
    }

    /// One open block.
    private struct Entry: Equatable, Sendable {
        var state: ConditionalState
        var queryLength = 0
        var parenthesisDepth = 0
    }

    /// Open blocks, innermost last.
    private var entries: [Entry] = []

    /// An empty stack: every command runs.
    public init() {}

    /// Whether commands run here (true outside any block).
    public var isActive: Bool { entries.last.map { $0.state.isActive } ?? true }

    /// The innermost block's state; nil outside any block.
    public var state: ConditionalState? { entries.last?.state }

    /// How many blocks are open (psql reports an error at end of input when
    /// this is not zero).
    public var depth: Int { entries.count }

    /// Whether an `\if` expression must be evaluated; when false, read the
    /// expression with ``MetaArgumentMode/noEvaluation`` and pass `nil`.
    public var evaluatesNextIf: Bool { isActive }

    /// `\if`: opens a block. `condition` is the expression's value, nil when
    /// it was not evaluated because the enclosing branch is inactive or when
    /// it was not a valid Boolean (psql then treats it as false).
    public mutating func beginIf(_ condition: Bool?, queryLength: Int, parenthesisDepth: Int) {
        let state: ConditionalState = isActive ? (condition == true ? .active : .inactive) : .ignored
        entries.append(Entry(state: state, queryLength: queryLength, parenthesisDepth: parenthesisDepth))
    }

    /// Whether an `\elif` expression must be evaluated (only when no branch of
    /// the block has run yet).
    public var evaluatesNextElif: Bool { entries.last?.state == .inactive }

    /// `\elif`: moves to the next branch.
    public mutating func elif(
        _ condition: Bool?, queryLength: Int, parenthesisDepth: Int
    ) throws(ConditionalError) -> QueryTextAction {
        guard var entry = entries.popLast() else { throw .elifWithoutIf }
        defer { entries.append(entry) }
        switch entry.state {
        case .active:
            entry.queryLength = queryLength
            entry.parenthesisDepth = parenthesisDepth
            entry.state = .ignored
            return .keep
        case .inactive:
            entry.state = condition == true ? .active : .inactive
            return .restore(length: entry.queryLength, parenthesisDepth: entry.parenthesisDepth)
        case .ignored:
            return .restore(length: entry.queryLength, parenthesisDepth: entry.parenthesisDepth)
        case .elseActive, .elseInactive:
            throw .elifAfterElse
        }
    }

    /// `\else`: moves to the last branch.
    public mutating func `else`(queryLength: Int, parenthesisDepth: Int) throws(ConditionalError) -> QueryTextAction {
        guard var entry = entries.popLast() else { throw .elseWithoutIf }
        defer { entries.append(entry) }
        switch entry.state {
        case .active:
            entry.queryLength = queryLength
            entry.parenthesisDepth = parenthesisDepth
            entry.state = .elseInactive
            return .keep
        case .inactive:
            entry.state = .elseActive
            return .restore(length: entry.queryLength, parenthesisDepth: entry.parenthesisDepth)
        case .ignored:
            entry.state = .elseInactive
            return .restore(length: entry.queryLength, parenthesisDepth: entry.parenthesisDepth)
        case .elseActive, .elseInactive:
            throw .elseAfterElse
        }
    }

    /// `\endif`: closes the innermost block.
    public mutating func endIf() throws(ConditionalError) -> QueryTextAction {
        guard let entry = entries.popLast() else { throw .endifWithoutIf }
        switch entry.state {
        case .active, .elseActive:
            return .keep
        case .inactive, .ignored, .elseInactive:
            return .restore(length: entry.queryLength, parenthesisDepth: entry.parenthesisDepth)
        }
    }
}
