import PostgresClient

/// `\lo_import`, `\lo_export`, `\lo_unlink`: large objects through libpq, inside a
/// transaction of their own when none is open, as psql's large_obj.c does.
enum LargeObjectCommands {
    static let all = [
        MetaCommand(names: ["lo_export"], usage: "\\lo_export LOBOID FILE", summary: "write large object to file") {
            invocation in
            let object = invocation.argument(stripSemicolons: true)
            guard let object, let file = invocation.argument(stripSemicolons: true) else {
                return invocation.fail("\\\(invocation.name): missing required argument")
            }
            let path = PathText.expandingTilde(file)
            return run(&invocation) { session in
                guard session.connection.exportLargeObject(oid(object), to: path) else { return nil }
                return "lo_export"
            }
        },
        MetaCommand(names: ["lo_import"], usage: "\\lo_import FILE [COMMENT]", summary: "read large object from file") {
            invocation in
            guard let file = invocation.argument(stripSemicolons: true) else {
                return invocation.fail("\\\(invocation.name): missing required argument")
            }
            let comment = invocation.argument(stripSemicolons: true)
            let path = PathText.expandingTilde(file)
            var imported: UInt32?
            let outcome = run(&invocation) { session in
                guard let oid = session.connection.importLargeObject(from: path) else { return nil }
                if let comment {
                    let sql =
                        "COMMENT ON LARGE OBJECT \(oid) IS "
                        + SQLLiteral.quote(comment, standardStrings: session.standardConformingStrings)
                    guard session.hiddenExecute(sql) else { return nil }
                }
                imported = oid
                return "lo_import \(oid)"
            }
            if let imported { try? invocation.session.variables.set("LASTOID", to: String(imported)) }
            return outcome
        },
        MetaCommand(names: ["lo_unlink"], usage: "\\lo_unlink LOBOID", summary: "delete large object") { invocation in
            guard let object = invocation.argument(stripSemicolons: true) else {
                return invocation.fail("\\\(invocation.name): missing required argument")
            }
            return run(&invocation) { session in
                guard session.connection.unlinkLargeObject(oid(object)) else { return nil }
                return "lo_unlink \(oid(object))"
            }
        },
    ]

    /// C's atooid: leading decimal digits, wrapping as an unsigned 32-bit number.
    static func oid(_ text: String) -> UInt32 {
        var value: UInt32 = 0
        for byte in text.utf8 {
            guard byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") else { break }
            value = value &* 10 &+ UInt32(byte - UInt8(ascii: "0"))
        }
        return value
    }

    /// Runs `body` in a transaction (begun here when none is open, and committed when
    /// AUTOCOMMIT is on); prints its result line unless QUIET. `body` returns nil on a
    /// libpq failure, which is reported from the connection's message.
    private static func run(_ invocation: inout MetaInvocation, _ body: (Session) -> String?) -> MetaOutcome {
        let session = invocation.session
        let operation = "\\" + invocation.name
        var ownTransaction = false
        switch session.connection.transactionStatus {
        case .idle:
            guard session.hiddenExecute("BEGIN") else { return .failed }
            ownTransaction = true
        case .inTransaction:
            break
        case .failedTransaction:
            return invocation.fail("\(operation): current transaction is aborted")
        default:
            return invocation.fail("\(operation): unknown transaction status")
        }
        let autocommit = session.variables.settings.autocommit
        guard let message = body(session) else {
            var text = session.connection.errorMessage
            if text.hasSuffix("\n") { text.removeLast() }
            // pg_log_info: no "error:".
            if !text.isEmpty { session.reportOwnError(text, prefix: session.location.serverMessagePrefix) }
            if ownTransaction && autocommit { _ = session.hiddenExecute("ROLLBACK") }
            return .failed
        }
        if ownTransaction && autocommit, !session.hiddenExecute("COMMIT") {
            _ = session.hiddenExecute("ROLLBACK")
            return .failed
        }
        if !session.quiet {
            let html = session.printOptions.format == .html
            session.queryOutput.write((html ? "<p>" : "") + message + (html ? "</p>\n" : "\n"))
            session.queryOutput.flush()
        }
        return .done
    }
}

extension Session {
    /// Runs a statement of psql's own (PSQLexec: framed under ECHO_HIDDEN); false after
    /// reporting the server's error.
    func hiddenExecute(_ sql: String) -> Bool {
        if variables.settings.echoHidden != .off {
            standardOutput.write("********* QUERY **********\n\(sql)\n**************************\n\n")
            standardOutput.flush()
            if variables.settings.echoHidden == .noexec { return true }
        }
        return internalStatement(sql)
    }
}
