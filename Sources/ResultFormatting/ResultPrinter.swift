/// Prints whole results in any format: the entry point for the shell.
public enum ResultPrinter {
    /// Prints `result` as psql 15 would with `options`, followed by what psql prints after it.
    ///
    /// - Parameter terminalColumns: the terminal's width when output goes to a
    ///   terminal (or pager), else nil; used for `expanded auto` and wrapped
    ///   format unless `options.columns` sets a width.
    public static func print<Result: TabularResult, Sink: ByteSink>(
        _ result: Result, options: PrintOptions, terminalColumns: Int? = nil, into sink: inout Sink
    ) {
        let targetColumns = options.columns > 0 ? options.columns : (terminalColumns ?? 0)
        if var formatter = try? StreamingFormatter(options: options) {
            formatter.begin(columns: result.columns, into: &sink)
            formatter.rows(result, into: &sink)
            formatter.end(totalRows: result.rowCount, into: &sink)
            return
        }
        let table = TableCells(result, nullString: options.nullString)
        if options.expanded == .on {
            ExpandedFormatter(table: table, options: options, targetColumns: targetColumns).print(into: &sink)
            return
        }
        let aligned = AlignedFormatter(table: table, options: options, targetColumns: targetColumns)
        if options.expanded == .auto && aligned.isTooWide(for: targetColumns) {
            ExpandedFormatter(table: table, options: options, targetColumns: targetColumns).print(into: &sink)
        } else {
            aligned.print(into: &sink)
        }
    }

    /// Prints `result` and returns the bytes; convenient for tests and small results.
    public static func render<Result: TabularResult>(
        _ result: Result, options: PrintOptions, terminalColumns: Int? = nil
    ) -> [UInt8] {
        var sink = MemorySink()
        print(result, options: options, terminalColumns: terminalColumns, into: &sink)
        return sink.bytes
    }
}
