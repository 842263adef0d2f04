/// Prints csv, unaligned, json and jsonl results as their rows arrive, in bounded memory.
///
/// Call `begin(columns:into:)` once, `row(_:into:)` for every row or
/// `rows(_:into:)` for every chunk of rows, then `end(totalRows:into:)`. The
/// bytes are the same as printing the whole result at once; for csv and unaligned
/// they are psql 15's.
public struct StreamingFormatter: Sendable {
    /// Thrown when a format needs the whole result (aligned, wrapped).
    public struct NotStreamable: Error, Equatable, Sendable {
        public let format: PrintOptions.Format
    }

    let options: PrintOptions
    private let layout: Layout
    private(set) var headers: [[UInt8]] = []
    private(set) var nullBytes: [UInt8]
    /// Whether CSV fields without special bytes print as they are (psql quotes every
    /// field when the separator is `\` or `.`).
    let copiesPlainCSV: Bool
    /// Whether the NULL string prints as it is in CSV.
    let copiesPlainCSVNull: Bool
    /// Per column, whether CSV fields must be scanned for bytes that need quoting;
    /// false where the type's text cannot hold any (`TypeText`).
    private(set) var csvScans: [Bool] = []
    var needsRecordSeparator = false
    private var rowsWritten = 0
    private var json = JSONRowEncoder()
    /// Reused for every chunk, so single-row chunks cost no allocation.
    private var buffer = OutputBuffer()

    private enum Layout {
        case unaligned
        case unalignedExpanded
        case csv
        case csvExpanded
        case json
        case jsonLines
    }

    /// Prepares to print in `options.format`; throws for formats that need the whole result.
    public init(options: PrintOptions) throws(NotStreamable) {
        self.options = options
        let expanded = options.expanded == .on
        switch options.format {
        case .unaligned: layout = expanded ? .unalignedExpanded : .unaligned
        case .csv: layout = expanded ? .csvExpanded : .csv
        case .json: layout = .json
        case .jsonl: layout = .jsonLines
        case .aligned, .wrapped, .html, .asciidoc, .latex, .latexLongtable, .troffMS:
            throw NotStreamable(format: options.format)
        }
        let null = Array(options.nullString.utf8).withUnsafeBytes { UTF8Cleaner.withCleanBytes($0) { Array($0) } }
        nullBytes = null
        let separator = options.csvFieldSeparator
        copiesPlainCSV = separator != UInt8(ascii: "\\") && separator != UInt8(ascii: ".")
        copiesPlainCSVNull = copiesPlainCSV && null.withUnsafeBytes { ByteScan.isPlainCSV($0, separator: separator) }
    }

    /// Starts a result: prints what comes before the first row (title, header line, `[`).
    public mutating func begin<Sink: ByteSink>(columns: [Column], into sink: inout Sink) {
        headers = columns.map { column in
            Array(column.name.utf8).withUnsafeBytes { UTF8Cleaner.withCleanBytes($0) { Array($0) } }
        }
        let separator = options.csvFieldSeparator
        csvScans = columns.map { !TypeText.isPlain(typeOID: $0.typeOID) || TypeText.mayAppearInPlainText(separator) }
        needsRecordSeparator = false
        rowsWritten = 0
        var out = takeBuffer()
        switch layout {
        case .unaligned:
            if !options.tuplesOnly {
                if let title = options.title {
                    out.append(title)
                    out.append(options.recordSeparator)
                }
                for (index, header) in headers.enumerated() {
                    if index > 0 { out.append(options.fieldSeparator) }
                    out.append(header)
                }
                needsRecordSeparator = true
            }
        case .unalignedExpanded:
            if !options.tuplesOnly, let title = options.title {
                out.append(title)
                needsRecordSeparator = true
            }
        case .csv:
            if !options.tuplesOnly {
                for (index, header) in headers.enumerated() {
                    if index > 0 { out.append(options.csvFieldSeparator) }
                    header.withUnsafeBytes { Self.appendCSVField($0, separator: options.csvFieldSeparator, into: &out) }
                }
                out.append(UInt8(ascii: "\n"))
            }
        case .csvExpanded, .jsonLines:
            break
        case .json:
            json.prepare(headers: headers, columns: columns)
            out.append(UInt8(ascii: "["))
        }
        if layout == .jsonLines { json.prepare(headers: headers, columns: columns) }
        out.flush(into: &sink)
        buffer = out
    }

    /// Prints every row of a chunk.
    public mutating func rows<Chunk: TabularResult, Sink: ByteSink>(_ chunk: Chunk, into sink: inout Sink) {
        var out = takeBuffer()
        for row in 0..<chunk.rowCount {
            chunk.withRow(row) { append($0, into: &out) }
            out.flushIfFull(into: &sink)
            if sink.isStopped { break }
        }
        out.flush(into: &sink)
        buffer = out
    }

    /// Prints one row (nil cells are NULL), as it arrives in single-row mode.
    ///
    /// Rows gather in the formatter's buffer and reach `sink` in blocks of 64 KiB,
    /// and at `end(totalRows:into:)`.
    public mutating func row<Sink: ByteSink>(_ cells: RowCells, into sink: inout Sink) {
        var out = takeBuffer()
        append(cells, into: &out)
        out.flushIfFull(into: &sink)
        buffer = out
    }

    /// Formats one row's cells (nil for NULL) into `out`; the hot path, free of generics and closures per cell.
    mutating func append(_ cells: RowCells, into out: inout OutputBuffer) {
        switch layout {
        case .unaligned: appendUnalignedRow(cells, into: &out)
        case .unalignedExpanded: appendUnalignedRecord(cells, into: &out)
        case .csv: appendCSVRow(cells, into: &out)
        case .csvExpanded: appendCSVRecord(cells, into: &out)
        case .json:
            json.appendObject(cells, lead: rowsWritten == 0 ? "\n" : ",\n", trail: "", into: &out)
        case .jsonLines:
            json.appendObject(cells, lead: "", trail: "\n", into: &out)
        }
        rowsWritten += 1
    }

    /// Ends a result: prints the footer and final newline where the format has them.
    public mutating func end<Sink: ByteSink>(totalRows: Int, into sink: inout Sink) {
        var out = takeBuffer()
        switch layout {
        case .unaligned, .unalignedExpanded:
            if layout == .unaligned && !options.tuplesOnly && options.footer {
                if needsRecordSeparator { out.append(options.recordSeparator) }
                out.append(rowCountFooter(totalRows))
                needsRecordSeparator = true
            }
            if needsRecordSeparator {
                out.append(options.recordSeparator == .zeroByte ? 0 : UInt8(ascii: "\n"))
                needsRecordSeparator = false
            }
        case .csv, .csvExpanded, .jsonLines:
            break
        case .json:
            out.append(rowsWritten == 0 ? "]\n" : "\n]\n")
        }
        out.flush(into: &sink)
        buffer = out
    }

    /// Takes the reusable buffer out of `self`, so rows can be appended while `self` mutates.
    private mutating func takeBuffer() -> OutputBuffer {
        var taken = OutputBuffer(flushThreshold: 0)
        swap(&taken, &buffer)
        return taken
    }
}
