/// Encodes result rows as JSON objects, keys in column order.
///
/// Numbers (int2/4/8, oid, float4/8, numeric) become JSON numbers unless they
/// are NaN or infinite, which become strings; bool `t`/`f` become true/false;
/// json and jsonb are embedded as they are; NULL is null; anything else is a
/// string. Output is valid JSON whatever the input bytes: invalid UTF-8 turns
/// into U+FFFD and control characters are escaped.
struct JSONRowEncoder: Sendable {
    /// How a column's non-NULL values are written, from its type.
    enum ValueKind: Sendable {
        /// bool: `t`/`f` become true/false.
        case bool
        /// int2/4/8, oid: always a JSON number (`TypeText.isInteger`).
        case integer
        /// float4/8, numeric: a JSON number when the text is one.
        case number
        /// json, jsonb: embedded when the text is valid JSON.
        case json
        /// Dates, times and uuid: a string that never needs escaping (`TypeText.isPlain`).
        case plainText
        /// Anything else: a string.
        case text

        init(typeOID: UInt32) {
            switch typeOID {
            case 16: self = .bool
            case _ where TypeText.isInteger(typeOID: typeOID): self = .integer
            case 700, 701, 1700: self = .number
            case 114, 3802: self = .json
            case _ where TypeText.isPlain(typeOID: typeOID): self = .plainText
            default: self = .text
            }
        }
    }

    /// What a row needs to know of one column.
    private struct ColumnPlan {
        /// Where the column's `"key":` ends in `prefixes`; it starts where the previous one ends.
        var prefixEnd: Int
        var kind: ValueKind
    }

    /// Every column's `"key":`, the second and later led by a comma, back to back.
    /// A name's first column keeps it; later columns with the same name get the first
    /// free `_2`, `_3`… suffix, never another column's name.
    private var prefixes: [UInt8] = []
    private var plan: [ColumnPlan] = []

    /// Prepares the keys and value kinds of a result's columns.
    mutating func prepare(headers: [[UInt8]], columns: [Column]) {
        var used = Set(headers)
        var seen = Set<[UInt8]>()
        var out = OutputBuffer(flushThreshold: 256)
        plan = []
        for (index, header) in headers.enumerated() {
            var name = header
            if !seen.insert(header).inserted {
                var suffix = 2
                repeat {
                    name = header + Array("_\(suffix)".utf8)
                    suffix += 1
                } while used.contains(name)
                used.insert(name)
            }
            if index > 0 { out.append(UInt8(ascii: ",")) }
            name.withUnsafeBytes { JSONText.appendString($0, into: &out) }
            out.append(UInt8(ascii: ":"))
            let kind = index < columns.count ? ValueKind(typeOID: columns[index].typeOID) : .text
            plan.append(ColumnPlan(prefixEnd: out.count, kind: kind))
        }
        prefixes = out.bytes
    }

    /// Appends `{"key":value,…}` for one row, between `lead` and `trail` (the array's
    /// `,\n` or the line's `\n`).
    func appendObject(_ cells: RowCells, lead: StaticString, trail: StaticString, into out: inout OutputBuffer) {
        prefixes.withUnsafeBytes { prefixes in
            plan.withUnsafeBufferPointer { plan in
                if appendSimpleObject(cells, prefixes: prefixes, plan: plan, lead: lead, trail: trail, into: &out) {
                    return
                }
                out.append(UnsafeRawBufferPointer(start: lead.utf8Start, count: lead.utf8CodeUnitCount))
                out.append(UInt8(ascii: "{"))
                var start = 0
                for column in plan.indices {
                    out.append(UnsafeRawBufferPointer(rebasing: prefixes[start..<plan[column].prefixEnd]))
                    start = plan[column].prefixEnd
                    if let value = cells[column] {
                        Self.appendValue(value, kind: plan[column].kind, into: &out)
                    } else {
                        out.append("null")
                    }
                }
                out.append(UInt8(ascii: "}"))
                out.append(UnsafeRawBufferPointer(start: trail.utf8Start, count: trail.utf8CodeUnitCount))
            }
        }
    }

    /// The common row: no string needs escaping, so the object's length is known and it
    /// is written in one go. False, with nothing appended, for any other row.
    private func appendSimpleObject(
        _ cells: RowCells, prefixes: UnsafeRawBufferPointer, plan: UnsafeBufferPointer<ColumnPlan>,
        lead: StaticString, trail: StaticString, into out: inout OutputBuffer
    ) -> Bool {
        let count = plan.count
        // One bit per column: the value is written as a quoted string.
        guard count <= 64, cells.count >= count else { return false }
        var quoted: UInt64 = 0
        var length = lead.utf8CodeUnitCount + prefixes.count + 2 + trail.utf8CodeUnitCount
        for column in 0..<count {
            guard let value = cells[column] else {
                length += 4
                continue
            }
            switch plan[column].kind {
            case .bool where value.count == 1 && value[0] == UInt8(ascii: "t"):
                length += 4
                continue
            case .bool where value.count == 1 && value[0] == UInt8(ascii: "f"):
                length += 5
                continue
            case .integer where value.count > 0, .number where JSONText.isNumber(value),
                .json where JSONSyntax.isValid(value):
                length += value.count
                continue
            case .plainText:
                quoted |= 1 << UInt64(column)
                length += value.count + 2
                continue
            default:
                break
            }
            guard ByteScan.isPlainJSONText(value) else { return false }
            quoted |= 1 << UInt64(column)
            length += value.count + 2
        }
        out.appendDirect(length) { cursor in
            cursor.put(lead)
            cursor.put(UInt8(ascii: "{"))
            var start = 0
            for column in 0..<count {
                let end = plan[column].prefixEnd
                cursor.put(UnsafeRawBufferPointer(start: prefixes.baseAddress.map { $0 + start }, count: end - start))
                start = end
                guard let value = cells[column] else {
                    cursor.put("null")
                    continue
                }
                if quoted & 1 << UInt64(column) != 0 {
                    cursor.put(UInt8(ascii: "\""))
                    cursor.put(value)
                    cursor.put(UInt8(ascii: "\""))
                } else if plan[column].kind == .bool {
                    cursor.put(value[0] == UInt8(ascii: "t") ? "true" : "false")
                } else {
                    cursor.put(value)
                }
            }
            cursor.put(UInt8(ascii: "}"))
            cursor.put(trail)
        }
        return true
    }

    /// Appends one non-NULL value according to its column's kind.
    static func appendValue(_ value: UnsafeRawBufferPointer, kind: ValueKind, into out: inout OutputBuffer) {
        switch kind {
        case .bool:
            if value.count == 1 && value[0] == UInt8(ascii: "t") {
                out.append("true")
            } else if value.count == 1 && value[0] == UInt8(ascii: "f") {
                out.append("false")
            } else {
                JSONText.appendString(value, into: &out)
            }
        case .integer, .number:
            if JSONText.isNumber(value) { out.append(value) } else { JSONText.appendString(value, into: &out) }
        case .json:
            if JSONSyntax.isValid(value) { out.append(value) } else { JSONText.appendString(value, into: &out) }
        case .plainText, .text:
            JSONText.appendString(value, into: &out)
        }
    }
}
