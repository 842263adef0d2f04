/// psql's describe commands: `\d`, `\dt`, `\di`, `\dv`, `\ds`, `\dm`, `\dE`, `\dn`, `\du`, `\dg`, `\df`, `\l`.
///
/// Each accepts `+` (more detail) and `S` (system objects) after its name, and one
/// psql name pattern. Queries read only catalogs Aurora DSQL has, falling back when
/// a richer query fails; ECHO_HIDDEN shows them.
enum DescribeCommands {
    static let all: [MetaCommand] = [
        command("d", usage: "\\d[S+] [NAME]", summary: "describe table, view, sequence, or index") { reader, variant, pattern in
            if let pattern { return RelationDescriber(reader: reader, verbose: variant.verbose).describe(pattern, system: variant.system) }
            return ListCommands.relations(reader, letters: "tvmsE", pattern: nil, variant: variant)
        },
        relationList("dt", letters: "t", summary: "list tables"),
        relationList("di", letters: "i", summary: "list indexes"),
        relationList("dv", letters: "v", summary: "list views"),
        relationList("ds", letters: "s", summary: "list sequences"),
        relationList("dm", letters: "m", summary: "list materialized views"),
        relationList("dE", letters: "E", summary: "list foreign tables"),
        command("dn", usage: "\\dn[S+] [PATTERN]", summary: "list schemas") { reader, variant, pattern in
            ListCommands.schemas(reader, pattern: pattern, variant: variant)
        },
        command("du", also: "dg", usage: "\\du[S+] [PATTERN]", summary: "list roles") { reader, variant, pattern in
            ListCommands.roles(reader, pattern: pattern, variant: variant)
        },
        command("df", usage: "\\df[S+] [PATTERN]", summary: "list functions") { reader, variant, pattern in
            ListCommands.functions(reader, pattern: pattern, variant: variant)
        },
        command("l", also: "list", usage: "\\l[+] [PATTERN]", summary: "list databases (on Aurora DSQL: postgres)") { reader, variant, pattern in
            ListCommands.databases(reader, pattern: pattern, verbose: variant.verbose)
        },
    ]

    private static func relationList(_ base: String, letters: String, summary: String) -> MetaCommand {
        command(base, usage: "\\\(base)[S+] [PATTERN]", summary: summary) { reader, variant, pattern in
            ListCommands.relations(reader, letters: letters, pattern: pattern, variant: variant)
        }
    }

    /// A describe command under every spelling of `base` (and `also`) with modifiers.
    private static func command(
        _ base: String, also: String? = nil, usage: String, summary: String,
        _ body: @escaping @Sendable (CatalogReader, DescribeVariant, String?) -> Bool
    ) -> MetaCommand {
        let names = DescribeVariant.spellings(of: base) + (also.map(DescribeVariant.spellings(of:)) ?? [])
        return MetaCommand(names: names, usage: usage, summary: summary) { invocation in
            let name = invocation.name
            let variant = DescribeVariant(name, base: also.map { name.hasPrefix($0) ? $0 : base } ?? base)
            let pattern = invocation.argument(stripSemicolons: true)
            let succeeded = body(CatalogReader(session: invocation.session), variant, pattern)
            // Extra arguments are reported by the main loop after the command has run, as in psql.
            return succeeded ? .done : .failed
        }
    }
}
