/// Encodes result rows as JSON objects, keys in column order.
///
/// Numbers (int2/4/8, oid, float4/8, numeric) become JSON numbers unless they
/// are NaN or infinite, which become strings; bool `t`/`f` become true/false;
/// json and jsonb are embedded as they are; NULL is null; anything else is a
/// string. Output is valid JSON whatever the input bytes: invalid UTF-8 turns
/// into U+FFFD and control characters are escaped.
struct JSONRowEncoder: Sendable {
    /// Each column's `"key":` bytes. A name's first column keeps it; later columns
    /// with the same name get the first free `_2`, `_3`… suffix, never another column's name.
    private(set) var keys: [[UInt8]] = []

    private static let hexDigits = Array("0123456789abcdef".utf8)

    mutating func prepareKeys(for headers: [[UInt8]]) {
        var used = Set(headers)
        var seen = Set<[UInt8]>()
        keys = headers.map { header in
            var name = header
            if !seen.insert(header).inserted {
                var suffix = 2
                repeat {
                    name = header + Array("_\(suffix)".utf8)
                    suffix += 1
                } while used.contains(name)
                used.insert(name)
            }
            var out = OutputBuffer(flushThreshold: 256)
            name.withUnsafeBytes { Self.appendString($0, into: &out) }
            out.append(UInt8(ascii: ":"))
            return out.bytes
        }
    }

    /// Appends `{"key":value,…}` for one row.
    func appendObject(_ cells: RowCells, columns: [Column], into out: inout OutputBuffer) {
        out.append(UInt8(ascii: "{"))
        for column in keys.indices {
            if column > 0 { out.append(UInt8(ascii: ",")) }
            out.append(keys[column])
            guard let value = cells[column] else {
                out.append("null")
                continue
            }
            let typeOID = column < columns.count ? columns[column].typeOID : 25
            Self.appendValue(value, typeOID: typeOID, into: &out)
        }
        out.append(UInt8(ascii: "}"))
    }

    /// Appends one non-NULL value according to its PostgreSQL type.
    static func appendValue(_ value: UnsafeRawBufferPointer, typeOID: UInt32, into out: inout OutputBuffer) {
        switch typeOID {
        case 16:
            if value.count == 1 && value[0] == UInt8(ascii: "t") {
                out.append("true")
            } else if value.count == 1 && value[0] == UInt8(ascii: "f") {
                out.append("false")
            } else {
                appendString(value, into: &out)
            }
        case 20, 21, 23, 26, 700, 701, 1700:
            if isJSONNumber(value) { out.append(value) } else { appendString(value, into: &out) }
        case 114, 3802:
            if JSONSyntax.isValid(value) { out.append(value) } else { appendString(value, into: &out) }
        default:
            appendString(value, into: &out)
        }
    }

    /// Appends a quoted JSON string; invalid UTF-8 becomes U+FFFD.
    static func appendString(_ value: UnsafeRawBufferPointer, into out: inout OutputBuffer) {
        out.append(UInt8(ascii: "\""))
        if ByteScan.isPlainJSONText(value) {
            out.append(value)
            out.append(UInt8(ascii: "\""))
            return
        }
        var index = 0
        while index < value.count {
            let byte = value[index]
            if byte >= 0x80 {
                let length = validSequenceLength(value, at: index)
                if length == 0 {
                    out.append("\\ufffd")
                    index += 1
                } else {
                    out.append(UnsafeRawBufferPointer(rebasing: value[index..<index + length]))
                    index += length
                }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""): out.append("\\\"")
            case UInt8(ascii: "\\"): out.append("\\\\")
            case UInt8(ascii: "\n"): out.append("\\n")
            case UInt8(ascii: "\r"): out.append("\\r")
            case UInt8(ascii: "\t"): out.append("\\t")
            case 0x08: out.append("\\b")
            case 0x0C: out.append("\\f")
            case 0..<0x20:
                out.append("\\u00")
                out.append(hexDigits[Int(byte >> 4)])
                out.append(hexDigits[Int(byte & 0xF)])
            default: out.append(byte)
            }
            index += 1
        }
        out.append(UInt8(ascii: "\""))
    }

    /// Whether the bytes are a number in JSON's grammar: `-?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?`.
    static func isJSONNumber(_ text: UnsafeRawBufferPointer) -> Bool {
        var index = 0
        func digits() -> Int {
            let start = index
            while index < text.count, text[index] >= UInt8(ascii: "0"), text[index] <= UInt8(ascii: "9") { index += 1 }
            return index - start
        }
        if index < text.count, text[index] == UInt8(ascii: "-") { index += 1 }
        let integerStart = index
        let integerDigits = digits()
        guard integerDigits > 0, integerDigits == 1 || text[integerStart] != UInt8(ascii: "0") else { return false }
        if index < text.count, text[index] == UInt8(ascii: ".") {
            index += 1
            guard digits() > 0 else { return false }
        }
        if index < text.count, text[index] == UInt8(ascii: "e") || text[index] == UInt8(ascii: "E") {
            index += 1
            if index < text.count, text[index] == UInt8(ascii: "+") || text[index] == UInt8(ascii: "-") { index += 1 }
            guard digits() > 0 else { return false }
        }
        return index == text.count
    }

    /// Whether all of the bytes are well-formed UTF-8.
    static func isValidUTF8(_ text: UnsafeRawBufferPointer) -> Bool {
        var index = 0
        while index < text.count {
            if text[index] < 0x80 {
                index += 1
                continue
            }
            let length = validSequenceLength(text, at: index)
            if length == 0 { return false }
            index += length
        }
        return true
    }

    /// Length of the well-formed multi-byte UTF-8 sequence at `index`, or 0 if there is none.
    static func validSequenceLength(_ text: UnsafeRawBufferPointer, at index: Int) -> Int {
        let lead = text[index]
        let length: Int
        var secondRange: ClosedRange<UInt8> = 0x80...0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; secondRange = 0xA0...0xBF
        case 0xED: length = 3; secondRange = 0x80...0x9F
        case 0xE1...0xEF: length = 3
        case 0xF0: length = 4; secondRange = 0x90...0xBF
        case 0xF4: length = 4; secondRange = 0x80...0x8F
        case 0xF1...0xF3: length = 4
        default: return 0
        }
        guard index + length <= text.count, secondRange.contains(text[index + 1]) else { return 0 }
        for offset in 2..<max(length, 2) where !(0x80...0xBF).contains(text[index + offset]) {
            return 0
        }
        return length
    }
}
