/// A result's headers and cells as psql prints them: NULL replaced by the null
/// string, and every value cleaned of bytes psql drops.
struct TableCells<Result: TabularResult> {
    let result: Result
    let headers: [[UInt8]]
    let nullBytes: [UInt8]
    let alignments: [Alignment]

    init(_ result: Result, nullString: String) {
        self.result = result
        headers = result.columns.map { column in
            Array(column.name.utf8).withUnsafeBytes { UTF8Cleaner.withCleanBytes($0) { Array($0) } }
        }
        nullBytes = Array(nullString.utf8).withUnsafeBytes { UTF8Cleaner.withCleanBytes($0) { Array($0) } }
        alignments = result.columns.map(\.alignment)
    }

    var columnCount: Int { headers.count }
    var rowCount: Int { result.rowCount }

    /// Calls `body` with the printable bytes of one cell; valid only during the call.
    func withCell<R>(row: Int, column: Int, _ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        if result.isNull(row: row, column: column) {
            return try nullBytes.withUnsafeBytes { try body($0) }
        }
        return try result.withCell(row: row, column: column) { raw in
            try UTF8Cleaner.withCleanBytes(raw, body)
        }
    }

    /// Calls `body` with every cell of `row` as the result holds it (nil for NULL); pass each to `UTF8Cleaner.withPrintable`.
    func withRow<R>(_ row: Int, _ body: (RowCells) throws -> R) rethrows -> R {
        try result.withRow(row, body)
    }

    /// Calls `body` with the printable bytes of one header.
    func withHeader<R>(_ column: Int, _ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        try headers[column].withUnsafeBytes { try body($0) }
    }
}
