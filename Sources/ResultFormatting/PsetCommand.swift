extension PrintOptions {
    /// Applies `\pset name [value]` as psql 15 does: same option names and
    /// abbreviations, same toggling when the value is omitted, same messages.
    ///
    /// Formats psql has but dsql does not (html, latex, asciidoc, troff-ms) are refused.
    public func applyingPset(_ name: String, _ value: String?) throws(PsetError) -> PsetOutcome {
        var options = self
        switch name {
        case "format":
            if let value { options.format = try Self.parseFormat(value) }
        case "border":
            if let value { options.border = UInt16(truncatingIfNeeded: Self.leadingInteger(value)) }
        case "x", "expanded", "vertical":
            if let value {
                if value.lowercased() == "auto" {
                    options.expanded = .auto
                } else if let on = Self.parseBoolean(value) {
                    options.expanded = on ? .on : .off
                } else {
                    throw PsetError(
                        message: "unrecognized value \"\(value)\" for \"\(name)\"\nAvailable values are: on, off, auto."
                    )
                }
            } else {
                options.expanded = options.expanded == .off ? .on : .off
            }
        case "csv_fieldsep":
            if let value {
                let bytes = Array(value.utf8.prefix { $0 != 0 }) // a C string to psql: `\0` ends it
                guard bytes.count == 1 else {
                    throw PsetError(message: "\\pset: csv_fieldsep must be a single one-byte character")
                }
                guard ![UInt8(ascii: "\""), UInt8(ascii: "\n"), UInt8(ascii: "\r")].contains(bytes[0]) else {
                    throw PsetError(
                        message: "\\pset: csv_fieldsep cannot be a double quote, a newline, or a carriage return")
                }
                options.csvFieldSeparator = bytes[0]
            }
        case "fieldsep":
            if let value { options.fieldSeparator = .text(value) }
        case "fieldsep_zero":
            options.fieldSeparator = .zeroByte
        case "recordsep":
            if let value { options.recordSeparator = .text(value) }
        case "recordsep_zero":
            options.recordSeparator = .zeroByte
        case "linestyle":
            if let value { options.lineStyle = try Self.parseLineStyle(value) }
        case "unicode_border_linestyle", "unicode_column_linestyle", "unicode_header_linestyle":
            if let value {
                let kind = name.split(separator: "_")[1]
                guard let line = Self.uniquePrefixMatch(value, in: PrintOptions.UnicodeLine.allCases, exact: false)
                else {
                    throw PsetError(message: "\\pset: allowed Unicode \(kind) line styles are single, double")
                }
                switch kind {
                case "border": options.unicodeBorderLine = line
                case "column": options.unicodeColumnLine = line
                default: options.unicodeHeaderLine = line
                }
            }
        case "null":
            if let value { options.nullString = value }
        case "title":
            options.title = value
        case "T", "tableattr":
            options.tableAttributes = value
        case "t", "tuples_only":
            if let value {
                options.tuplesOnly = try Self.requireBoolean(value, name)
                return PsetOutcome(options: options)
            }
            options.tuplesOnly.toggle()
        case "footer":
            if let value {
                options.footer = try Self.requireBoolean(value, name)
                return PsetOutcome(options: options)
            }
            options.footer.toggle()
        case "numericlocale":
            if let value {
                options.numericLocale = try Self.requireBoolean(value, name)
                return PsetOutcome(options: options)
            }
            options.numericLocale.toggle()
        case "columns":
            if let value { options.columns = max(0, Self.leadingInteger(value)) }
        case "pager":
            if let value {
                if value.lowercased() == "always" {
                    options.pager = .always
                } else if let on = Self.parseBoolean(value) {
                    options.pager = on ? .on : .off
                } else {
                    throw PsetError(
                        message:
                            "unrecognized value \"\(value)\" for \"\(name)\"\nAvailable values are: on, off, always.")
                }
            } else {
                options.pager = options.pager == .on ? .off : .on
            }
        case "pager_min_lines":
            if let value { options.pagerMinLines = max(0, Self.leadingInteger(value)) }
        default:
            throw PsetError(message: "\\pset: unknown option: \(name)")
        }
        return PsetOutcome(options: options, message: options.psetStatus(name))
    }

    /// psql's description of one setting, as `\pset name` prints it; nil for an unknown name.
    public func psetStatus(_ name: String) -> String? {
        switch name {
        case "format": return "Output format is \(format.rawValue)."
        case "border": return "Border style is \(border)."
        case "x", "expanded", "vertical":
            switch expanded {
            case .auto: return "Expanded display is used automatically."
            case .on: return "Expanded display is on."
            case .off: return "Expanded display is off."
            }
        case "csv_fieldsep":
            return "Field separator for CSV is \"\(String(decoding: [csvFieldSeparator], as: UTF8.self))\"."
        case "fieldsep", "fieldsep_zero":
            if case .text(let text) = fieldSeparator { return "Field separator is \"\(text)\"." }
            return "Field separator is zero byte."
        case "recordsep", "recordsep_zero":
            switch recordSeparator {
            case .zeroByte: return "Record separator is zero byte."
            case .text("\n"): return "Record separator is <newline>."
            case .text(let text): return "Record separator is \"\(text)\"."
            }
        case "linestyle": return "Line style is \(lineStyle.rawValue)."
        case "unicode_border_linestyle": return "Unicode border line style is \"\(unicodeBorderLine.rawValue)\"."
        case "unicode_column_linestyle": return "Unicode column line style is \"\(unicodeColumnLine.rawValue)\"."
        case "unicode_header_linestyle": return "Unicode header line style is \"\(unicodeHeaderLine.rawValue)\"."
        case "null": return "Null display is \"\(nullString)\"."
        case "title": return title.map { "Title is \"\($0)\"." } ?? "Title is unset."
        case "T", "tableattr":
            return tableAttributes.map { "Table attributes are \"\($0)\"." } ?? "Table attributes unset."
        case "t", "tuples_only": return "Tuples only is \(tuplesOnly ? "on" : "off")."
        case "footer": return "Default footer is \(footer ? "on" : "off")."
        case "numericlocale": return "Locale-adjusted numeric output is \(numericLocale ? "on" : "off")."
        case "columns": return columns == 0 ? "Target width is unset." : "Target width is \(columns)."
        case "pager":
            switch pager {
            case .on: return "Pager is used for long output."
            case .off: return "Pager usage is off."
            case .always: return "Pager is always used."
            }
        case "pager_min_lines":
            return "Pager won't be used for less than \(pagerMinLines) line\(pagerMinLines == 1 ? "" : "s")."
        default: return nil
        }
    }
}
