/// psql's `\pset format html`: a `<table>` with the border and `tableattr` options,
/// a caption for the title and the footers in a paragraph (print.c's print_html_*).
struct HTMLFormatter {
    let table: MarkupTable
    let options: PrintOptions

    func print<Sink: ByteSink>(expanded: Bool, into sink: inout Sink) {
        var out = "<table border=\"\(options.border)\""
        if let attributes = options.tableAttributes { out += " " + attributes }
        out += ">\n"
        if !options.tuplesOnly, let title = options.title {
            out += "  <caption>" + Self.escaped(title) + "</caption>\n"
        }
        if expanded {
            for (index, row) in table.rows.enumerated() {
                out +=
                    options.tuplesOnly
                    ? "\n  <tr><td colspan=\"2\">&nbsp;</td></tr>\n"
                    : "\n  <tr><td colspan=\"2\" align=\"center\">Record \(index + 1)</td></tr>\n"
                for (column, cell) in row.enumerated() {
                    out += "  <tr valign=\"top\">\n    <th>" + Self.escaped(table.headers[column]) + "</th>\n"
                    out +=
                        "    <td align=\"\(table.alignments[column] == .right ? "right" : "left")\">" + Self.cell(cell)
                        + "</td>\n  </tr>\n"
                }
            }
        } else {
            if !options.tuplesOnly {
                out += "  <tr>\n"
                for header in table.headers { out += "    <th align=\"center\">" + Self.escaped(header) + "</th>\n" }
                out += "  </tr>\n"
            }
            for row in table.rows where !row.isEmpty {
                out += "  <tr valign=\"top\">\n"
                for (column, cell) in row.enumerated() {
                    out +=
                        "    <td align=\"\(table.alignments[column] == .right ? "right" : "left")\">" + Self.cell(cell)
                        + "</td>\n"
                }
                out += "  </tr>\n"
            }
        }
        out += "</table>\n"
        if !options.tuplesOnly, let footers = expanded ? table.explicitFooters : table.footers {
            out += "<p>"
            for footer in footers { out += Self.escaped(footer) + "<br />\n" }
            out += "</p>"
        }
        out += "\n"
        sink.write(out)
    }

    private static func cell(_ text: String) -> String {
        MarkupTable.isBlank(text) ? "&nbsp; " : escaped(text)
    }

    /// psql's html_escaped_print: entities for `& < > "`, `<br />` for newlines, and
    /// `&nbsp;` for leading spaces.
    static func escaped(_ text: String) -> String {
        var out = ""
        var leadingSpace = true
        for character in text.unicodeScalars {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\n": out += "<br />\n"
            case "\"": out += "&quot;"
            case " ": out += leadingSpace ? "&nbsp;" : " "
            default: out.unicodeScalars.append(character)
            }
            if character != " " { leadingSpace = false }
        }
        return out
    }
}
