/// JSON's byte-level rules: quoting strings, recognising numbers, checking UTF-8.
enum JSONText {
    private static let hexDigits = Array("0123456789abcdef".utf8)

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
    static func isNumber(_ text: UnsafeRawBufferPointer) -> Bool {
        guard let base = text.baseAddress else { return false }
        let end = text.count
        var index = 0
        func byte(_ offset: Int) -> UInt8 { base.load(fromByteOffset: offset, as: UInt8.self) }
        func digitAt(_ offset: Int) -> Bool { offset < end && byte(offset) &- UInt8(ascii: "0") < 10 }
        /// Skips one or more digits; false when there is none.
        func digits() -> Bool {
            guard digitAt(index) else { return false }
            repeat { index += 1 } while digitAt(index)
            return true
        }
        if end > 0 && byte(0) == UInt8(ascii: "-") { index = 1 }
        if index < end && byte(index) == UInt8(ascii: "0") {
            index += 1
        } else if !digits() {
            return false
        }
        if index < end && byte(index) == UInt8(ascii: ".") {
            index += 1
            guard digits() else { return false }
        }
        if index < end && byte(index) | 0x20 == UInt8(ascii: "e") {
            index += 1
            if index < end && (byte(index) == UInt8(ascii: "+") || byte(index) == UInt8(ascii: "-")) { index += 1 }
            guard digits() else { return false }
        }
        return index == end
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
        case 0xE0:
            length = 3
            secondRange = 0xA0...0xBF
        case 0xED:
            length = 3
            secondRange = 0x80...0x9F
        case 0xE1...0xEF: length = 3
        case 0xF0:
            length = 4
            secondRange = 0x90...0xBF
        case 0xF4:
            length = 4
            secondRange = 0x80...0x8F
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
