/// A header or cell laid out for aligned output, the way psql's `pg_wcsformat` does.
///
/// Newlines split the text into display lines; a carriage return becomes `\r`,
/// other ASCII control characters `\xHH`, C1 controls `\uHHHH`, and a tab
/// becomes spaces up to the next multiple of eight columns. The buffers are
/// reused from cell to cell, so formatting allocates only while they grow.
/// Input must already be cleaned by `UTF8Cleaner`.
struct FormattedCell {
    private(set) var bytes: [UInt8] = []
    private(set) var lines: [DisplayLine] = []

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
        bytes.removeAll(keepingCapacity: true)
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
                bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: input[index..<runEnd]))
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
                    lines.append(DisplayLine(start: lineStart, end: bytes.count, width: lineWidth))
                    lineStart = bytes.count
                    lineWidth = 0
                case UInt8(ascii: "\r"):
                    bytes.append(UInt8(ascii: "\\"))
                    bytes.append(UInt8(ascii: "r"))
                    lineWidth += 2
                case UInt8(ascii: "\t"):
                    repeat {
                        bytes.append(UInt8(ascii: " "))
                        lineWidth += 1
                    } while lineWidth % 8 != 0
                default:
                    if columns < 0 {
                        appendEscape(prefix: "x", value: UInt32(byte), digits: 2)
                        lineWidth += 4
                    } else {
                        bytes.append(byte)
                        lineWidth += columns
                    }
                }
            } else if columns < 0 {
                appendEscape(prefix: "u", value: DisplayWidth.codePoint(in: input, at: index), digits: 4)
                lineWidth += 6
            } else {
                bytes.append(contentsOf: input[index..<index + length])
                lineWidth += columns
            }
            index += length
        }
        lines.append(DisplayLine(start: lineStart, end: bytes.count, width: lineWidth))
    }

    /// Appends `\` + prefix + upper-case hexadecimal digits, as psql prints unprintable characters.
    private mutating func appendEscape(prefix: Unicode.Scalar, value: UInt32, digits: Int) {
        bytes.append(UInt8(ascii: "\\"))
        bytes.append(UInt8(ascii: prefix))
        let hex = Array("0123456789ABCDEF".utf8)
        var shift = (digits - 1) * 4
        while shift >= 0 {
            bytes.append(hex[Int((value >> UInt32(shift)) & 0xF)])
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
        return bytes.withUnsafeBytes { buffer in
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
