import PostgresClient
import ResultFormatting
import SQLScanner
import SessionPolicy

/// A query's rows printed FETCH_COUNT at a time, as psql prints a query it reads through a
/// cursor: each group laid out on its own (the header with the first, the footer with the
/// last), and a group printed only once it is whole — when an error ends the rows, the
/// rows of the unfinished group are not printed, as psql's failed FETCH prints none.
///
/// The rows come from libpq's single-row mode rather than a cursor, so it works where
/// cursors do not (Aurora DSQL) and costs no extra round trips.
struct ChunkedResult {
    /// Rows per group (FETCH_COUNT).
    let size: Int
    private let options: PrintOptions
    private let terminalColumns: Int?
    private let columns: [Column]
    /// Streamable formats keep one formatter across groups (they have no widths to lay out).
    private var streaming: StreamingFormatter?
    private var group: [[String?]] = []
    private(set) var printedRows = 0
    private var started = false

    init(size: Int, options: PrintOptions, terminalColumns: Int?, columns: [Column]) {
        self.size = size
        self.options = options
        self.terminalColumns = terminalColumns
        self.columns = columns
        streaming = try? StreamingFormatter(options: options)
        group.reserveCapacity(min(size, 1024))
    }

    /// Whether a query is printed in groups: FETCH_COUNT is set and the query starts with
    /// SELECT or VALUES after any parentheses (psql's `is_select_command`).
    static func applies(to sql: String, fetchCount: Int) -> Bool {
        guard fetchCount > 0 else { return false }
        var lexer = SQLLexer(sql)
        while let token = lexer.next() {
            if token.isSymbol("(") { continue }
            return token.isWord("select") || token.isWord("values")
        }
        return false
    }

    /// Takes the rows from the one that has just arrived on; returns what arrived after
    /// them (the result that ends the rows, or an error), nil when nothing did.
    mutating func addRows(from connection: some DatabaseConnection, into sink: inout FileSink) -> Arrival? {
        let row = connection.streamedRow
        while true {
            row.withCells { cells in
                group.append(cells.map { $0.map { String(decoding: $0, as: UTF8.self) } })
            }
            if group.count == size { printGroup(last: false, into: &sink) }
            if sink.isStopped { return connection.nextArrival() }
            let next = connection.nextArrival()
            guard case .row = next else { return next }
        }
    }

    /// The rows ended without error: prints the last group (perhaps empty) with the footer.
    mutating func finish(into sink: inout FileSink) {
        printGroup(last: true, into: &sink)
    }

    /// Every row taken so far, printed or not.
    var rowCount: Int { printedRows + group.count }

    private mutating func printGroup(last: Bool, into sink: inout FileSink) {
        let table = MemoryTable(columns: columns, rows: group)
        if var formatter = streaming {
            if !started { formatter.begin(columns: columns, into: &sink) }
            formatter.rows(table, into: &sink)
            if last { formatter.end(totalRows: printedRows + group.count, into: &sink) }
            streaming = formatter
        } else {
            let segment = TableSegment(startsTable: !started, endsTable: last, priorRows: printedRows)
            ResultPrinter.print(
                table, options: options, terminalColumns: terminalColumns, segment: segment, into: &sink)
        }
        started = true
        printedRows += group.count
        group.removeAll(keepingCapacity: true)
    }
}
