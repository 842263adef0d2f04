extension PrintOptions {
    /// What a bare `\pset` prints: every setting, one per line, in psql 15's layout.
    public func psetListing() -> String {
        func quoted(_ text: String) -> String {
            var result = "'"
            for character in text {
                switch character {
                case "'": result += "\\'"
                case "\\": result += "\\\\"
                case "\n": result += "\\n"
                default: result.append(character)
                }
            }
            return result + "'"
        }
        func onOff(_ value: Bool) -> String { value ? "on" : "off" }
        func separatorText(_ separator: Separator) -> String {
            if case .text(let text) = separator { return quoted(text) }
            return "''"
        }
        let expandedText: String
        switch expanded {
        case .off: expandedText = "off"
        case .on: expandedText = "on"
        case .auto: expandedText = "auto"
        }
        let pagerNumber: Int
        switch pager {
        case .off: pagerNumber = 0
        case .on: pagerNumber = 1
        case .always: pagerNumber = 2
        }
        let settings: [(String, String)] = [
            ("border", String(border)),
            ("columns", String(columns)),
            ("csv_fieldsep", quoted(String(decoding: [csvFieldSeparator], as: UTF8.self))),
            ("expanded", expandedText),
            ("fieldsep", separatorText(fieldSeparator)),
            ("fieldsep_zero", onOff(fieldSeparator == .zeroByte)),
            ("footer", onOff(footer)),
            ("format", format.rawValue),
            ("linestyle", lineStyle.rawValue),
            ("null", quoted(nullString)),
            ("numericlocale", onOff(numericLocale)),
            ("pager", String(pagerNumber)),
            ("pager_min_lines", String(pagerMinLines)),
            ("recordsep", separatorText(recordSeparator)),
            ("recordsep_zero", onOff(recordSeparator == .zeroByte)),
            ("tableattr", tableAttributes.map(quoted) ?? ""),
            ("title", title.map(quoted) ?? ""),
            ("tuples_only", onOff(tuplesOnly)),
            ("unicode_border_linestyle", unicodeBorderLine.rawValue),
            ("unicode_column_linestyle", unicodeColumnLine.rawValue),
            ("unicode_header_linestyle", unicodeHeaderLine.rawValue),
        ]
        return settings.map { name, value in
            name + String(repeating: " ", count: max(0, 24 - name.count)) + " " + value + "\n"
        }.joined()
    }
}
