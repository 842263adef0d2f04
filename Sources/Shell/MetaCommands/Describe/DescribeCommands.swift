/// psql's describe commands: `\d`, `\dt`, `\di`, `\dv`, `\ds`, `\dm`, `\dE`, `\dn`, `\du`, `\dg`, `\df`, `\l`,
/// followed by the other listings (``ListingCommands``).
///
/// Each accepts `+` (more detail) and `S` (system objects) after its name, and one
/// psql name pattern. Queries read only catalogs Aurora DSQL has, falling back when
/// a richer query fails; ECHO_HIDDEN shows them.
enum DescribeCommands {
    static let all: [MetaCommand] =
        [
            // As psql, `\d` followed by relation letters (`\dtv`, `\dsE+`) lists those kinds.
            command(
                "d", modifiers: "tvmisES+", length: 4, usage: "\\d[S+] [NAME]",
                summary: "describe table, view, sequence, or index"
            ) { reader, variant, pattern in
                // psql looks at the first letter only: `\dSt` describes, `\dtS` lists.
                let kinds = variant.modifiers.filter { "tvmisE".contains($0) }
                if let first = variant.modifiers.first, "tvmisE".contains(first) {
                    return ListCommands.relations(reader, letters: kinds, pattern: pattern, variant: variant)
                }
                if let pattern {
                    return RelationDescriber(reader: reader, verbose: variant.verbose).describe(
                        pattern, system: variant.system)
                }
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
            command("dg", usage: "\\dg[S+] [PATTERN]", summary: "list roles") { reader, variant, pattern in
                ListCommands.roles(reader, pattern: pattern, variant: variant)
            },
            command("du", usage: "\\du[S+] [PATTERN]", summary: "list roles") { reader, variant, pattern in
                ListCommands.roles(reader, pattern: pattern, variant: variant)
            },
            command(
                "df", modifiers: "anptwS+", more: .max - 1, usage: "\\df[anptw][S+] [FUNCPTRN [TYPEPTRN ...]]",
                summary: "list functions"
            ) { reader, variant, arguments in
                ListCommands.functions(reader, arguments: arguments, variant: variant)
            },
            command("l", also: "list", usage: "\\l[+] [PATTERN]", summary: "list databases (on Aurora DSQL: postgres)")
            { reader, variant, pattern in
                ListCommands.databases(reader, pattern: pattern, verbose: variant.verbose)
            },
        ] + ListingCommands.all

    static func relationList(_ base: String, letters: String, summary: String) -> MetaCommand {
        command(base, usage: "\\\(base)[S+] [PATTERN]", summary: summary) { reader, variant, pattern in
            ListCommands.relations(reader, letters: letters, pattern: pattern, variant: variant)
        }
    }

    /// A describe command under every spelling of `base` (and `also`) with `modifiers`.
    static func command(
        _ base: String, also: String? = nil, modifiers: String = "S+", length: Int = 3, usage: String, summary: String,
        _ body: @escaping @Sendable (CatalogReader, DescribeVariant, String?) -> Bool
    ) -> MetaCommand {
        command(base, also: also, modifiers: modifiers, length: length, more: 0, usage: usage, summary: summary) {
            reader, variant, arguments in
            body(reader, variant, arguments.first)
        }
    }

    /// A describe command that takes, after its pattern, up to `more` further arguments
    /// (psql's second pattern of `\dA…` and `\drds`, the argument types of `\df` and `\do`).
    static func command(
        _ base: String, also: String? = nil, modifiers: String = "S+", length: Int = 3, more: Int, usage: String,
        summary: String,
        _ body: @escaping @Sendable (CatalogReader, DescribeVariant, [String]) -> Bool
    ) -> MetaCommand {
        let names =
            DescribeVariant.spellings(of: base, modifiers: modifiers, length: length)
            + (also.map { DescribeVariant.spellings(of: $0, modifiers: modifiers) } ?? [])
        return MetaCommand(names: names, usage: usage, summary: summary) { invocation in
            let name = invocation.name
            let variant = DescribeVariant(name, base: also.map { name.hasPrefix($0) ? $0 : base } ?? base)
            var arguments: [String] = []
            // As psql, further arguments are read only after a pattern; a trailing `;` is dropped from each.
            while arguments.count <= more, let argument = invocation.argument(stripSemicolons: true) {
                arguments.append(argument)
            }
            let succeeded = body(CatalogReader(session: invocation.session), variant, arguments)
            // Extra arguments are reported by the main loop after the command has run, as in psql.
            return succeeded ? .done : .failed
        }
    }
}
