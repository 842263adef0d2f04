// ResultFormatting — the pure table model and psql-compatible formatters.
// Owns: column metadata, display width, every output format.
// Never imports: any C module, PostgresClient, Shell.

/// How a column's values are aligned in aligned output.
public enum Alignment: Sendable, Equatable {
    case left
    case right

    /// psql's rule: numeric types are right-aligned, everything else left.
    ///
    /// Mirrors psql's `column_type_alignment`: int2, int4, int8, float4, float8,
    /// numeric, oid, xid, xid8, cid and money align right.
    public init(typeOID: UInt32) {
        switch typeOID {
        case 20, 21, 23, 26, 28, 29, 700, 701, 790, 1700, 5069: self = .right
        default: self = .left
        }
    }
}

/// One column of a result: its name, its type and how it aligns.
public struct Column: Sendable, Equatable {
    public var name: String
    public var typeOID: UInt32
    public var alignment: Alignment

    public init(name: String, typeOID: UInt32) {
        self.name = name
        self.typeOID = typeOID
        self.alignment = Alignment(typeOID: typeOID)
    }
}

/// One row's cells as formatters read them: each cell's bytes, nil for SQL NULL.
/// Valid only inside the call that lends it.
public typealias RowCells = UnsafeBufferPointer<UnsafeRawBufferPointer?>

/// A result set that formatters read row by row, without copying it.
///
/// `PostgresClient`'s results conform in `Shell`; tests use `MemoryTable`.
/// Cell bytes are the server's text representation (UTF-8 for DSQL).
public protocol TabularResult {
    /// The columns, in order.
    var columns: [Column] { get }
    /// How many rows the result holds.
    var rowCount: Int { get }
    /// Whether the cell is SQL NULL.
    func isNull(row: Int, column: Int) -> Bool
    /// Calls `body` with the cell's bytes; valid only during the call.
    func withCell<R>(row: Int, column: Int, _ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R
    /// Calls `body` with every cell of `row` (nil for NULL); valid only during the call.
    ///
    /// The formatters' hot path: one call per row instead of closures per cell.
    /// The default copies the cells; results that hold their bytes lend them in place.
    func withRow<R>(_ row: Int, _ body: (RowCells) throws -> R) rethrows -> R
}

extension TabularResult {
    public func withRow<R>(_ row: Int, _ body: (RowCells) throws -> R) rethrows -> R {
        let count = columns.count
        var storage: [UInt8] = []
        var ranges: [Range<Int>?] = []
        ranges.reserveCapacity(count)
        for column in 0..<count {
            if isNull(row: row, column: column) {
                ranges.append(nil)
                continue
            }
            let start = storage.count
            withCell(row: row, column: column) { storage.append(contentsOf: $0) }
            ranges.append(start..<storage.count)
        }
        return try storage.withUnsafeBytes { raw in
            try withUnsafeTemporaryAllocation(of: UnsafeRawBufferPointer?.self, capacity: count) { spans in
                for (column, range) in ranges.enumerated() {
                    spans.initializeElement(at: column, to: range.map { UnsafeRawBufferPointer(rebasing: raw[$0]) })
                }
                return try body(UnsafeBufferPointer(spans))
            }
        }
    }
}

/// An in-memory result, for tests and for results the shell builds itself.
public struct MemoryTable: TabularResult, Sendable {
    public var columns: [Column]
    public var rows: [[String?]]

    public init(columns: [Column], rows: [[String?]]) {
        self.columns = columns
        self.rows = rows
    }

    public var rowCount: Int { rows.count }

    public func isNull(row: Int, column: Int) -> Bool { rows[row][column] == nil }

    public func withCell<R>(row: Int, column: Int, _ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        var text = rows[row][column] ?? ""
        return try text.withUTF8 { try body(UnsafeRawBufferPointer($0)) }
    }
}

/// Where formatted output goes: a file descriptor, a pager, or memory in tests.
public protocol ByteSink {
    /// Appends bytes to the output.
    mutating func write(_ bytes: UnsafeRawBufferPointer)
    /// Whether the output was stopped (Ctrl-C): formatters then print no more rows.
    var isStopped: Bool { get }
}

extension ByteSink {
    /// Sinks that cannot be stopped never are.
    public var isStopped: Bool { false }

    /// Appends a string's UTF-8 bytes.
    public mutating func write(_ text: String) {
        var text = text
        text.withUTF8 { write(UnsafeRawBufferPointer($0)) }
    }
}

/// A sink that collects bytes in memory.
public struct MemorySink: ByteSink, Sendable {
    public private(set) var bytes: [UInt8] = []

    public init() {}

    public mutating func write(_ bytes: UnsafeRawBufferPointer) {
        self.bytes.append(contentsOf: bytes)
    }

    /// The collected bytes decoded as UTF-8 (invalid sequences repaired).
    public var text: String { String(decoding: bytes, as: UTF8.self) }
}
