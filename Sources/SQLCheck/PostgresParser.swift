import CPGQuery
import FoundationEssentials

/// Parses SQL with PostgreSQL 15's own grammar (libpg_query).
///
/// Only the check uses it; statements sent to the server are split by SQLScanner.
public enum PostgresParser {
    /// The statements of `sql` as parse trees, one per statement (a node such as
    /// `{"SelectStmt": {…}}`).
    ///
    /// The corresponding libpg_query function is `pg_query_parse`.
    public static func parse(_ sql: String) throws(ParseFailure) -> [ParseTree] {
        let result = ParseResultHandle(sql)
        if let failure = result.failure { throw failure }
        guard let json = result.json,
            let document = try? JSONDecoder().decode(ParseTree.self, from: Data(json.utf8))
        else {
            throw ParseFailure(message: "the parser's result could not be read", position: 0)
        }
        return document["stmts"]?.list.compactMap { $0["stmt"] } ?? []
    }
}

/// Owns one `PgQueryParseResult` and frees it (`pg_query_free_parse_result`) in `deinit`.
final class ParseResultHandle {
    private let result: PgQueryParseResult

    init(_ sql: String) {
        result = pg_query_parse(sql)
    }

    deinit {
        pg_query_free_parse_result(result)
    }

    /// The parse tree as JSON, when parsing succeeded.
    var json: String? {
        guard result.error == nil, let tree = result.parse_tree else { return nil }
        return String(cString: tree)
    }

    /// The parser's error, when it failed.
    var failure: ParseFailure? {
        guard let error = result.error else { return nil }
        let message = error.pointee.message.map { String(cString: $0) } ?? "syntax error"
        return ParseFailure(message: message, position: Int(error.pointee.cursorpos))
    }
}
