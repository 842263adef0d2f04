import SQLCheck
import SQLScanner
import SessionPolicy

extension Session {
    /// Whether `\set DSQL_CHECK on` asks for statements to be checked before they are sent.
    /// A value that is not a Boolean counts as off.
    var preflightEnabled: Bool {
        // Read again only when a variable changed: this is asked before every statement (B4).
        if let cached = preflightEnabledCache, cached.revision == variables.revision { return cached.enabled }
        let enabled =
            variables["DSQL_CHECK"].flatMap { try? VariableValueParser.parseBoolean($0, name: "DSQL_CHECK") } ?? false
        preflightEnabledCache = (variables.revision, enabled)
        return enabled
    }

    /// Checks `sql` against DSQL's rules before it is sent (DSQL_CHECK); true when it may go.
    ///
    /// A statement DSQL would refuse is not sent: each finding is reported as an error
    /// with the DSQL way instead, so the statement fails like a refused one and
    /// ON_ERROR_STOP applies, without the round trip. A statement PostgreSQL's parser
    /// rejects is sent, for the server to answer.
    func preflight(_ sql: String) -> Bool {
        guard preflightEnabled else { return true }
        // The server's transaction state wins over what the checker saw: a failed COMMIT,
        // `-1`'s BEGIN, and AUTOCOMMIT off (the statement will open a transaction).
        let open = (TransactionState(connection.transactionStatus) ?? .idle).isOpen
        if !open { preflightChecker.transaction.reset() }
        if open || !variables.settings.autocommit { preflightChecker.transaction.begin() }
        var checker = preflightChecker
        guard case .rules(let ids) = checker.check(sql), !ids.isEmpty else {
            preflightChecker = checker
            return true
        }
        for rule in ids.compactMap(CheckRules.rule) {
            var message = "DSQL_CHECK: \(rule.reason); not sent"
            switch (rule.sqlState, rule.message) {
            case (let state?, let text?): message += "\nDETAIL:  DSQL answers \(state) \(text)"
            case (nil, let text?): message += "\nDETAIL:  DSQL answers: \(text)"
            default: break
            }
            message += "\nHINT:  \(rule.instead)"
            reportOwnError(message)
        }
        return false
    }
}
