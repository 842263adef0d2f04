/// Groups input lines into COPY rows: one line per row in text format; in CSV a quoted
/// field may hold newlines, so a row ends only at a line end outside quotes.
struct CopyRecordSplitter {
    let format: CopyFormat
    private(set) var inQuotes = false

    init(format: CopyFormat) { self.format = format }

    /// Whether the line `\.` ends the data here (only outside a quoted field).
    func isEndMarker(_ line: [UInt8]) -> Bool {
        !inQuotes && line == [UInt8(ascii: "\\"), UInt8(ascii: ".")]
    }

    /// Takes the next line; true when it completes a row.
    mutating func feed(_ line: [UInt8]) -> Bool {
        guard format.kind == .csv else { return true }
        let quote = format.quote
        let escape = format.escape ?? quote
        var index = 0
        while index < line.count {
            let byte = line[index]
            if inQuotes {
                if escape != quote, byte == escape, index + 1 < line.count, line[index + 1] == quote || line[index + 1] == escape {
                    index += 1
                } else if byte == quote {
                    inQuotes = false
                }
            } else if byte == quote {
                inQuotes = true
            }
            index += 1
        }
        return !inQuotes
    }
}
