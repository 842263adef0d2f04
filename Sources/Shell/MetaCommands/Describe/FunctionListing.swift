/// psql's `\df[anptwS+]`: functions of the kinds its letters name, with optional argument-type patterns.
enum FunctionListing {
    /// Which kinds of function the letters select; all when none is named.
    struct Kinds: Equatable {
        var aggregate, normal, procedure, trigger, window: Bool

        init(letters: String) {
            aggregate = letters.contains("a")
            normal = letters.contains("n")
            procedure = letters.contains("p")
            trigger = letters.contains("t")
            window = letters.contains("w")
            if !(aggregate || normal || procedure || trigger || window) {
                aggregate = true
                normal = true
                procedure = true
                trigger = true
                window = true
            }
        }

        var all: Bool { aggregate && normal && procedure && trigger && window }
    }

    /// psql 15's describeFunctions query.
    static func query(
        _ reader: CatalogReader, kinds: Kinds, pattern text: String?, argumentTypes: [String],
        verbose: Bool, system: Bool
    ) throws(RejectedPattern) -> String {
        let pattern = try reader.pattern(text, parts: 3)
        var query = ListingQuery(ListQueries.functionColumns)
        if verbose {
            query.append(
                #"""
                ,
                 CASE
                  WHEN p.provolatile = 'i' THEN 'immutable'
                  WHEN p.provolatile = 's' THEN 'stable'
                  WHEN p.provolatile = 'v' THEN 'volatile'
                 END as "Volatility",
                 CASE
                  WHEN p.proparallel = 'r' THEN 'restricted'
                  WHEN p.proparallel = 's' THEN 'safe'
                  WHEN p.proparallel = 'u' THEN 'unsafe'
                 END as "Parallel",
                 pg_catalog.pg_get_userbyid(p.proowner) as "Owner",
                 CASE WHEN prosecdef THEN 'definer' ELSE 'invoker' END AS "Security",
                 pg_catalog.array_to_string(p.proacl, E'\n') AS "Access privileges",
                 l.lanname as "Language",
                 COALESCE(pg_catalog.pg_get_function_sqlbody(p.oid), p.prosrc) as "Source code",
                 pg_catalog.obj_description(p.oid, 'pg_proc') as "Description"
                """#)
        }
        query.append(
            "\nFROM pg_catalog.pg_proc p\n     LEFT JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace\n")
        for index in argumentTypes.indices {
            query.append(
                """
                     LEFT JOIN pg_catalog.pg_type t\(index) ON t\(index).oid = p.proargtypes[\(index)]
                     LEFT JOIN pg_catalog.pg_namespace nt\(index) ON nt\(index).oid = t\(index).typnamespace

                """)
        }
        if verbose { query.append("     LEFT JOIN pg_catalog.pg_language l ON l.oid = p.prolang\n") }
        var hasWhere = false
        func condition(_ text: String) {
            query.append((hasWhere ? "      AND " : "WHERE ") + text + "\n")
            hasWhere = true
        }
        if kinds.all {
            // No condition: every kind.
        } else if kinds.normal {
            if !kinds.aggregate { condition("p.prokind <> 'a'") }
            if !kinds.procedure { condition("p.prokind <> 'p'") }
            if !kinds.trigger { condition("p.prorettype <> 'pg_catalog.trigger'::pg_catalog.regtype") }
            if !kinds.window { condition("p.prokind <> 'w'") }
        } else {
            var alternatives: [String] = []
            if kinds.aggregate { alternatives.append("p.prokind = 'a'\n") }
            if kinds.trigger { alternatives.append("p.prorettype = 'pg_catalog.trigger'::pg_catalog.regtype\n") }
            if kinds.procedure { alternatives.append("p.prokind = 'p'\n") }
            if kinds.window { alternatives.append("p.prokind = 'w'\n") }
            query.append("WHERE (\n       " + alternatives.joined(separator: "       OR ") + "      )\n")
            hasWhere = true
        }
        query.addPattern(
            pattern, hasWhere: hasWhere, schema: "n.nspname", name: "p.proname",
            visibility: "pg_catalog.pg_function_is_visible(p.oid)")
        try ObjectListings.addArgumentTypes(argumentTypes, to: &query, reader: reader)
        if !system && text == nil { query.append(ObjectListings.hideSystem) }
        query.append("ORDER BY 1, 2, 4;")
        return query.sql
    }
}
