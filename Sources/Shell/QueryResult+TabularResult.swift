import PostgresClient
import ResultFormatting

/// Lets formatters read libpq results in place.
extension QueryResult: TabularResult {
    public var columns: [Column] {
        (0..<fieldCount).map { Column(name: fieldName($0), typeOID: fieldType($0)) }
    }

    public func withCell<R>(row: Int, column: Int, _ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        try withValue(row: row, column: column, body)
    }
}
