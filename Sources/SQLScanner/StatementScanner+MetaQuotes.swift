extension StatementScanner {
    /// `'…'` in an argument: `''` is a quote; `\n`, `\t`, `\b`, `\r`, `\f`,
    /// octal `\ooo` and hex `\xhh` escapes; a backslash before anything else
    /// stands for that character.
    mutating func readSingleQuoted(into out: inout MetaArgumentBuilder) throws(MetaCommandError) {
        while input.refill(), let byte = input.peek() {
            if byte == UInt8(ascii: "'") {
                if input.peek(1) == UInt8(ascii: "'") {
                    out.bytes.append(byte)
                    input.position += 2
                    continue
                }
                input.position += 1
                return
            }
            guard byte == UInt8(ascii: "\\"), let escaped = input.peek(1), escaped != 0x0A else {
                out.bytes.append(byte)
                input.position += 1
                continue
            }
            input.position += 2
            switch escaped {
            case UInt8(ascii: "n"): out.bytes.append(0x0A)
            case UInt8(ascii: "t"): out.bytes.append(0x09)
            case UInt8(ascii: "b"): out.bytes.append(0x08)
            case UInt8(ascii: "r"): out.bytes.append(0x0D)
            case UInt8(ascii: "f"): out.bytes.append(0x0C)
            case UInt8(ascii: "0")...UInt8(ascii: "7"):
                var value = Int(escaped - UInt8(ascii: "0"))
                var digits = 1
                while digits < 3, let next = input.peek(), next >= UInt8(ascii: "0"), next <= UInt8(ascii: "7") {
                    value = value * 8 + Int(next - UInt8(ascii: "0"))
                    input.position += 1
                    digits += 1
                }
                out.bytes.append(UInt8(truncatingIfNeeded: value))
            case UInt8(ascii: "x") where input.peek().flatMap(Self.hexValue) != nil:
                var value = 0
                var digits = 0
                while digits < 2, let next = input.peek(), let digit = Self.hexValue(next) {
                    value = value * 16 + digit
                    input.position += 1
                    digits += 1
                }
                out.bytes.append(UInt8(truncatingIfNeeded: value))
            default:
                out.bytes.append(escaped)
            }
        }
        throw .unterminatedQuotedString
    }

    /// `"…"` in an argument: copied verbatim, quotes included.
    mutating func readDoubleQuoted(into out: inout MetaArgumentBuilder) throws(MetaCommandError) {
        while input.refill(), let byte = input.peek() {
            out.bytes.append(byte)
            input.position += 1
            if byte == UInt8(ascii: "\"") { return }
        }
        throw .unterminatedQuotedString
    }

    /// `` `…` `` in an argument: `:name` and `:'name'` (shell-quoted) are
    /// interpolated; the command is reported, not run.
    mutating func readBackquoted(
        into out: inout MetaArgumentBuilder, evaluate: Bool, variables: (String) -> String?
    ) throws(MetaCommandError) {
        var command: [UInt8] = []
        while input.refill(), let byte = input.peek() {
            if byte == UInt8(ascii: "`") {
                input.position += 1
                if evaluate {
                    out.appendShellCommand(command)
                } else {
                    out.bytes.append(contentsOf: command)
                }
                return
            }
            if byte == UInt8(ascii: ":"),
                let reference = VariableReference.parse(input.bytes, at: input.position),
                reference.form == .plain || reference.form == .literal
            {
                let written = input.bytes[input.position..<input.position + reference.length]
                input.position += reference.length
                let quoting: VariableQuoting = reference.form == .plain ? .plain : .shellArgument
                if let value = variables(reference.name), let quoted = quoting.quote(value) {
                    command.append(contentsOf: quoted.utf8)
                } else {
                    command.append(contentsOf: written)
                }
                continue
            }
            command.append(byte)
            input.position += 1
        }
        throw .unterminatedQuotedString
    }

    /// The value of a hexadecimal digit.
    static func hexValue(_ byte: UInt8) -> Int? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): Int(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): Int(byte - UInt8(ascii: "a")) + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): Int(byte - UInt8(ascii: "A")) + 10
        default: nil
        }
    }
}
