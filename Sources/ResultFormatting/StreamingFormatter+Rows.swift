extension StreamingFormatter {
    /// Calls `body` with a cell's printable bytes: the null string for NULL, cleaned like psql.
    func withCell<Chunk: TabularResult, R>(_ chunk: Chunk, _ row: Int, _ column: Int,
                                          _ body: (UnsafeRawBufferPointer) -> R) -> R {
        if chunk.isNull(row: row, column: column) {
            return nullBytes.withUnsafeBytes(body)
        }
        return chunk.withCell(row: row, column: column) { UTF8Cleaner.withCleanBytes($0, body) }
    }

    /// One row of `-A` output: fields joined by the field separator (psql's `print_unaligned_text`).
    mutating func appendUnalignedRow<Chunk: TabularResult>(_ chunk: Chunk, _ row: Int, into out: inout OutputBuffer) {
        let count = headers.count
        for column in 0..<count {
            if needsRecordSeparator {
                out.append(options.recordSeparator)
                needsRecordSeparator = false
            }
            withCell(chunk, row, column) { out.append($0) }
            if column < count - 1 {
                out.append(options.fieldSeparator)
            } else {
                needsRecordSeparator = true
            }
        }
    }

    /// One record of `-A -x` output: `name|value` lines, records separated by an empty record.
    mutating func appendUnalignedRecord<Chunk: TabularResult>(_ chunk: Chunk, _ row: Int, into out: inout OutputBuffer) {
        let count = headers.count
        for column in 0..<count {
            if needsRecordSeparator {
                out.append(options.recordSeparator)
                out.append(options.recordSeparator)
                needsRecordSeparator = false
            }
            out.append(headers[column])
            out.append(options.fieldSeparator)
            withCell(chunk, row, column) { out.append($0) }
            if column < count - 1 {
                out.append(options.recordSeparator)
            } else {
                needsRecordSeparator = true
            }
        }
    }

    /// One CSV line (psql's `print_csv_text`).
    func appendCSVRow<Chunk: TabularResult>(_ chunk: Chunk, _ row: Int, into out: inout OutputBuffer) {
        let count = headers.count
        for column in 0..<count {
            withCell(chunk, row, column) { appendCSVField($0, into: &out) }
            out.append(column < count - 1 ? options.csvFieldSeparator : UInt8(ascii: "\n"))
        }
    }

    /// One record in expanded CSV: a `name,value` line per column (psql's `print_csv_vertical`).
    func appendCSVRecord<Chunk: TabularResult>(_ chunk: Chunk, _ row: Int, into out: inout OutputBuffer) {
        for column in 0..<headers.count {
            headers[column].withUnsafeBytes { appendCSVField($0, into: &out) }
            out.append(options.csvFieldSeparator)
            withCell(chunk, row, column) { appendCSVField($0, into: &out) }
            out.append(UInt8(ascii: "\n"))
        }
    }

    /// Appends a CSV field, quoted when psql quotes it: when it holds the separator,
    /// a quote, CR or LF, is exactly `\.`, or the separator is `\` or `.`.
    func appendCSVField(_ field: UnsafeRawBufferPointer, into out: inout OutputBuffer) {
        let separator = options.csvFieldSeparator
        var needsQuotes = separator == UInt8(ascii: "\\") || separator == UInt8(ascii: ".")
            || (field.count == 2 && field[0] == UInt8(ascii: "\\") && field[1] == UInt8(ascii: "."))
        if !needsQuotes {
            for byte in field where byte == separator || byte == UInt8(ascii: "\"")
                || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                needsQuotes = true
                break
            }
        }
        guard needsQuotes else {
            out.append(field)
            return
        }
        out.append(UInt8(ascii: "\""))
        for byte in field {
            if byte == UInt8(ascii: "\"") { out.append(byte) }
            out.append(byte)
        }
        out.append(UInt8(ascii: "\""))
    }
}
