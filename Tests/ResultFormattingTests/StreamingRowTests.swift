import TestSupport
import Testing

@testable import ResultFormatting

/// Rows handed over one at a time (`StreamingFormatter.row`) print what a byte-by-byte
/// reading of psql's CSV rules and dsql's JSON rules prints, for generated tables whose
/// cells mix plain values, NULLs, empty strings, quotes, separators, control characters
/// and non-ASCII text, with typed columns holding the texts the server prints.
@Suite struct StreamingRowTests {
    /// Texts the server prints for typed columns; text columns get anything.
    static let typedSamples: [UInt32: [String]] = [
        16: ["t", "f"],
        23: ["0", "-2147483648", "199937", "7"],
        20: ["199937599811", "-1", "0"],
        1700: ["628122.0792", "-0.5", "NaN", "0", "Infinity", "-Infinity"],
        701: ["1e+100", "-1.5e-07", "NaN", "Infinity", "3.25"],
        1184: [
            "2024-03-26 14:54:29+00", "Tue Mar 26 14:54:29 2024 PST", "26.03.2024 14:54:29 CET", "infinity",
            "03/26/2024 14:54:29.5 +0530",
        ],
        1082: ["2024-02-29", "4713-01-01 BC"],
        2950: ["a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11"],
    ]
    static let textPieces = [
        "plain", "", "a,b", "semi;colon", "pipe|bar", "say \"hi\"", "two\nlines", "cr\rhere",
        "tab\there", "\\.", "\\", "back\\slash", "bell\u{07}", "日本語", "ü", "😀 emoji",
        "exactly eight", "t", "-", ":", "0123456789abcdefghijklmnopqrstuvwxyz", " ",
    ]

    static func table(seed: UInt64, rows: Int) -> MemoryTable {
        var random = SplitMix(seed: seed)
        let types: [UInt32] = [23, 25, 20, 1700, 25, 1184, 16, 701, 1082, 2950, 25]
        let columns = types.enumerated().map { Column(name: "c\($0.offset)", typeOID: $0.element) }
        let cells: [[String?]] = (0..<rows).map { _ in
            types.map { typeOID -> String? in
                if Int.random(in: 0..<8, using: &random) == 0 { return nil }
                if let samples = typedSamples[typeOID] { return samples.randomElement(using: &random) }
                return (0..<Int.random(in: 1...3, using: &random)).map { _ in
                    textPieces.randomElement(using: &random) ?? ""
                }
                .joined()
            }
        }
        return MemoryTable(columns: columns, rows: cells)
    }

    /// Feeds the table through `row(_:into:)`, one row at a time, as the shell does.
    static func stream<Sink: ByteSink>(_ table: MemoryTable, _ options: PrintOptions, into sink: inout Sink) throws {
        var formatter = try StreamingFormatter(options: options)
        formatter.begin(columns: table.columns, into: &sink)
        for row in 0..<table.rowCount {
            table.withRow(row) { formatter.row($0, into: &sink) }
        }
        formatter.end(totalRows: table.rowCount, into: &sink)
    }

    /// What `stream` writes, as bytes.
    static func streamed(_ table: MemoryTable, _ options: PrintOptions) throws -> [UInt8] {
        var sink = MemorySink()
        try stream(table, options, into: &sink)
        return sink.bytes
    }

    /// psql's `csv_print_field`, byte by byte: quote when the field holds the separator, a
    /// quote, CR or LF, is exactly `\.`, or the separator is `\` or `.`.
    static func referenceCSV(_ table: MemoryTable, separator: UInt8, null: String, tuplesOnly: Bool) -> [UInt8] {
        func field(_ text: [UInt8]) -> [UInt8] {
            let clean = text.withUnsafeBytes { UTF8Cleaner.cleaned($0) }
            let quoted =
                separator == UInt8(ascii: "\\") || separator == UInt8(ascii: ".") || clean == Array("\\.".utf8)
                || clean.contains { $0 == separator || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
            guard quoted else { return clean }
            return [0x22] + clean.flatMap { $0 == 0x22 ? [0x22, 0x22] : [$0] } + [0x22]
        }
        var lines: [[[UInt8]]] = tuplesOnly ? [] : [table.columns.map { Array($0.name.utf8) }]
        lines += table.rows.map { row in row.map { Array(($0 ?? null).utf8) } }
        return lines.flatMap { line in Array(line.map(field).joined(separator: [separator])) + [0x0A] }
    }

    /// A JSON array of objects: numbers where the text is one, true/false, strings escaped.
    static func referenceJSON(_ table: MemoryTable) throws -> [UInt8] {
        let number = try Regex("^-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?$")
        func string(_ text: String) -> String {
            var out = "\""
            for scalar in text.unicodeScalars {
                switch scalar {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                case "\r": out += "\\r"
                case "\t": out += "\\t"
                case "\u{08}": out += "\\b"
                case "\u{0C}": out += "\\f"
                case _ where scalar.value < 0x20:
                    out += "\\u00" + String(scalar.value >> 4, radix: 16) + String(scalar.value & 0xF, radix: 16)
                default: out.unicodeScalars.append(scalar)
                }
            }
            return out + "\""
        }
        func value(_ text: String?, _ typeOID: UInt32) -> String {
            guard let text else { return "null" }
            switch typeOID {
            case 16 where text == "t": return "true"
            case 16 where text == "f": return "false"
            case _ where [20, 21, 23, 26, 700, 701, 1700].contains(typeOID) && text.wholeMatch(of: number) != nil:
                return text
            default: return string(text)
            }
        }
        let objects = table.rows.map { row in
            "{" + zip(table.columns, row).map { string($0.name) + ":" + value($1, $0.typeOID) }.joined(separator: ",")
                + "}"
        }
        return Array((objects.isEmpty ? "[]\n" : "[\n" + objects.joined(separator: ",\n") + "\n]\n").utf8)
    }

    static let separators: [UInt8] = Array(",;|\t-:t .\\".utf8)

    @Test(arguments: separators)
    func csvRowsMatchPsqlRules(_ separator: UInt8) throws {
        for (seed, null, tuplesOnly) in [(UInt64(1), "", false), (2, "NULL", true), (3, "a,b", false), (4, "-", false)]
        {
            let table = Self.table(seed: seed &* 7919 &+ UInt64(separator), rows: 300)
            var options = PrintOptions()
            options.format = .csv
            options.csvFieldSeparator = separator
            options.nullString = null
            options.tuplesOnly = tuplesOnly
            let expected = Self.referenceCSV(table, separator: separator, null: null, tuplesOnly: tuplesOnly)
            #expect(try Self.streamed(table, options) == expected, "separator \(separator), null \(null)")
        }
    }

    @Test(arguments: [UInt64(1), 2, 3, 4])
    func jsonRowsMatchTheReference(_ seed: UInt64) throws {
        let table = Self.table(seed: seed, rows: 300)
        var options = PrintOptions()
        options.format = .json
        #expect(try Self.streamed(table, options) == Self.referenceJSON(table))
    }

    @Test func rowsReachTheSinkInLargeBlocks() throws {
        var options = PrintOptions()
        options.format = .csv
        let table = Self.table(seed: 9, rows: 5_000)
        var sink = CountingSink()
        try Self.stream(table, options, into: &sink)
        #expect(sink.byteCount > 200_000)
        #expect(sink.writes <= sink.byteCount / 65_536 + 2, "\(sink.writes) writes for \(sink.byteCount) bytes")
    }
}
