import PostgresClient
import ResultFormatting

/// Runs a describe command's catalog queries and prints its tables.
///
/// Queries are shown first when ECHO_HIDDEN is on (and only shown when it is `noexec`),
/// in psql's `********* QUERY **********` frame. A query that fails returns nil
/// without a message: describe output leaves that section out instead of failing.
struct CatalogReader {
    let session: Session

    /// Whether catalog queries are only printed, not run.
    var isNoExec: Bool { session.variables.settings.echoHidden == .noexec }

    /// Runs `sql` and returns its rows, or nil when it failed (or ECHO_HIDDEN is noexec).
    ///
    /// Inside the user's transaction a query that calls a function not known to work on
    /// Aurora DSQL is not run at all, and the catalogs `sql` reads are probed first with a
    /// query that cannot fail, so neither can abort the transaction.
    func rows(_ sql: String) -> QueryResult? {
        if inTransaction, !isNoExec, !CatalogProbe.callsOnlyKnownFunctions(sql) { return nil }
        if inTransaction, !isNoExec, let probe = CatalogProbe.query(for: sql) {
            echo(probe)
            guard let answer = try? session.connection.execute(probe).first, answer.status == .tuples,
                answer.rowCount == 1, answer.string(row: 0, column: 0) == "t"
            else { return nil }
        }
        echo(sql)
        if isNoExec { return nil }
        guard let results = try? session.connection.execute(sql) else { return nil }
        var rows: QueryResult?
        for result in results {
            switch result.status {
            case .tuples, .singleTuple: rows = rows ?? result
            case .error: return nil
            default: continue
            }
        }
        return rows
    }

    /// Runs `sql`, reporting a failure as a server error; nil when it failed.
    /// - Parameter guarded: refuse, inside a transaction, a query calling functions not known to work on Aurora DSQL.
    func requiredRows(_ sql: String, guarded: Bool = true) -> QueryResult? {
        if guarded, inTransaction, !isNoExec, !CatalogProbe.callsOnlyKnownFunctions(sql) {
            session.reportOwnError(
                "this listing is not available inside a transaction on Aurora DSQL; run it outside the transaction")
            return nil
        }
        echo(sql)
        if isNoExec { return nil }
        let results: [QueryResult]
        do {
            results = try session.connection.execute(sql)
        } catch {
            // In a pipeline libpq refuses the query; psql 18 prints its message as it prints a server's.
            let inPipeline = session.connection.pipelineStatus != .off
            session.reportOwnError("\(error)", prefix: inPipeline ? session.location.serverMessagePrefix : nil)
            return nil
        }
        for result in results {
            if case .error(let error) = result.status {
                session.reportServerError(error)
                return nil
            }
        }
        return results.first { $0.status == .tuples }
    }

    /// The first of `candidates` that succeeds (each echoed as it is tried).
    ///
    /// Inside the user's transaction a failed query aborts it, so no later candidate can
    /// run; that is said once instead of leaving sections out in silence.
    func firstRows(_ candidates: [String]) -> QueryResult? {
        for sql in candidates {
            if session.connection.transactionStatus == .failedTransaction { return nil }
            if let rows = rows(sql) { return rows }
            if isNoExec { return nil }
            if session.connection.transactionStatus == .failedTransaction {
                session.reportOwnError(
                    "a catalog query failed inside the current transaction, which is now aborted; describe outside a transaction for full output"
                )
                return nil
            }
        }
        return nil
    }

    /// Whether the user has a transaction open, where a failing catalog query would abort it.
    var inTransaction: Bool { session.connection.transactionStatus != .idle }

    /// Prints psql's ECHO_HIDDEN frame around `sql` when it is on.
    private func echo(_ sql: String) {
        guard session.variables.settings.echoHidden != .off else { return }
        session.standardOutput.write("********* QUERY **********\n\(sql)\n**************************\n\n")
        session.standardOutput.flush()
        if let log = session.logFile { session.logQuery(sql, into: log) }
    }

    /// The bytes of `table` in `options`' format, with `footers` where psql puts them.
    private func rendered<Table: TabularResult>(
        _ table: Table, options: PrintOptions, footers: [String]?, terminalColumns: Int?
    ) -> [UInt8] {
        var sink = MemorySink()
        // Markup formats (html, asciidoc, latex, troff-ms) place the footers inside the markup.
        var options = options
        let markupFooters = options.format.isMarkup ? footers.flatMap { $0.isEmpty ? nil : $0 } : nil
        if markupFooters != nil { options.footer = true }
        ResultPrinter.print(
            table, options: options, terminalColumns: terminalColumns, footers: markupFooters, into: &sink)
        var bytes = sink.bytes
        // CSV and JSON have no place for footers; psql's CSV output drops them too.
        let takesFooters = [.aligned, .wrapped, .unaligned].contains(options.format)
        if let footers, !footers.isEmpty, !options.tuplesOnly, takesFooters {
            let aligned = options.format == .aligned || options.format == .wrapped
            // Expanded output sets its footers apart with a blank line (with border 2 its
            // closing rule does), as psql's print_aligned_vertical and print_unaligned_vertical do.
            let expanded = options.expanded == .on && table.rowCount > 0
            let endsWithBlank = aligned && bytes.last == UInt8(ascii: "\n")
            if endsWithBlank && !(expanded && options.effectiveBorder < 2) { bytes.removeLast() }
            if expanded && !aligned { bytes.append(UInt8(ascii: "\n")) }
            for footer in footers { bytes += Array(footer.utf8) + [UInt8(ascii: "\n")] }
            if endsWithBlank { bytes.append(UInt8(ascii: "\n")) }
        }
        return bytes
    }

    /// Prints `table` with a title and, when given, footers in place of the row count.
    ///
    /// Footers follow psql's `printTable`: one line each under the table (skipped in
    /// tuples-only mode), before the blank line that ends aligned output. Output that
    /// does not fit the terminal goes through the pager, as query results do.
    /// - Parameter expandable: whether `\x` applies; psql never expands `\d NAME`'s tables.
    /// - Parameter showsNullAsEmpty: ignore `\pset null`, as psql's listings do.
    func print<Table: TabularResult>(
        _ table: Table, title: String?, footers: [String]? = nil, expandable: Bool = true,
        showsNullAsEmpty: Bool = false
    ) {
        var options = session.printOptions
        options.title = title
        if showsNullAsEmpty { options.nullString = "" }
        if !expandable { options.expanded = .off }
        if footers != nil { options.footer = false }
        let bytes = rendered(table, options: options, footers: footers, terminalColumns: session.terminalColumns)
        if let log = session.logFile {
            // psql's -L log gets the same table, always aligned and never expanded.
            var logOptions = options
            logOptions.format = options.format == .wrapped ? .wrapped : .aligned
            logOptions.expanded = .off
            rendered(table, options: logOptions, footers: footers, terminalColumns: nil).withUnsafeBytes {
                log.write($0)
            }
            log.flush()
        }
        let output = session.queryOutput
        session.refreshTerminalSize()
        if let pager = session.pager, output === session.standardOutput, options.pager != .off,
            PagerPolicy.shouldPage(
                bytes, use: options.pager, minimumLines: options.pagerMinLines, outputIsTerminal: true,
                width: pager.width, height: pager.height)
        {
            output.flush()
            if PagerProcess.show(bytes, command: pager.command) { return }
        }
        bytes.withUnsafeBytes { output.write($0) }
        output.flush()
    }
}
