/// A whole result as the strings psql's markup formats (html, asciidoc) print: headers,
/// cells with NULL as the null string, alignments, and the footer lines.
struct MarkupTable {
    let headers: [String]
    let rows: [[String]]
    let alignments: [Alignment]
    /// The footer lines: the given footers, else `(N rows)` when the default footer is on.
    let footers: [String]?
    /// Only the given footers: psql's expanded markup prints no default footer.
    let explicitFooters: [String]?

    init<Result: TabularResult>(_ result: Result, options: PrintOptions, footers: [String]?) {
        let cells = TableCells(result, nullString: options.nullString)
        headers = (0..<cells.columnCount).map { column in
            cells.withHeader(column) { String(decoding: $0, as: UTF8.self) }
        }
        rows = (0..<cells.rowCount).map { row in
            (0..<cells.columnCount).map { column in
                cells.withCell(row: row, column: column) { String(decoding: $0, as: UTF8.self) }
            }
        }
        alignments = cells.alignments
        explicitFooters = footers
        if let footers {
            self.footers = footers
        } else if options.footer {
            self.footers = [rows.count == 1 ? "(1 row)" : "(\(rows.count) rows)"]
        } else {
            self.footers = nil
        }
    }

    /// Whether a cell holds nothing but spaces and tabs (psql prints a placeholder for it).
    static func isBlank(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
    }
}
