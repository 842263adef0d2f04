import SQLScanner
import SessionPolicy

/// In-line COPY data in a script: recognising `COPY … FROM STDIN` and its `\.` end line.
///
/// When such a COPY fails before the server asks for its data, the lines that follow it in
/// the script are data, not SQL: running them would let whoever made the COPY fail (a
/// hostile server, a crafted dump) run statements of their choosing (CVE-2026-6464). psql
/// skips them, and so does dsql, recognising the statements exactly as psql's lexer does:
/// a statement whose first eight identifiers outside parentheses start with `COPY` and
/// contain `FROM STDIN`.
enum InlineCopyData {
    /// How many identifiers of a statement psql's lexer keeps for this check.
    static let trackedIdentifiers = 8

    /// How many statements in `sql` (split at `;` outside quotes and parentheses) are
    /// `COPY … FROM STDIN`, each of which has its data block in the script.
    static func copyFromStdinCount(in sql: String) -> Int {
        var lexer = SQLLexer(sql)
        var count = 0
        var identifiers: [String?] = []
        var depth = 0
        func endStatement() {
            if isCopyFromStdin(identifiers) { count += 1 }
            identifiers.removeAll(keepingCapacity: true)
        }
        while let token = lexer.next() {
            switch token.kind {
            case .symbol("("): depth += 1
            case .symbol(")"): depth = max(0, depth - 1)
            case .symbol(";") where depth == 0: endStatement()
            case .word(let word) where depth == 0:
                if identifiers.count < trackedIdentifiers { identifiers.append(word) }
            case .quotedIdentifier where depth == 0:
                // A quoted identifier takes a place but never matches a keyword.
                if identifiers.count < trackedIdentifiers { identifiers.append(nil) }
            default: break
            }
        }
        endStatement()
        return count
    }

    /// Whether the tracked identifiers of one statement make it `COPY … FROM STDIN`.
    static func isCopyFromStdin(_ identifiers: [String?]) -> Bool {
        guard identifiers.first == "copy", identifiers.count >= 3 else { return false }
        return (1..<identifiers.count - 1).contains { identifiers[$0] == "from" && identifiers[$0 + 1] == "stdin" }
    }

    /// Whether `line` (without its line end) ends COPY data: `\.` alone, as psql reads it
    /// (a carriage return before the line end is allowed).
    static func isEndMarker(_ line: [UInt8]) -> Bool {
        line == [0x5C, 0x2E] || line == [0x5C, 0x2E, 0x0D]
    }
}
