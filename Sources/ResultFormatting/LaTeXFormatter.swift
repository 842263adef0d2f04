/// psql's `\pset format latex` and `latex-longtable` (print.c's print_latex_text,
/// print_latex_longtable_text and print_latex_vertical, which both use when expanded).
struct LaTeXFormatter {
    let table: MarkupTable
    let options: PrintOptions

    private var aligns: [String] { table.alignments.map { $0 == .right ? "r" : "l" } }

    func print<Sink: ByteSink>(expanded: Bool, longtable: Bool, into sink: inout Sink) {
        var out = ""
        if expanded {
            vertical(into: &out)
        } else if longtable {
            longtableText(into: &out)
        } else {
            text(into: &out)
        }
        sink.write(out)
    }

    private func titleBlock(into out: inout String) {
        if !options.tuplesOnly, let title = options.title {
            out += "\\begin{center}\n" + Self.escaped(title) + "\n\\end{center}\n\n"
        }
    }

    private func footerLines(_ footers: [String]?, into out: inout String) {
        out += "\\end{tabular}\n\n\\noindent "
        if !options.tuplesOnly, let footers {
            for footer in footers { out += Self.escaped(footer) + " \\\\\n" }
        }
        out += "\n"
    }

    private func text(into out: inout String) {
        let border = min(Int(options.border), 3)
        titleBlock(into: &out)
        out += "\\begin{tabular}{" + (border >= 2 ? "| " : "")
        out += aligns.joined(separator: border != 0 ? " | " : "")
        out += (border >= 2 ? " |" : "") + "}\n"
        if !options.tuplesOnly && border >= 2 { out += "\\hline\n" }
        if !options.tuplesOnly {
            out +=
                table.headers.map { "\\textit{" + Self.escaped($0) + "}" }.joined(separator: " & ") + " \\\\\n\\hline\n"
        }
        for row in table.rows where !row.isEmpty {
            out += row.map(Self.escaped).joined(separator: " & ") + " \\\\\n"
            if border == 3 { out += "\\hline\n" }
        }
        if border == 2 { out += "\\hline\n" }
        footerLines(table.footers, into: &out)
    }

    private func longtableText(into out: inout String) {
        let border = min(Int(options.border), 3)
        out += "\\begin{longtable}{" + (border >= 2 ? "| " : "")
        out += columnSpecifications().joined(separator: border != 0 ? " | " : "")
        out += (border >= 2 ? " |" : "") + "}\n"
        if !options.tuplesOnly {
            let header =
                table.headers.map { "\\small\\textbf{\\textit{" + Self.escaped($0) + "}}" }.joined(separator: " & ")
                + " \\\\\n"
            if border >= 2 { out += "\\toprule\n" }
            out += header + "\\midrule\n\\endfirsthead\n"
            if border >= 2 { out += "\\toprule\n" }
            out += header
            if border != 3 { out += "\\midrule\n" }
            out += "\\endhead\n"
            if let title = options.title {
                let escaped = Self.escaped(title)
                if border == 2 { out += "\\bottomrule\n" }
                out += "\\caption[" + escaped + " (Continued)]{" + escaped + "}\n\\endfoot\n"
                if border == 2 { out += "\\bottomrule\n" }
                out += "\\caption[" + escaped + "]{" + escaped + "}\n\\endlastfoot\n"
            } else if border >= 2 {
                out += "\\bottomrule\n\\endfoot\n\\bottomrule\n\\endlastfoot\n"
            }
        }
        for row in table.rows where !row.isEmpty {
            out += row.map { "\\raggedright{" + Self.escaped($0) + "}" }.joined(separator: "\n&\n")
            out += " \\tabularnewline\n"
            if border == 3 { out += " \\hline\n" }
        }
        out += "\\end{longtable}\n"
    }

    /// Longtable column types: `tableattr` gives widths (fractions of the text width) for
    /// the left-aligned columns in turn, the last one repeating.
    private func columnSpecifications() -> [String] {
        let widths = (options.tableAttributes ?? "").split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" })
            .map(String.init)
        var next = 0
        var last: String?
        return aligns.map { align in
            guard align == "l", options.tableAttributes != nil else { return align }
            if next < widths.count {
                last = widths[next]
                next += 1
                return "p{" + widths[next - 1] + "\\textwidth}"
            }
            if let last { return "p{" + last + "\\textwidth}" }
            return "l"
        }
    }

    private func vertical(into out: inout String) {
        let border = min(Int(options.border), 2)
        titleBlock(into: &out)
        out += "\\begin{tabular}{" + ["cl", "c|l", "|c|l|"][border] + "}\n"
        for (index, row) in table.rows.enumerated() {
            if !options.tuplesOnly {
                if border == 2 {
                    out += "\\hline\n\\multicolumn{2}{|c|}{\\textit{Record \(index + 1)}} \\\\\n"
                } else {
                    out += "\\multicolumn{2}{c}{\\textit{Record \(index + 1)}} \\\\\n"
                }
            }
            if border >= 1 { out += "\\hline\n" }
            for (column, cell) in row.enumerated() {
                out += Self.escaped(table.headers[column]) + " & " + Self.escaped(cell) + " \\\\\n"
            }
        }
        if border == 2 { out += "\\hline\n" }
        footerLines(table.explicitFooters, into: &out)
    }

    /// psql's latex_escaped_print.
    static func escaped(_ text: String) -> String {
        var out = ""
        for character in text.unicodeScalars {
            switch character {
            case "#": out += "\\#"
            case "$": out += "\\$"
            case "%": out += "\\%"
            case "&": out += "\\&"
            case "<": out += "\\textless{}"
            case ">": out += "\\textgreater{}"
            case "\\": out += "\\textbackslash{}"
            case "^": out += "\\^{}"
            case "_": out += "\\_"
            case "{": out += "\\{"
            case "|": out += "\\textbar{}"
            case "}": out += "\\}"
            case "~": out += "\\~{}"
            case "\n": out += "\\\\"
            default: out.unicodeScalars.append(character)
            }
        }
        return out
    }
}
