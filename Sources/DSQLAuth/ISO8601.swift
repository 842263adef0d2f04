import FoundationEssentials

/// Parsing and printing of the ISO 8601 timestamps AWS credential sources return.
public enum ISO8601 {
    /// Parses `2026-01-02T03:04:05Z`, with optional fractional seconds and a `Z` or `±hh:mm` offset.
    public static func parse(_ text: String) -> Date? {
        let chars = Array(Substring(trimmingBlanks(text)).utf8)
        func number(_ start: Int, _ count: Int) -> Int? {
            guard start + count <= chars.count else { return nil }
            var value = 0
            for c in chars[start..<(start + count)] {
                guard c >= 48, c <= 57 else { return nil }
                value = value * 10 + Int(c - 48)
            }
            return value
        }
        guard chars.count >= 19, chars[4] == UInt8(ascii: "-"), chars[7] == UInt8(ascii: "-"),
            chars[10] == UInt8(ascii: "T") || chars[10] == UInt8(ascii: "t") || chars[10] == UInt8(ascii: " "),
            chars[13] == UInt8(ascii: ":"), chars[16] == UInt8(ascii: ":"),
            let year = number(0, 4), let month = number(5, 2), let day = number(8, 2),
            let hour = number(11, 2), let minute = number(14, 2), let second = number(17, 2)
        else { return nil }
        guard (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second <= 60 else { return nil }
        var index = 19
        var fraction = 0.0
        if index < chars.count, chars[index] == UInt8(ascii: ".") {
            index += 1
            var scale = 0.1
            while index < chars.count, chars[index] >= 48, chars[index] <= 57 {
                fraction += Double(chars[index] - 48) * scale
                scale /= 10
                index += 1
            }
        }
        var offset = 0
        if index < chars.count {
            let sign = chars[index]
            if sign == UInt8(ascii: "Z") || sign == UInt8(ascii: "z") {
                index += 1
            } else if sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
                guard let oh = number(index + 1, 2) else { return nil }
                var om = 0
                if index + 3 < chars.count {
                    let minuteStart = chars[index + 3] == UInt8(ascii: ":") ? index + 4 : index + 3
                    guard let m = number(minuteStart, 2) else { return nil }
                    om = m
                    index = minuteStart + 2
                } else {
                    index += 3
                }
                offset = (oh * 3600 + om * 60) * (sign == UInt8(ascii: "+") ? 1 : -1)
            } else {
                return nil
            }
        }
        guard index == chars.count else { return nil }
        var components = DateComponents()
        components.year = year
        components.month = month
        components.day = day
        components.hour = hour
        components.minute = minute
        components.second = second
        var calendar = Calendar(identifier: .gregorian)
        guard let utc = TimeZone(identifier: "UTC") else { return nil }
        calendar.timeZone = utc
        guard let date = calendar.date(from: components) else { return nil }
        return date.addingTimeInterval(fraction - Double(offset))
    }

    /// `yyyy-MM-ddTHH:mm:ssZ` in UTC.
    public static func format(_ date: Date) -> String {
        let p = UTCParts(date)
        return "\(p.pad(p.year, 4))-\(p.pad(p.month, 2))-\(p.pad(p.day, 2))T"
            + "\(p.pad(p.hour, 2)):\(p.pad(p.minute, 2)):\(p.pad(p.second, 2))Z"
    }

    /// `text` without leading and trailing tabs and space separators (Unicode `Zs`),
    /// the set `CharacterSet.whitespaces` names.
    private static func trimmingBlanks(_ text: String) -> Substring.UnicodeScalarView {
        func isBlank(_ scalar: Unicode.Scalar) -> Bool {
            scalar == "\t" || scalar.properties.generalCategory == .spaceSeparator
        }
        var scalars = Substring(text).unicodeScalars
        while let first = scalars.first, isBlank(first) { scalars.removeFirst() }
        while let last = scalars.last, isBlank(last) { scalars.removeLast() }
        return scalars
    }
}
