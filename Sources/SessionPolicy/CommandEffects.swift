import SQLScanner

/// What the statements of a command string do to transactions, session settings and
/// session state that cannot be replayed, read in one pass.
///
/// Most statements do none of this. They are counted and skipped after a look at their
/// first word, without building their tokens; only a statement led by a keyword
/// that ``TransactionControl``, ``SessionSettingChange`` or ``SessionStateChange`` knows
/// is read in full — or every statement, when the text mentions a function that
/// leaves state behind (`set_config`, `pg_advisory_lock`).
/// The lifecycle reads a command string once, before sending it, and both
/// ``CommandShape`` and ``SessionSettingsTracker`` work from the result.
public struct CommandEffects: Equatable, Sendable {
    /// What one statement does.
    public enum Effect: Equatable, Sendable {
        /// It begins, commits or rolls back a transaction.
        case transaction(TransactionControl)
        /// It changes a session setting.
        case setting(SessionSettingChange)
        /// It creates or drops state a new connection cannot get back.
        case state(SessionStateChange)
    }

    /// A statement that has an effect, with its place among the string's statements.
    public struct Entry: Equatable, Sendable {
        /// The statement's index in the string, from 0.
        public var statement: Int
        /// What it does.
        public var effect: Effect
    }

    /// How many statements the string holds.
    public private(set) var statementCount = 0
    /// The statements that have an effect, in order.
    public private(set) var entries: [Entry] = []

    /// The first words that can give a statement an effect, as lower-case bytes.
    private static let leadingKeywords =
        (TransactionControl.leadingKeywords + SessionSettingChange.leadingKeywords
        + SessionStateChange.leadingKeywords).map { Array($0.utf8) }

    /// Reads what a command string's statements do.
    public init(_ commandString: String) {
        if Self.isOneOrdinaryStatement(commandString) {
            statementCount = 1
            return
        }
        let readsEveryStatement = SessionStateChange.mayCallStateFunction(commandString)
        var lexer = SQLLexer(commandString)
        while let first = lexer.nextLexeme() {
            if first.kind == .symbol(UInt8(ascii: ";")) { continue }
            defer { statementCount += 1 }
            // A word outside ASCII may fold to a keyword under Unicode's rules, so it is read in full.
            guard
                readsEveryStatement
                    || {
                        guard case .word(let isASCII) = first.kind else { return false }
                        return !isASCII || lexer.isASCIIWord(first, oneOf: Self.leadingKeywords)
                    }()
            else {
                lexer.skipStatement()
                continue
            }
            let statement = SQLStatement.read(from: &lexer, startingWith: first)
            for effect in Self.effects(of: statement) {
                entries.append(Entry(statement: statementCount, effect: effect))
            }
        }
    }

    /// Whether the text is certainly one statement without an effect, judged from its bytes in place, without lexing.
    ///
    /// True when it starts with an ASCII word that is not a leading keyword and
    /// holds no `;` except one followed only by whitespace (whatever its quotes and
    /// comments hide, nothing after that `;` can be a statement) and no mention of a
    /// function that leaves session state behind. Anything else
    /// (a leading comment, several semicolons, a keyword) is left to the lexer.
    private static func isOneOrdinaryStatement(_ text: String) -> Bool {
        let answer = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            var start = 0
            while start < bytes.count, SQLBytes.isASCIIWhitespace(bytes[start]) { start += 1 }
            guard start < bytes.count, SQLBytes.isASCIILetter(bytes[start]) else { return false }
            var end = start + 1
            while end < bytes.count, bytes[end] < 0x80, SQLBytes.isIdentifierPart(bytes[end]) { end += 1 }
            guard end == bytes.count || bytes[end] < 0x80 else { return false }
            let word = UnsafeBufferPointer(rebasing: bytes[start..<end])
            guard !leadingKeywords.contains(where: { $0.count == word.count && SQLBytes.equalsFolded(word, $0) }) else {
                return false
            }
            var last = bytes.count
            while last > end, SQLBytes.isASCIIWhitespace(bytes[last - 1]) { last -= 1 }
            if last > end, bytes[last - 1] == UInt8(ascii: ";") { last -= 1 }
            var index = end
            while index < last {
                let byte = bytes[index]
                if byte == UInt8(ascii: ";") { return false }
                // `set_config(` or `pg_advisory_lock(` anywhere leaves session state: read in full.
                if byte == UInt8(ascii: "_"), SessionStateChange.namesStateFunction(bytes, underscoreAt: index) {
                    return false
                }
                index += 1
            }
            return true
        }
        return answer ?? false
    }

    /// What a statement does, in order; transaction control is checked first, and a
    /// statement that replays as a setting (`SELECT set_config(…, false)`) is only that.
    static func effects(of statement: SQLStatement) -> [Effect] {
        if let control = statement.transactionControl { return [.transaction(control)] }
        if let setting = SessionSettingChange(statement) { return [.setting(setting)] }
        let changes = SessionStateChange.statementEffects(statement) + SessionStateChange.functionEffects(statement)
        return changes.map(Effect.state)
    }

}
