import CLibPQ
import Glibc

/// One result of a query, owning libpq's `PGresult`.
///
/// Cells are read in place: `withValue` lends the bytes libpq already holds.
public final class QueryResult {
    /// What kind of result this is.
    public enum Status: Sendable, Equatable {
        /// Rows (possibly zero) with a row description.
        case tuples
        /// A command that returns no rows, e.g. `INSERT 0 1`.
        case command
        /// The query string was empty.
        case emptyQuery
        /// The server started a COPY TO STDOUT.
        case copyOut
        /// The server started a COPY FROM STDIN.
        case copyIn
        /// One row in single-row mode.
        case singleTuple
        /// The statement failed.
        case error(ServerError)
        /// A pipeline's synchronisation point was reached.
        case pipelineSync
        /// The command was not run: an earlier one in the pipeline failed.
        case pipelineAborted
    }

    private let handle: OpaquePointer
    public let status: Status
    /// The command tag of a result built in memory (libpq offers no way to set one); nil
    /// for a result the server sent, whose tag libpq holds.
    private let builtTag: String?

    init(handle: OpaquePointer) {
        self.handle = handle
        builtTag = nil
        switch PQresultStatus(handle) {
        case PGRES_TUPLES_OK: status = .tuples
        case PGRES_COMMAND_OK: status = .command
        case PGRES_EMPTY_QUERY: status = .emptyQuery
        case PGRES_COPY_OUT: status = .copyOut
        case PGRES_COPY_IN: status = .copyIn
        case PGRES_SINGLE_TUPLE: status = .singleTuple
        case PGRES_PIPELINE_SYNC: status = .pipelineSync
        case PGRES_PIPELINE_ABORTED: status = .pipelineAborted
        default: status = .error(ServerError(result: handle))
        }
    }

    /// A result built in memory (see `QueryResult+InMemory.swift`).
    init(handle: OpaquePointer, status: Status, builtTag: String) {
        self.handle = handle
        self.status = status
        self.builtTag = builtTag
    }

    deinit { PQclear(handle) }

    /// libpq's error text for this result without its trailing newline; empty for success.
    /// The corresponding libpq function is `PQresultErrorMessage`.
    public var errorMessage: String {
        if builtTag != nil {
            guard case .error(let error) = status else { return "" }
            var message = error.formatted
            while message.hasSuffix("\n") { message.removeLast() }
            return message
        }
        guard let text = PQresultErrorMessage(handle) else { return "" }
        var message = String(cString: text)
        while message.hasSuffix("\n") { message.removeLast() }
        return message
    }

    /// The command tag, e.g. `INSERT 0 1` or `SELECT 3`. The corresponding libpq function is `PQcmdStatus`.
    public var commandStatus: String {
        if let builtTag { return builtTag }
        return PQcmdStatus(handle).map { String(cString: $0) } ?? ""
    }

    /// Lends the command tag's bytes (`INSERT 0 1`), without a terminator, to `body`.
    /// The corresponding libpq function is `PQcmdStatus`.
    public func withCommandStatus<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        if var builtTag { return try builtTag.withUTF8 { try body(UnsafeRawBufferPointer($0)) } }
        guard let status = PQcmdStatus(handle) else { return try body(UnsafeRawBufferPointer(start: nil, count: 0)) }
        return try body(UnsafeRawBufferPointer(start: status, count: strlen(status)))
    }

    /// The OID of the row an INSERT created, 0 otherwise (psql's LASTOID). The corresponding libpq function is `PQoidValue`.
    public var oidValue: UInt32 { builtTag == nil ? UInt32(PQoidValue(handle)) : 0 }

    /// Rows affected by the command, when the tag carries a count. The corresponding libpq function is `PQcmdTuples`.
    public var affectedRows: Int? {
        if let builtTag { return Self.affectedRows(inTag: builtTag) }
        guard let digits = PQcmdTuples(handle), digits.pointee != 0 else { return nil }
        // libpq returns the tag's last field, all digits, or an empty string.
        var count = 0
        var next = digits
        while next.pointee != 0 {
            let digit = Int(next.pointee) - Int(UInt8(ascii: "0"))
            guard (0...9).contains(digit) else { return nil }
            let (shifted, overflow) = count.multipliedReportingOverflow(by: 10)
            let (sum, carry) = shifted.addingReportingOverflow(digit)
            guard !overflow, !carry else { return nil }
            count = sum
            next += 1
        }
        return count
    }

    /// The number of columns. The corresponding libpq function is `PQnfields`.
    public var fieldCount: Int { Int(PQnfields(handle)) }

    /// The number of rows. The corresponding libpq function is `PQntuples`.
    public var rowCount: Int { Int(PQntuples(handle)) }

    /// A column's name. The corresponding libpq function is `PQfname`.
    public func fieldName(_ column: Int) -> String {
        PQfname(handle, Int32(column)).map { String(cString: $0) } ?? ""
    }

    /// A column's type OID. The corresponding libpq function is `PQftype`.
    public func fieldType(_ column: Int) -> UInt32 {
        UInt32(PQftype(handle, Int32(column)))
    }

    /// The column's type modifier (-1 when it has none). The corresponding libpq function is `PQfmod`.
    public func fieldTypeModifier(_ column: Int) -> Int {
        Int(PQfmod(handle, Int32(column)))
    }

    /// Whether a cell is SQL NULL. The corresponding libpq function is `PQgetisnull`.
    public func isNull(row: Int, column: Int) -> Bool {
        PQgetisnull(handle, Int32(row), Int32(column)) != 0
    }

    /// Lends a cell's bytes to `body`. The corresponding libpq functions are `PQgetvalue` and `PQgetlength`.
    public func withValue<R>(row: Int, column: Int, _ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        let length = Int(PQgetlength(handle, Int32(row), Int32(column)))
        guard let value = PQgetvalue(handle, Int32(row), Int32(column)) else {
            return try body(UnsafeRawBufferPointer(start: nil, count: 0))
        }
        return try body(UnsafeRawBufferPointer(start: value, count: length))
    }

    /// Lends every cell of `row` to `body` in place: each cell's bytes, nil for NULL.
    /// The corresponding libpq functions are `PQgetisnull`, `PQgetvalue` and `PQgetlength`.
    public func withRow<R>(_ row: Int, _ body: (UnsafeBufferPointer<UnsafeRawBufferPointer?>) throws -> R) rethrows -> R
    {
        // A heap buffer, not withUnsafeTemporaryAllocation: called unspecialised (R is
        // generic across modules), that looks up Result<R, Error> metadata on every row.
        let count = Int(PQnfields(handle))
        let spans = UnsafeMutableBufferPointer<UnsafeRawBufferPointer?>.allocate(capacity: count)
        defer { spans.deallocate() }
        let row = Int32(row)
        for column in 0..<count {
            let field = Int32(column)
            var cell: UnsafeRawBufferPointer?
            if PQgetisnull(handle, row, field) == 0 {
                cell = UnsafeRawBufferPointer(
                    start: PQgetvalue(handle, row, field), count: Int(PQgetlength(handle, row, field)))
            }
            spans.initializeElement(at: column, to: cell)
        }
        return try body(UnsafeBufferPointer(spans))
    }

    /// A cell as a String (nil for NULL); for small results such as catalog lookups.
    public func string(row: Int, column: Int) -> String? {
        if isNull(row: row, column: column) { return nil }
        return withValue(row: row, column: column) { String(decoding: $0, as: UTF8.self) }
    }
}
