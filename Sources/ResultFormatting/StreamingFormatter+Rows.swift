extension StreamingFormatter {
    /// One row of `-A` output: fields joined by the field separator (psql's `print_unaligned_text`).
    mutating func appendUnalignedRow(_ cells: RowCells, into out: inout OutputBuffer) {
        let count = headers.count
        for column in 0..<count {
            if needsRecordSeparator {
                out.append(options.recordSeparator)
                needsRecordSeparator = false
            }
            UTF8Cleaner.withPrintable(cells[column], null: nullBytes) { out.append($0) }
            if column < count - 1 {
                out.append(options.fieldSeparator)
            } else {
                needsRecordSeparator = true
            }
        }
    }

    /// One record of `-A -x` output: `name|value` lines, records separated by an empty record.
    mutating func appendUnalignedRecord(_ cells: RowCells, into out: inout OutputBuffer) {
        let count = headers.count
        for column in 0..<count {
            if needsRecordSeparator {
                out.append(options.recordSeparator)
                out.append(options.recordSeparator)
                needsRecordSeparator = false
            }
            out.append(headers[column])
            out.append(options.fieldSeparator)
            UTF8Cleaner.withPrintable(cells[column], null: nullBytes) { out.append($0) }
            if column < count - 1 {
                out.append(options.recordSeparator)
            } else {
                needsRecordSeparator = true
            }
        }
    }

    /// One CSV line (psql's `print_csv_text`).
    func appendCSVRow(_ cells: RowCells, into out: inout OutputBuffer) {
        let separator = options.csvFieldSeparator
        if copiesPlainCSV && appendPlainCSVRow(cells, separator: separator, into: &out) { return }
        let count = headers.count
        for column in 0..<count {
            if copiesPlainCSV, let cell = cells[column], ByteScan.isPlainCSV(cell, separator: separator) {
                out.append(cell)
            } else {
                UTF8Cleaner.withPrintable(cells[column], null: nullBytes) {
                    Self.appendCSVField($0, separator: separator, into: &out)
                }
            }
            out.append(column < count - 1 ? separator : UInt8(ascii: "\n"))
        }
    }

    /// The common CSV line: every field prints as it is, so the line's length is known
    /// and it is copied in one go. False, with nothing appended, when a field needs quoting or cleaning.
    private func appendPlainCSVRow(_ cells: RowCells, separator: UInt8, into out: inout OutputBuffer) -> Bool {
        let count = headers.count
        var length = count
        let scanned = csvScans.withUnsafeBufferPointer { scans in
            for column in 0..<count {
                if let cell = cells[column] {
                    guard !scans[column] || ByteScan.isPlainCSV(cell, separator: separator) else { return false }
                    length += cell.count
                } else {
                    guard copiesPlainCSVNull else { return false }
                    length += nullBytes.count
                }
            }
            return true
        }
        guard scanned else { return false }
        nullBytes.withUnsafeBytes { null in
            out.appendDirect(length) { cursor in
                for column in 0..<count {
                    cursor.put(cells[column] ?? null)
                    cursor.put(column < count - 1 ? separator : UInt8(ascii: "\n"))
                }
            }
        }
        return true
    }

    /// One record in expanded CSV: a `name,value` line per column (psql's `print_csv_vertical`).
    func appendCSVRecord(_ cells: RowCells, into out: inout OutputBuffer) {
        let separator = options.csvFieldSeparator
        for column in 0..<headers.count {
            headers[column].withUnsafeBytes { Self.appendCSVField($0, separator: separator, into: &out) }
            out.append(separator)
            UTF8Cleaner.withPrintable(cells[column], null: nullBytes) {
                Self.appendCSVField($0, separator: separator, into: &out)
            }
            out.append(UInt8(ascii: "\n"))
        }
    }

    /// Appends a CSV field, quoted when psql quotes it: when it holds the separator,
    /// a quote, CR or LF, is exactly `\.`, or the separator is `\` or `.`.
    static func appendCSVField(_ field: UnsafeRawBufferPointer, separator: UInt8, into out: inout OutputBuffer) {
        var needsQuotes =
            separator == UInt8(ascii: "\\") || separator == UInt8(ascii: ".")
            || (field.count == 2 && field[0] == UInt8(ascii: "\\") && field[1] == UInt8(ascii: "."))
        if !needsQuotes {
            // Quote, CR and LF all sort at or below 0x22, so most bytes take one comparison.
            for byte in field
            where
                (byte <= UInt8(ascii: "\"")
                && (byte == UInt8(ascii: "\"")
                    || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")))
                || byte == separator
            {
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
