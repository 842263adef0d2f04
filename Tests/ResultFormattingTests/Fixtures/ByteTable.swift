@testable import ResultFormatting

/// A result whose cells are arbitrary bytes, including invalid UTF-8.
struct ByteTable: TabularResult {
    var columns: [Column]
    var cells: [[[UInt8]?]]

    var rowCount: Int { cells.count }

    func isNull(row: Int, column: Int) -> Bool { cells[row][column] == nil }

    func withCell<R>(row: Int, column: Int, _ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        try (cells[row][column] ?? []).withUnsafeBytes { try body($0) }
    }
}

/// A sink that only counts bytes and writes, holding none of them.
struct CountingSink: ByteSink {
    var byteCount = 0
    var writes = 0

    mutating func write(_ bytes: UnsafeRawBufferPointer) {
        byteCount += bytes.count
        writes += 1
    }
}

extension MemoryTable {
    /// One single-row table per row, the way libpq's single-row mode delivers a result.
    var singleRowChunks: [MemoryTable] {
        rows.map { MemoryTable(columns: columns, rows: [$0]) }
    }
}
