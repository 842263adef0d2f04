import ResultFormatting

/// `\pset` option names and the values each takes, for completion.
enum PsetCompletion {
    /// psql's option names that dsql understands.
    static let options = [
        "border", "columns", "csv_fieldsep", "expanded", "fieldsep", "fieldsep_zero", "footer", "format", "linestyle",
        "null", "numericlocale", "pager", "pager_min_lines", "recordsep", "recordsep_zero", "title", "tuples_only",
        "unicode_border_linestyle", "unicode_column_linestyle", "unicode_header_linestyle", "x",
    ]

    /// The values `option` takes, when they form a small set.
    static func values(for option: String) -> [String] {
        switch option.lowercased() {
        case "format": PrintOptions.Format.allCases.map(\.rawValue)
        case "linestyle": PrintOptions.LineStyle.allCases.map(\.rawValue)
        case "unicode_border_linestyle", "unicode_column_linestyle", "unicode_header_linestyle":
            PrintOptions.UnicodeLine.allCases.map(\.rawValue)
        case "expanded", "x", "vertical": ["auto", "off", "on"]
        case "pager": ["always", "off", "on"]
        case "border": ["0", "1", "2"]
        case "fieldsep_zero", "recordsep_zero", "footer", "numericlocale", "tuples_only", "t": ["off", "on"]
        default: []
        }
    }
}
