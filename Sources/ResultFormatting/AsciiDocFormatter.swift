/// psql's `\pset format asciidoc`: an AsciiDoc table, the title as its block title and
/// the footers in a literal block (print.c's print_asciidoc_*).
struct AsciiDocFormatter {
    let table: MarkupTable
    let options: PrintOptions

    func print<Sink: ByteSink>(expanded: Bool, into sink: inout Sink) {
        var out = "\n"
        if !options.tuplesOnly, let title = options.title { out += "." + title + "\n" }
        let frame: String =
            switch options.border {
            case 0: ",frame=\"none\",grid=\"none\""
            case 1: ",frame=\"none\""
            case 2: ",frame=\"all\",grid=\"all\""
            default: ""
            }
        if expanded {
            out += "[cols=\"h,l\"" + frame + "]\n|====\n"
            for (index, row) in table.rows.enumerated() {
                out += options.tuplesOnly ? "2+|\n" : "2+^|Record \(index + 1)\n"
                for (column, cell) in row.enumerated() {
                    out +=
                        "<l|" + Self.escaped(table.headers[column])
                        + (table.alignments[column] == .right ? " >l|" : " <l|")
                    out += MarkupTable.isBlank(cell) ? " " : Self.escaped(cell)
                    out += "\n"
                }
            }
        } else {
            let columns = table.alignments.map { $0 == .right ? ">l" : "<l" }.joined(separator: ",")
            out +=
                "[" + (options.tuplesOnly ? "" : "options=\"header\",") + "cols=\"" + columns + "\"" + frame
                + "]\n|====\n"
            if !options.tuplesOnly {
                out += table.headers.map { "^l|" + Self.escaped($0) }.joined(separator: " ") + "\n"
            }
            for row in table.rows where !row.isEmpty {
                for (column, cell) in row.enumerated() {
                    if column > 0 { out += " " }
                    out += "|"
                    if MarkupTable.isBlank(cell) {
                        if column + 1 < row.count { out += " " }
                    } else {
                        out += Self.escaped(cell)
                    }
                }
                out += "\n"
            }
        }
        out += "|====\n"
        if !options.tuplesOnly, let footers = expanded ? table.explicitFooters : table.footers {
            out += "\n....\n"
            for footer in footers { out += footer + "\n" }
            out += "....\n"
        }
        sink.write(out)
    }

    /// psql's asciidoc_escaped_print: `|` becomes `\|`.
    static func escaped(_ text: String) -> String {
        text.replacing("|", with: "\\|")
    }
}
