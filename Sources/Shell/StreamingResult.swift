import PostgresClient
import ResultFormatting

/// A result arriving row by row (libpq's single-row mode), printed as it comes.
///
/// A value the session keeps in a local variable, so adding a row needs no
/// run-time exclusivity check.
struct StreamingResult {
    private var formatter: StreamingFormatter?
    private(set) var rowCount = 0

    /// Starts printing a result with `columns`; formats that cannot stream print nothing here.
    init(options: PrintOptions, columns: [Column], into sink: inout FileSink) {
        formatter = try? StreamingFormatter(options: options)
        formatter?.begin(columns: columns, into: &sink)
    }

    /// Prints the row that has just arrived and every row after it; returns what
    /// arrived next (the result that ends the rows, or an error), nil when nothing did.
    mutating func addRows(from connection: some DatabaseConnection, into sink: inout FileSink) -> Arrival? {
        let row = connection.streamedRow
        while true {
            rowCount += 1
            row.withCells { formatter?.row($0, into: &sink) }
            let next = connection.nextArrival()
            guard case .row = next else { return next }
        }
    }

    /// Prints the footer, if the format has one.
    mutating func end(into sink: inout FileSink) {
        formatter?.end(totalRows: rowCount, into: &sink)
    }
}

extension StreamedRow {
    /// The row's columns, for the formatter's header.
    var columns: [Column] {
        (0..<fieldCount).map { Column(name: fieldName($0), typeOID: fieldType($0)) }
    }
}
