import CLibPQ

/// The row libpq's single-row mode handed over last, owning its `PGresult` until the next arrives.
///
/// A connection keeps one and reuses it for every row, so a streamed result costs no
/// Swift allocation per row: the cells are lent in place through `withCells`, from a
/// span buffer that is allocated once and grows only for wider rows.
public final class StreamedRow {
    private var handle: OpaquePointer?
    private var spans: UnsafeMutableBufferPointer<UnsafeRawBufferPointer?>

    /// An empty holder; a connection that never streams (an in-memory one) keeps one empty.
    public init() {
        spans = .allocate(capacity: 16)
    }

    deinit {
        if let handle { PQclear(handle) }
        spans.deallocate()
    }

    /// Takes ownership of a single-row result, freeing the row held before.
    func hold(_ result: OpaquePointer) {
        release()
        handle = result
    }

    /// Frees the row held, if any. The corresponding libpq function is `PQclear`.
    func release() {
        if let handle { PQclear(handle) }
        handle = nil
    }

    /// The number of columns. The corresponding libpq function is `PQnfields`.
    public var fieldCount: Int { handle.map { Int(PQnfields($0)) } ?? 0 }

    /// A column's name. The corresponding libpq function is `PQfname`.
    public func fieldName(_ column: Int) -> String {
        handle.flatMap { PQfname($0, Int32(column)) }.map { String(cString: $0) } ?? ""
    }

    /// A column's type OID. The corresponding libpq function is `PQftype`.
    public func fieldType(_ column: Int) -> UInt32 {
        handle.map { UInt32(PQftype($0, Int32(column))) } ?? 0
    }

    /// Lends every cell of the row to `body` in place: each cell's bytes, nil for NULL.
    /// The corresponding libpq functions are `PQgetlength`, `PQgetisnull` and `PQgetvalue`.
    public func withCells(_ body: (UnsafeBufferPointer<UnsafeRawBufferPointer?>) -> Void) {
        guard let handle else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
        let count = Int(PQnfields(handle))
        if count > spans.count {
            spans.deallocate()
            spans = .allocate(capacity: count)
        }
        for column in 0..<count {
            let field = Int32(column)
            let length = Int(PQgetlength(handle, 0, field))
            // Only an empty cell can be NULL, so most cells skip the NULL test.
            if length == 0 && PQgetisnull(handle, 0, field) != 0 {
                spans[column] = nil
            } else {
                spans[column] = UnsafeRawBufferPointer(start: PQgetvalue(handle, 0, field), count: length)
            }
        }
        body(UnsafeBufferPointer(rebasing: spans[0..<count]))
    }
}
