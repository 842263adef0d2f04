/// psql's `\crosstabview`: pivots a result so one column's distinct values become the
/// rows, another's the columns, and a third fills the cells (crosstabview.c).
public enum CrosstabView {
    /// Why a result cannot be pivoted; `message` is psql's.
    public struct Failure: Error, Equatable {
        public let message: String
    }

    /// The most columns psql's crosstab makes.
    static let maximumColumns = 1600

    /// Pivots `rows` (cells as text, nil for NULL) of a result with `columns`.
    ///
    /// - Parameters:
    ///   - arguments: up to four column references (number from 1 or name): vertical
    ///     header, horizontal header, data, and the column whose integers sort the
    ///     horizontal header; nil entries take psql's defaults.
    ///   - nullString: what NULL headers and cells print as.
    public static func pivot(columns: [Column], rows: [[String?]], arguments: [String?], nullString: String)
        throws(Failure) -> MemoryTable
    {
        guard columns.count >= 3 else {
            throw Failure(message: "\\crosstabview: query must return at least three columns")
        }
        func argument(_ index: Int) -> String? { index < arguments.count ? arguments[index] : nil }
        let rowField = try argument(0).map { argument throws(Failure) in try index(of: argument, in: columns) } ?? 0
        let columnField = try argument(1).map { argument throws(Failure) in try index(of: argument, in: columns) } ?? 1
        guard rowField != columnField else {
            throw Failure(message: "\\crosstabview: vertical and horizontal headers must be different columns")
        }
        let dataField: Int
        if let data = argument(2) {
            dataField = try index(of: data, in: columns)
        } else {
            guard columns.count == 3 else {
                throw Failure(
                    message: "\\crosstabview: data column must be specified when query returns more than three columns")
            }
            dataField = (0..<3).first { $0 != rowField && $0 != columnField } ?? 2
        }
        let sortField = try argument(3).map { argument throws(Failure) in try index(of: argument, in: columns) }

        // Distinct header values, ranked by first appearance.
        var columnRank: [String?: Int] = [:]
        var columnSortValue: [String?: String?] = [:]
        var columnOrder: [String?] = []
        var rowRank: [String?: Int] = [:]
        var rowOrder: [String?] = []
        for row in rows {
            let horizontal = row[columnField]
            if columnRank[horizontal] == nil {
                columnRank[horizontal] = columnOrder.count
                columnOrder.append(horizontal)
                columnSortValue[horizontal] = sortField.flatMap { row[$0] }
                if columnOrder.count > maximumColumns {
                    throw Failure(message: "\\crosstabview: maximum number of columns (\(maximumColumns)) exceeded")
                }
            }
            let vertical = row[rowField]
            if rowRank[vertical] == nil {
                rowRank[vertical] = rowOrder.count
                rowOrder.append(vertical)
            }
        }
        if sortField != nil {
            // psql ranks the names in their sorted order by the integer sort value, stably.
            let byName = columnOrder.sorted(by: precedes)
            let ranked = byName.enumerated().map {
                (position: $0.offset, name: $0.element, key: rankKey(columnSortValue[$0.element] ?? nil))
            }
            .sorted { $0.key != $1.key ? $0.key < $1.key : $0.position < $1.position }
            for (rank, entry) in ranked.enumerated() { columnRank[entry.name] = rank }
            columnOrder = ranked.map(\.name)
        }

        var headerColumns = [Column(name: columns[rowField].name, typeOID: columns[rowField].typeOID)]
        for name in columnOrder {
            headerColumns.append(Column(name: name ?? nullString, typeOID: columns[dataField].typeOID))
        }
        var cells = [[String?]](
            repeating: [String?](repeating: nil, count: columnOrder.count + 1), count: rowOrder.count)
        for (index, name) in rowOrder.enumerated() { cells[index][0] = name ?? nullString }
        for row in rows {
            guard let rowIndex = rowRank[row[rowField]], let columnIndex = columnRank[row[columnField]] else {
                continue
            }
            if cells[rowIndex][columnIndex + 1] != nil {
                let rowName = row[rowField] ?? (nullString.isEmpty ? "(null)" : nullString)
                let columnName = row[columnField] ?? (nullString.isEmpty ? "(null)" : nullString)
                throw Failure(
                    message:
                        "\\crosstabview: query result contains multiple data values for row \"\(rowName)\", column \"\(columnName)\""
                )
            }
            cells[rowIndex][columnIndex + 1] = row[dataField] ?? nullString
        }
        return MemoryTable(columns: headerColumns, rows: cells.map { $0.map { $0 ?? "" } })
    }

    /// psql's pivotFieldCompare: non-null values by bytes, NULL last.
    private static func precedes(_ left: String?, _ right: String?) -> Bool {
        guard let left else { return false }
        guard let right else { return true }
        return Array(left.utf8).lexicographicallyPrecedes(Array(right.utf8))
    }

    /// An integer sort value (`-?[0-9]*`), or 0 when it is not one.
    private static func rankKey(_ value: String?) -> Int32 {
        guard let value else { return 0 }
        let digits = value.hasPrefix("-") ? value.dropFirst() : Substring(value)
        guard digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return 0 }
        return atoi(value)
    }

    /// C's atoi: leading digits with an optional sign, wrapping as a 32-bit int.
    private static func atoi(_ text: String) -> Int32 {
        var value: Int32 = 0
        var negative = false
        var bytes = Substring(text).utf8.makeIterator()
        var first = true
        while let byte = bytes.next() {
            if first && byte == UInt8(ascii: "-") {
                negative = true
                first = false
                continue
            }
            first = false
            guard byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") else { break }
            value = value &* 10 &+ Int32(byte - UInt8(ascii: "0"))
        }
        return negative ? 0 &- value : value
    }

    /// A column reference: a number from 1, or a name (dequoted, else lowercased).
    static func index(of argument: String, in columns: [Column]) throws(Failure) -> Int {
        if !argument.isEmpty, argument.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) {
            let number = Int(atoi(argument))
            guard number >= 1 && number <= columns.count else {
                throw Failure(message: "\\crosstabview: column number \(number) is out of range 1..\(columns.count)")
            }
            return number - 1
        }
        let name = dequotedLowercased(argument)
        let matches = columns.indices.filter { columns[$0].name == name }
        guard matches.count <= 1 else { throw Failure(message: "\\crosstabview: ambiguous column name: \"\(name)\"") }
        guard let match = matches.first else {
            throw Failure(message: "\\crosstabview: column name not found: \"\(name)\"")
        }
        return match
    }

    /// psql's dequote_downcase_identifier: double-quoted parts kept (`""` is one quote),
    /// the rest lowercased (ASCII).
    static func dequotedLowercased(_ text: String) -> String {
        var out = ""
        var inQuotes = false
        var scalars = Array(text.unicodeScalars)[...]
        while let scalar = scalars.popFirst() {
            if scalar == "\"" {
                if inQuotes && scalars.first == "\"" {
                    out.unicodeScalars.append("\"")
                    scalars.removeFirst()
                } else {
                    inQuotes.toggle()
                }
            } else if inQuotes {
                out.unicodeScalars.append(scalar)
            } else {
                out += scalar.isASCII ? String(scalar).lowercased() : String(scalar)
            }
        }
        return out
    }
}
