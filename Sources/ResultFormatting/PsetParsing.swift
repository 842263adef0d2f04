import SQLScanner

extension PrintOptions {
    /// psql's boolean spellings (`ParseVariableBool`, the one parser dsql has for them):
    /// prefixes of true/false/yes/no, `on`/`off` (two letters at least), 1/0.
    static func parseBoolean(_ value: String) -> Bool? {
        try? VariableValueParser.parseBoolean(value, name: "")
    }

    static func requireBoolean(_ value: String, _ name: String) throws(PsetError) -> Bool {
        guard let result = parseBoolean(value) else {
            throw PsetError(message: "unrecognized value \"\(value)\" for \"\(name)\": Boolean expected")
        }
        return result
    }

    /// The leading decimal integer of `value`, 0 when there is none (C's `atoi`).
    static func leadingInteger(_ value: String) -> Int {
        var digits = Substring(value.drop(while: { $0 == " " || $0 == "\t" }))
        var sign = 1
        if let first = digits.first, first == "-" || first == "+" {
            sign = first == "-" ? -1 : 1
            digits = digits.dropFirst()
        }
        var result = 0
        for character in digits {
            guard let digit = character.wholeNumberValue, character.isASCII else { break }
            result = result &* 10 &+ digit
            if result > Int(Int32.max) { break }
        }
        return sign * result
    }

    /// psql's format names: a unique case-insensitive prefix, an exact name winning over longer ones.
    static func parseFormat(_ value: String) throws(PsetError) -> Format {
        let lower = value.lowercased()
        if let exact = Format(rawValue: lower) { return exact }
        // As in psql, latex-longtable is tried last so that a prefix of "latex" is not ambiguous.
        let matches = Format.allCases.filter { $0 != .latexLongtable }.sorted { $0.rawValue < $1.rawValue }
            .filter { !lower.isEmpty && $0.rawValue.hasPrefix(lower) }
        if matches.isEmpty, !lower.isEmpty, Format.latexLongtable.rawValue.hasPrefix(lower) { return .latexLongtable }
        if matches.count > 1 {
            throw PsetError(
                message:
                    "\\pset: ambiguous abbreviation \"\(value)\" matches both \"\(matches[0].rawValue)\" and \"\(matches[1].rawValue)\""
            )
        }
        guard let match = matches.first else {
            throw PsetError(
                message:
                    "\\pset: allowed formats are aligned, asciidoc, csv, html, latex, latex-longtable, troff-ms, unaligned, wrapped"
            )
        }
        return match
    }

    /// psql's line style names: any case-insensitive prefix, first match in psql's order.
    static func parseLineStyle(_ value: String) throws(PsetError) -> LineStyle {
        guard let style = uniquePrefixMatch(value, in: [LineStyle.ascii, .oldASCII, .unicode], exact: false) else {
            throw PsetError(message: "\\pset: allowed line styles are ascii, old-ascii, unicode")
        }
        return style
    }

    /// The first case whose name starts with `value` (case-insensitively), as psql matches keywords.
    static func uniquePrefixMatch<Option: RawRepresentable>(_ value: String, in options: [Option], exact: Bool)
        -> Option?
    where Option.RawValue == String {
        let lower = value.lowercased()
        guard !lower.isEmpty else { return nil }
        return options.first { exact ? $0.rawValue == lower : $0.rawValue.hasPrefix(lower) }
    }
}
