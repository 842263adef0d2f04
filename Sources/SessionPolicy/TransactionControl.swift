import SQLScanner

/// A statement that starts or ends a transaction block.
///
/// `SAVEPOINT`, `RELEASE` and `ROLLBACK TO` are not listed: they do not end the
/// transaction (and Aurora DSQL does not support savepoints).
public enum TransactionControl: Equatable, Sendable {
    /// `BEGIN` or `START TRANSACTION`.
    case begin
    /// `COMMIT` or `END`; with `AND CHAIN` a new transaction starts at once.
    case commit(chain: Bool)
    /// `ROLLBACK` or `ABORT`; with `AND CHAIN` a new transaction starts at once.
    case rollback(chain: Bool)
    /// `PREPARE TRANSACTION`: the transaction ends here without committing yet.
    case prepare
    /// `COMMIT PREPARED` or `ROLLBACK PREPARED`: finishes an earlier prepared transaction.
    case finishPrepared

    /// The first words of the statements recognised here; a statement led by any other word is none of them.
    static let leadingKeywords = ["begin", "start", "commit", "end", "rollback", "abort", "prepare"]

    /// Recognises a transaction-control statement from its leading words.
    init?(leadingWords words: [String], tokens: [SQLToken]) {
        let chain = Self.endsWithAndChain(tokens)
        switch words.first {
        case "begin":
            self = .begin
        case "start" where words.dropFirst().first == "transaction":
            self = .begin
        case "commit" where words.dropFirst().first == "prepared",
            "rollback" where words.dropFirst().first == "prepared":
            self = .finishPrepared
        case "commit", "end":
            self = .commit(chain: chain)
        case "rollback" where words.dropFirst().contains("to"):
            return nil
        case "rollback", "abort":
            self = .rollback(chain: chain)
        case "prepare" where words.dropFirst().first == "transaction":
            self = .prepare
        default:
            return nil
        }
    }

    /// Whether the statement ends in `AND CHAIN` (not `AND NO CHAIN`).
    private static func endsWithAndChain(_ tokens: [SQLToken]) -> Bool {
        let words = tokens.suffix(3).map { $0.word ?? "" }
        return words.last == "chain" && words.dropLast().last == "and"
    }
}
