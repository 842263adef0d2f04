import CLibPQ

/// An error or notice reported by the server, with its typed fields.
///
/// `description` is the server's message only; it never includes connection
/// parameters or secrets.
public struct ServerError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Localized severity, e.g. `ERROR`, `FATAL`, `NOTICE`.
    public var severity: String
    /// The five-character SQLSTATE, e.g. `40001`.
    public var sqlState: String
    public var message: String
    public var detail: String?
    public var hint: String?
    /// 1-based character position in the statement, when the server gave one.
    public var position: Int?
    /// The message as libpq formats it (with `LINE n:` and caret), ending in a newline.
    public var formatted: String
    /// The message at VERBOSITY verbose with every context line (`\errverbose`).
    public var verboseFormatted: String

    public var description: String { "\(severity):  \(message)" }

    /// Whether the SQLSTATE is in `sqlStateClass` (its first two characters).
    public func isInClass(_ sqlStateClass: String) -> Bool { sqlState.hasPrefix(sqlStateClass) }
}

extension ServerError {
    /// An error given in memory (an in-memory server's answer), formatted as libpq formats
    /// one at the default verbosity: `ERROR:  message`, then `DETAIL:` and `HINT:` lines —
    /// or as `formatted` gives it (libpq's own messages, such as a lost connection's, have no severity).
    public init(
        severity: String = "ERROR", sqlState: String, message: String, detail: String? = nil, hint: String? = nil,
        position: Int? = nil, formatted: String? = nil
    ) {
        self.severity = severity
        self.sqlState = sqlState
        self.message = message
        self.detail = detail
        self.hint = hint
        self.position = position
        let details = (detail.map { "DETAIL:  \($0)\n" } ?? "") + (hint.map { "HINT:  \($0)\n" } ?? "")
        let standard = "\(severity):  \(message)\n" + details
        if let formatted { self.formatted = formatted } else { self.formatted = standard }
        verboseFormatted = "\(severity):  \(sqlState): \(message)\n" + details
    }

    /// Reads the fields of an error or notice result. The corresponding libpq function is `PQresultErrorField`.
    init(result: OpaquePointer) {
        func field(_ code: Int32) -> String? {
            guard let value = PQresultErrorField(result, code) else { return nil }
            return String(cString: value)
        }
        severity = field(dsql_pg_diag_severity()) ?? "ERROR"
        sqlState = field(dsql_pg_diag_sqlstate()) ?? ""
        message = field(dsql_pg_diag_message_primary()) ?? ""
        detail = field(dsql_pg_diag_message_detail())
        hint = field(dsql_pg_diag_message_hint())
        position = field(dsql_pg_diag_statement_position()).flatMap { Int($0) }
        formatted = PQresultErrorMessage(result).map { String(cString: $0) } ?? "\(severity):  \(message)\n"
        if let verbose = PQresultVerboseErrorMessage(result, PQERRORS_VERBOSE, PQSHOW_CONTEXT_ALWAYS) {
            verboseFormatted = String(cString: verbose)
            PQfreemem(verbose)
        } else {
            verboseFormatted = formatted
        }
    }
}
