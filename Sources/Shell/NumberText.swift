/// printf-style number text (`%.3f`, `%06.3f`, `%g`) without Foundation or the C
/// locale, for output that must match psql byte for byte (`\timing`, `\watch`).
enum NumberText {
    /// `value` with `decimals` digits after the point, as `%<width>.<decimals>f` prints it
    /// in the C locale: zero-padded to `width`, rounded from the exact binary value
    /// (exact ties to even).
    static func fixed(_ value: Double, decimals: Int, width: Int = 0) -> String {
        if value.isNaN { return "nan" }
        let sign = value.sign == .minus ? "-" : ""
        if value.isInfinite { return sign + "inf" }
        let magnitude = value.magnitude
        guard decimals >= 0, decimals <= 15, let scaled = roundedScaled(magnitude, decimals: decimals) else {
            return sign + magnitude.description
        }
        var digits = String(scaled)
        if digits.count <= decimals { digits = String(repeating: "0", count: decimals + 1 - digits.count) + digits }
        let integerPart = digits.dropLast(decimals)
        var text = decimals == 0 ? String(integerPart) : String(integerPart) + "." + String(digits.suffix(decimals))
        let padding = width - sign.count - text.count
        if padding > 0 { text = String(repeating: "0", count: padding) + text }
        return sign + text
    }

    /// `value × 10^decimals` rounded to the nearest integer, computed exactly:
    /// the product's rounding error is recovered with a fused multiply-add.
    /// Nil when the product is too large for the method.
    private static func roundedScaled(_ value: Double, decimals: Int) -> UInt64? {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let product = value * scale
        guard product < 0x1p52 else { return nil }
        let error = (-product).addingProduct(value, scale) // value·scale − product, exactly
        let floor = product.rounded(.down)
        let distance = (product - floor) - 0.5 // exact: product < 2^52
        let up: Bool
        if distance != 0 {
            up = distance > 0
        } else if error != 0 {
            up = error > 0
        } else {
            up = UInt64(floor) % 2 == 1
        }
        return UInt64(floor) + (up ? 1 : 0)
    }

    /// `value` as `%g` prints it in the C locale: six significant digits, trailing
    /// zeros dropped, exponent form below 1e-4 and from 1e6. Digits are rounded from
    /// the shortest decimal that reads back as `value`.
    static func general(_ value: Double) -> String {
        if value.isNaN { return "nan" }
        let sign = value.sign == .minus ? "-" : ""
        if value.isInfinite { return sign + "inf" }
        if value == 0 { return sign + "0" }
        var (digits, exponent) = shortestDigits(value.magnitude)
        if digits.count > 6 {
            let roundUp = digits[6] >= 5
            digits = Array(digits.prefix(6))
            if roundUp {
                var index = 5
                while index >= 0, digits[index] == 9 {
                    digits[index] = 0
                    index -= 1
                }
                if index >= 0 {
                    digits[index] += 1
                } else {
                    digits.insert(1, at: 0)
                    digits.removeLast()
                    exponent += 1
                }
            }
        }
        while digits.count > 1, digits.last == 0 { digits.removeLast() }
        let text = digits.map { String($0) }.joined()
        if exponent < -4 || exponent >= 6 {
            let mantissa = digits.count == 1 ? text : String(text.prefix(1)) + "." + String(text.dropFirst())
            let power = String(exponent.magnitude)
            return sign + mantissa + (exponent < 0 ? "e-" : "e+") + (power.count < 2 ? "0" : "") + power
        }
        if exponent < 0 { return sign + "0." + String(repeating: "0", count: -exponent - 1) + text }
        if digits.count <= exponent + 1 {
            return sign + text + String(repeating: "0", count: exponent + 1 - digits.count)
        }
        return sign + String(text.prefix(exponent + 1)) + "." + String(text.dropFirst(exponent + 1))
    }

    /// The significant digits of Swift's shortest description of a positive finite
    /// `value`, and the power of ten of the first one.
    private static func shortestDigits(_ value: Double) -> (digits: [Int], exponent: Int) {
        let text = value.description
        let parts = text.split(separator: "e", maxSplits: 1)
        let power = parts.count == 2 ? Int(parts[1]) ?? 0 : 0
        let mantissa = parts[0].split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let whole = mantissa[0]
        let fraction = mantissa.count == 2 ? mantissa[1] : ""
        var digits = (whole + fraction).compactMap { $0.wholeNumberValue }
        let leadingZeros = digits.prefix { $0 == 0 }.count
        digits.removeFirst(leadingZeros)
        while digits.count > 1, digits.last == 0 { digits.removeLast() }
        return (digits.isEmpty ? [0] : digits, whole.count - leadingZeros - 1 + power)
    }
}
