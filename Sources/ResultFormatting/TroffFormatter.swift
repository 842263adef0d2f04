/// psql's `\pset format troff-ms`: a tbl table for troff's ms macros (print.c's
/// print_troff_ms_text and print_troff_ms_vertical).
struct TroffFormatter {
    let table: MarkupTable
    let options: PrintOptions

    func print<Sink: ByteSink>(expanded: Bool, into sink: inout Sink) {
        let border = min(Int(options.border), 2)
        var out = ""
        if !options.tuplesOnly, let title = options.title { out += ".LP\n.DS C\n" + Self.escaped(title) + "\n.DE\n" }
        out += ".LP\n.TS\n" + (border == 2 ? "center box;\n" : "center;\n")
        if expanded {
            if options.tuplesOnly { out += "c l;\n" }
            var current = 0 // 0 none, 1 record header, 2 body
            for (index, row) in table.rows.enumerated() {
                if !options.tuplesOnly {
                    if current != 1 {
                        if border == 2 && index > 0 { out += "_\n" }
                        if current != 0 { out += ".T&\n" }
                        out += "c s.\n"
                        current = 1
                    }
                    out += "\\fIRecord \(index + 1)\\fP\n"
                }
                if border >= 1 { out += "_\n" }
                for (column, cell) in row.enumerated() {
                    if !options.tuplesOnly && current != 2 {
                        if current != 0 { out += ".T&\n" }
                        out += border != 1 ? "c l.\n" : "c | l.\n"
                        current = 2
                    }
                    out += Self.escaped(table.headers[column]) + "\t" + Self.escaped(cell) + "\n"
                }
            }
        } else {
            out += table.alignments.map { $0 == .right ? "r" : "l" }.joined(separator: border > 0 ? " | " : "") + ".\n"
            if !options.tuplesOnly {
                out += table.headers.map { "\\fI" + Self.escaped($0) + "\\fP" }.joined(separator: "\t") + "\n_\n"
            }
            for row in table.rows where !row.isEmpty {
                out += row.map(Self.escaped).joined(separator: "\t") + "\n"
            }
        }
        out += ".TE\n.DS L\n"
        if !options.tuplesOnly, let footers = expanded ? table.explicitFooters : table.footers {
            for footer in footers { out += Self.escaped(footer) + "\n" }
        }
        out += ".DE\n"
        sink.write(out)
    }

    /// psql's troff_ms_escaped_print: a backslash becomes `\(rs`.
    static func escaped(_ text: String) -> String {
        text.replacing("\\", with: "\\(rs")
    }
}
