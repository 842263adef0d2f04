import PostgresClient
import ResultFormatting

/// What becomes of each result: printed (through the pager when it does not fit), stored
/// by `\gset`, collected by `\gexec`, pivoted by `\crosstabview`, or reported as an error;
/// and recorded in the special variables (ROW_COUNT, SQLSTATE, LASTOID …).
extension Session {
    /// The print options for one query: `\pset`'s, with `\gx`'s expanded override.
    ///
    /// Made only when rows are printed, so that commands do not copy the options.
    func printOptions(for options: QueryOptions) -> PrintOptions {
        var printOptions = options.printOptions ?? self.printOptions
        if let expanded = options.expanded { printOptions.expanded = expanded ? .on : .off }
        return printOptions
    }

    /// Prints one result and records it in the variables; false for an error.
    func handle(_ result: QueryResult, into output: inout FileSink, options: QueryOptions, sql: String) -> Bool {
        let gsetPrefix = options.gsetPrefix
        switch result.status {
        case .tuples, .singleTuple:
            variables.recordQueryResult(error: false, sqlState: "00000", rowCount: result.rowCount)
            if let gsetPrefix { return storeRow(result, prefix: gsetPrefix) }
            if options.collectsStatements {
                collectStatements(result)
                return true
            }
            if let arguments = options.crosstabArguments {
                return printCrosstab(result, arguments: arguments, options: printOptions(for: options), into: &output)
            }
            printTable(result, options: printOptions(for: options), into: &output)
            if let logFile { logTable(result, into: logFile) }
            printReturningTag(result, into: &output)
        case .command:
            lastCommandStatus = result.commandStatus
            variables.recordQueryResult(error: false, sqlState: "00000", rowCount: result.affectedRows ?? 0)
            variables.recordLastOID(result.oidValue)
            if let logFile { logCommandStatus(result, into: logFile) }
            if gsetPrefix != nil {
                reportOwnError("no rows returned for \\gset")
                return false
            }
            if !quiet {
                result.withCommandStatus { output.write($0) }
                output.write("\n")
            }
        case .copyOut:
            return finishCopy(CopyTransfer.copyOut(from: connection, into: &output))
        case .copyIn:
            copyInsStarted += 1
            return finishCopy(CopyTransfer.copyIn(to: connection, from: copyInput))
        case .emptyQuery:
            // A lone `;` still counts as a statement that succeeded, as in psql.
            variables.recordQueryResult(error: false, sqlState: "00000", rowCount: 0)
        case .pipelineSync:
            break
        case .pipelineAborted:
            return false
        case .error(let error):
            variables.recordQueryResult(error: true, sqlState: error.sqlState, rowCount: 0, errorMessage: error.message)
            reportServerError(error)
            if variables.settings.echo == .errors {
                reportOwnError("STATEMENT:  \(sql)", prefix: location.serverMessagePrefix)
            }
            return false
        }
        return true
    }

    /// psql's tag after the rows of `INSERT`, `UPDATE` or `DELETE … RETURNING` (`UPDATE 1`), unless QUIET.
    func printReturningTag(_ result: QueryResult, into output: inout FileSink) {
        let isDML = result.withCommandStatus { tag in
            ["INSERT", "UPDATE", "DELETE"].contains { keyword in
                tag.count >= 6 && zip(tag.prefix(6), keyword.utf8).allSatisfy { $0 == $1 }
            }
        }
        guard isDML else { return }
        variables.recordLastOID(result.oidValue)
        if let logFile { logCommandStatus(result, into: logFile) }
        guard !quiet else { return }
        result.withCommandStatus { output.write($0) }
        output.write("\n")
    }

    /// Reports a COPY that failed; true when it did not.
    private func finishCopy(_ failure: String?) -> Bool {
        guard let failure else { return true }
        reportOwnError(failure)
        return false
    }

    /// Prints a whole result, through the pager when it does not fit the terminal.
    private func printTable(_ result: QueryResult, options: PrintOptions, into output: inout FileSink) {
        guard let pager, output === standardOutput, options.pager != .off else {
            ResultPrinter.print(result, options: options, terminalColumns: terminalColumns, into: &output)
            return
        }
        let text = ResultPrinter.render(result, options: options, terminalColumns: terminalColumns)
        if PagerPolicy.shouldPage(
            text, use: options.pager, minimumLines: options.pagerMinLines, outputIsTerminal: true,
            width: pager.width, height: pager.height)
        {
            output.flush()
            if PagerProcess.show(text, command: pager.command) { return }
        }
        text.withUnsafeBytes { output.write($0) }
    }

    /// The variables psql watches with a hook; `\gset` refuses to set them.
    static let variablesWithHooks: Set<String> = [
        "AUTOCOMMIT", "ON_ERROR_STOP", "QUIET", "SINGLELINE", "SINGLESTEP", "FETCH_COUNT", "HISTFILE", "HISTSIZE",
        "IGNOREEOF", "ECHO", "ECHO_HIDDEN", "ON_ERROR_ROLLBACK", "COMP_KEYWORD_CASE", "HISTCONTROL", "PROMPT1",
        "PROMPT2", "PROMPT3", "VERBOSITY", "SHOW_ALL_RESULTS", "SHOW_CONTEXT", "HIDE_TOAST_COMPRESSION", "HIDE_TABLEAM",
    ]

    /// `\gexec`: keeps every non-null cell, row by row, as a statement to run next.
    private func collectStatements(_ result: QueryResult) {
        for row in 0..<result.rowCount {
            for column in 0..<result.fieldCount {
                if let text = result.string(row: row, column: column) { collectedStatements.append(text) }
            }
        }
    }

    /// `\gset`: stores the single row's columns as variables named prefix + column.
    private func storeRow(_ result: QueryResult, prefix: String) -> Bool {
        guard result.rowCount == 1 else {
            reportOwnError(
                result.rowCount == 0 ? "no rows returned for \\gset" : "more than one row returned for \\gset")
            return false
        }
        for column in 0..<result.fieldCount {
            let name = prefix + result.fieldName(column)
            if Self.variablesWithHooks.contains(name) {
                reportOwnError(
                    "attempt to \\gset into specially treated variable \"\(name)\" ignored",
                    prefix: location.warningPrefix)
                continue
            }
            do {
                if let value = result.string(row: 0, column: column) {
                    try variables.set(name, to: value)
                } else {
                    try variables.unset(name)
                }
            } catch {
                reportOwnError(error.message)
                return false
            }
        }
        return true
    }
}
