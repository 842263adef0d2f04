/// A header or cell laid out for aligned output, the way psql's `pg_wcsformat` does.
///
/// Newlines split the text into display lines; a carriage return becomes `\r`,
/// other ASCII control characters `\xHH`, C1 controls `\uHHHH`, and a tab
/// becomes spaces up to the next multiple of eight columns. The buffers are
/// reused from cell to cell, so formatting allocates only while they grow.
/// Input must already be cleaned by `UTF8Cleaner`.
///
/// A cell of printable ASCII only is its own formatted text: ``borrow(_:)`` keeps a
/// pointer to it instead of a copy, so a value of hundreds of megabytes is not held
/// twice. Such a cell is valid only while the caller keeps the input alive.
struct FormattedCell {
    private var owned: [UInt8] = []
    /// The input itself, when it needed no formatting; valid only while its lender's call lasts.
    private var borrowed: UnsafeRawBufferPointer?
    private(set) var lines: [DisplayLine] = []

    /// Calls `body` with the formatted bytes.
    func withBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        if let borrowed { return try body(borrowed) }
        return try owned.withUnsafeBytes(body)
    }

    /// The formatted bytes, copied (for tests and small cells).
    var bytes: [UInt8] { withBytes { Array($0) } }

    /// Whether every byte is printable ASCII (0x20–0x7E): such text prints as it is, on one line.
    static func isPrintableASCII(_ input: UnsafeRawBufferPointer) -> Bool {
        var index = 0
        if let base = input.baseAddress {
            // Eight bytes at a time: no byte ≥ 0x80, none < 0x20, none equal to 0x7F.
            while index + 8 <= input.count {
                let word = base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                let high = word & 0x8080_8080_8080_8080
                let belowSpace = (word &- 0x2020_2020_2020_2020) & ~word & 0x8080_8080_8080_8080
                let delete =
                    ((word ^ 0x7F7F_7F7F_7F7F_7F7F) &- 0x0101_0101_0101_0101) & ~(word ^ 0x7F7F_7F7F_7F7F_7F7F)
                    & 0x8080_8080_8080_8080
                if high | belowSpace | delete != 0 { break }
                index += 8
            }
        }
        while index < input.count {
            let byte = input[index]
            guard byte >= 0x20 && byte < 0x7F else { return false }
            index += 1
        }
        return true
    }

    /// Whether the cell points at its input instead of holding a copy.
    var isBorrowed: Bool { borrowed != nil }

    /// Points at `input` without copying it when it is printable ASCII (``isBorrowed``);
    /// otherwise leaves the cell for ``format(_:)``. Use the cell only while `input` stays valid.
    mutating func borrow(_ input: UnsafeRawBufferPointer) {
        guard Self.isPrintableASCII(input) else {
            borrowed = nil
            return
        }
        owned.removeAll(keepingCapacity: true)
        lines.removeAll(keepingCapacity: true)
        borrowed = input
        lines.append(DisplayLine(start: 0, end: input.count, width: input.count))
    }

    /// Forgets a borrowed input, so nothing can read it after its lender's call.
    mutating func release() {
        guard borrowed != nil else { return }
        borrowed = nil
        lines.removeAll(keepingCapacity: true)
    }

    /// The width of the widest line and the number of lines, without formatting (psql's `pg_wcssize`).
    static func measure(_ input: UnsafeRawBufferPointer) -> (width: Int, height: Int) {
        var widest = 0
        var lineWidth = 0
        var height = 1
        var index = 0
        while index < input.count {
            let byte = input[index]
            if byte >= 0x20 && byte < 0x7F {
                lineWidth += 1
                index += 1
                continue
            }
            let length = DisplayWidth.sequenceLength(leadByte: byte)
            if index + length > input.count { break }
            let columns = DisplayWidth.columns(in: input, at: index)
            if length == 1 {
                switch byte {
                case UInt8(ascii: "\n"):
                    widest = max(widest, lineWidth)
                    lineWidth = 0
                    height += 1
                case UInt8(ascii: "\r"):
                    lineWidth += 2
                case UInt8(ascii: "\t"):
                    lineWidth += 8 - lineWidth % 8
                default:
                    lineWidth += columns < 0 ? 4 : columns
                }
            } else {
                lineWidth += columns < 0 ? 6 : columns
            }
            index += length
        }
        return (max(widest, lineWidth), height)
    }

    /// Replaces the contents with the formatted lines of `input`.
    mutating func format(_ input: UnsafeRawBufferPointer) {
        borrowed = nil
        owned.removeAll(keepingCapacity: true)
        owned.reserveCapacity(input.count)
        lines.removeAll(keepingCapacity: true)
        var lineStart = 0
        var lineWidth = 0
        var index = 0
        while index < input.count {
            let byte = input[index]
            if byte >= 0x20 && byte < 0x7F {
                // Printable ASCII runs are copied in one piece.
                var runEnd = index + 1
                while runEnd < input.count && input[runEnd] >= 0x20 && input[runEnd] < 0x7F { runEnd += 1 }
                owned.append(contentsOf: UnsafeRawBufferPointer(rebasing: input[index..<runEnd]))
                lineWidth += runEnd - index
                index = runEnd
                continue
            }
            let length = DisplayWidth.sequenceLength(leadByte: byte)
            if index + length > input.count { break }
            let columns = DisplayWidth.columns(in: input, at: index)
            if length == 1 {
                switch byte {
                case UInt8(ascii: "\n"):
                    lines.append(DisplayLine(start: lineStart, end: owned.count, width: lineWidth))
                    lineStart = owned.count
                    lineWidth = 0
                case UInt8(ascii: "\r"):
                    owned.append(UInt8(ascii: "\\"))
                    owned.append(UInt8(ascii: "r"))
                    lineWidth += 2
                case UInt8(ascii: "\t"):
                    repeat {
                        owned.append(UInt8(ascii: " "))
                        lineWidth += 1
                    } while lineWidth % 8 != 0
                default:
                    if columns < 0 {
                        appendEscape(prefix: "x", value: UInt32(byte), digits: 2)
                        lineWidth += 4
                    } else {
                        owned.append(byte)
                        lineWidth += columns
                    }
                }
            } else if columns < 0 {
                appendEscape(prefix: "u", value: DisplayWidth.codePoint(in: input, at: index), digits: 4)
                lineWidth += 6
            } else {
                owned.append(contentsOf: input[index..<index + length])
                lineWidth += columns
            }
            index += length
        }
        lines.append(DisplayLine(start: lineStart, end: owned.count, width: lineWidth))
    }

    /// Appends `\` + prefix + upper-case hexadecimal digits, as psql prints unprintable characters.
    private mutating func appendEscape(prefix: Unicode.Scalar, value: UInt32, digits: Int) {
        owned.append(UInt8(ascii: "\\"))
        owned.append(UInt8(ascii: prefix))
        let hex = Array("0123456789ABCDEF".utf8)
        var shift = (digits - 1) * 4
        while shift >= 0 {
            owned.append(hex[Int((value >> UInt32(shift)) & 0xF)])
            shift -= 4
        }
    }

    /// How many bytes of `line` starting at `offset` fit in `targetWidth` columns,
    /// and the columns they fill (psql's `strlen_max_width`): at least one character
    /// is taken even when it alone is wider than the target.
    func prefix(of line: DisplayLine, from offset: Int, fitting targetWidth: Int) -> (byteCount: Int, width: Int) {
        if offset == 0 && line.width <= targetWidth {
            return (line.end - line.start, line.width)
        }
        return withBytes { buffer in
            var index = line.start + offset
            var width = 0
            while index < line.end {
                let columns = DisplayWidth.columns(in: buffer, at: index)
                if targetWidth < width + columns && width != 0 { break }
                width += columns
                index = min(index + DisplayWidth.sequenceLength(leadByte: buffer[index]), line.end)
            }
            return (index - line.start - offset, width)
        }
    }
}
