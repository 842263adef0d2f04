import ResultFormatting

/// A result arriving row by row (libpq's single-row mode), printed as it comes.
final class StreamingResult {
    private var formatter: StreamingFormatter?
    private(set) var rowCount = 0

    /// Starts printing a result with `columns`; formats that cannot stream print nothing here.
    init(options: PrintOptions, columns: [Column], into sink: inout FileSink) {
        formatter = try? StreamingFormatter(options: options)
        formatter?.begin(columns: columns, into: &sink)
    }

    /// Prints the rows of one chunk.
    func add(_ chunk: some TabularResult, into sink: inout FileSink) {
        rowCount += chunk.rowCount
        formatter?.rows(chunk, into: &sink)
    }

    /// Prints the footer, if the format has one.
    func end(into sink: inout FileSink) {
        formatter?.end(totalRows: rowCount, into: &sink)
    }
}
