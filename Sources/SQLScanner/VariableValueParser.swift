/// psql's parsers for Boolean and integer variable values.
public enum VariableValueParser {
    /// Parses a Boolean as psql's `ParseVariableBool` does: `true`, `false`,
    /// `yes`, `no` and any non-empty prefix of them, `on`, `off` (at least two
    /// letters, so `of` is off but `o` is nothing), `1`, `0`; case-insensitive.
    ///
    /// - Parameter name: the variable or context named in the error.
    public static func parseBoolean(_ value: String, name: String) throws(VariableError) -> Bool {
        let lower = value.lowercased()
        func isPrefix(of word: String) -> Bool { !lower.isEmpty && word.hasPrefix(lower) }
        if isPrefix(of: "true") || isPrefix(of: "yes") { return true }
        if isPrefix(of: "false") || isPrefix(of: "no") { return false }
        if lower.count >= 2 && "on".hasPrefix(lower) { return true }
        if lower.count >= 2 && "off".hasPrefix(lower) { return false }
        if lower == "1" { return true }
        if lower == "0" { return false }
        throw .notBoolean(value: value, name: name)
    }

    /// Parses an integer as psql's `ParseVariableNum` does (C `strtol` with
    /// base 0: leading whitespace, a sign, `0x` hex or leading-zero octal),
    /// requiring the whole value to be used and to fit in 32 bits.
    public static func parseInteger(_ value: String, name: String) throws(VariableError) -> Int {
        guard let number = strtolBase0(Array(value.utf8)), number >= Int(Int32.min), number <= Int(Int32.max) else {
            throw .notInteger(value: value, name: name)
        }
        return number
    }

    /// `strtol(value, &end, 0)` with `*end == '\0'` and at least one digit.
    private static func strtolBase0(_ bytes: [UInt8]) -> Int? {
        var index = 0
        while index < bytes.count, ByteClass.isSpace(bytes[index]) || bytes[index] == 0x0B { index += 1 }
        var negative = false
        if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
            negative = bytes[index] == UInt8(ascii: "-")
            index += 1
        }
        var base = 10
        if index < bytes.count, bytes[index] == UInt8(ascii: "0") {
            if index + 2 < bytes.count, bytes[index + 1] | 0x20 == UInt8(ascii: "x"),
                StatementScanner.hexValue(bytes[index + 2]) != nil
            {
                base = 16
                index += 2
            } else {
                base = 8
            }
        }
        guard index < bytes.count else { return nil }
        var number = 0
        while index < bytes.count {
            guard let digit = StatementScanner.hexValue(bytes[index]), digit < base else { return nil }
            number = number * base + digit
            if number > Int(UInt32.max) { return nil }
            index += 1
        }
        return negative ? -number : number
    }
}
