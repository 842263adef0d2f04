/// Prints whole results in any format: the entry point for the shell.
public enum ResultPrinter {
    /// Prints `result` as psql 15 would with `options`, followed by what psql prints after it.
    ///
    /// - Parameter terminalColumns: the terminal's width when output goes to a
    ///   terminal (or pager), else nil; used for `expanded auto` and wrapped
    ///   format unless `options.columns` sets a width.
    ///   - footers: lines printed in place of the row count; markup formats place them inside the markup.
    ///   - segment: which piece of a table printed in pieces this is (aligned and expanded
    ///     output; markup and streamed formats print whole tables, see ``StreamingFormatter``).
    public static func print<Result: TabularResult, Sink: ByteSink>(
        _ result: Result, options: PrintOptions, terminalColumns: Int? = nil, footers: [String]? = nil,
        segment: TableSegment = .whole, into sink: inout Sink
    ) {
        let targetColumns = options.columns > 0 ? options.columns : (terminalColumns ?? 0)
        if options.format.isMarkup {
            let table = MarkupTable(result, options: options, footers: footers)
            let expanded = options.expanded == .on
            switch options.format {
            case .html: HTMLFormatter(table: table, options: options).print(expanded: expanded, into: &sink)
            case .latex, .latexLongtable:
                LaTeXFormatter(table: table, options: options).print(
                    expanded: expanded, longtable: options.format == .latexLongtable, into: &sink)
            case .troffMS: TroffFormatter(table: table, options: options).print(expanded: expanded, into: &sink)
            default: AsciiDocFormatter(table: table, options: options).print(expanded: expanded, into: &sink)
            }
            return
        }
        if var formatter = try? StreamingFormatter(options: options) {
            formatter.begin(columns: result.columns, into: &sink)
            formatter.rows(result, into: &sink)
            formatter.end(totalRows: result.rowCount, into: &sink)
            return
        }
        let table = TableCells(result, nullString: options.nullString)
        if options.expanded == .on {
            ExpandedFormatter(table: table, options: options, targetColumns: targetColumns, segment: segment).print(
                into: &sink)
            return
        }
        let aligned = AlignedFormatter(table: table, options: options, targetColumns: targetColumns, segment: segment)
        if options.expanded == .auto && aligned.isTooWide(for: targetColumns) {
            ExpandedFormatter(table: table, options: options, targetColumns: targetColumns, segment: segment).print(
                into: &sink)
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
