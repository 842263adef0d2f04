import FoundationEssentials

/// Decides, inside the user's transaction, whether a describe query may run: only when
/// every function it calls is known to work on Aurora DSQL, and — asked with a query that
/// cannot fail — every catalog it reads exists and is readable. A failing query there
/// would abort the user's transaction.
enum CatalogProbe {
    /// The functions describe queries call that are known to work on Aurora DSQL (catalog
    /// lookups and text helpers that read no storage). Left out on purpose: the size
    /// functions (`pg_table_size`, `pg_database_size`, `pg_size_pretty` of them) and
    /// `pg_get_function_sqlbody`, unconfirmed on DSQL; `shobj_description`,
    /// `has_database_privilege` and `pg_has_role`, which read shared catalogs DSQL
    /// restricts. A query that calls one runs only outside a transaction; inside, the
    /// describe command falls back to a plainer query or leaves that section out.
    static let knownFunctions: Set<String> = [
        "array_to_string", "bool_and", "count", "current_schemas", "format_type", "has_table_privilege",
        "pg_encoding_to_char", "pg_function_is_visible", "pg_get_constraintdef", "pg_get_expr",
        "pg_get_function_arguments", "pg_get_function_result", "pg_get_indexdef", "pg_get_userbyid",
        "pg_get_viewdef", "pg_table_is_visible", "quote_ident", "substring", "to_regclass",
        "quote_literal", "rtrim", "unnest", "string_agg", "generate_series", "array_upper",
        // About objects Aurora DSQL does not have (partitions, rules, triggers, statistics
        // objects, foreign tables): asked only when pg_class says the relation has them, or
        // called once per row of their catalogs, which are empty there.
        "pg_get_partkeydef", "pg_get_partition_constraintdef", "pg_partition_ancestors", "pg_get_ruledef",
        "pg_get_triggerdef", "pg_get_statisticsobjdef_columns", "pg_options_to_table",
    ]

    /// The relations `sql` names as `pg_catalog.pg_…` or `information_schema.…` (not functions).
    static func relations(in sql: String) -> [String] {
        let expression = #/(?:pg_catalog\.pg_[a-z_]+|information_schema\.[a-z_]+)\b(?!\s*\()/#
            .wordBoundaryKind(.simple).matchingSemantics(.unicodeScalar)
        var names: [String] = []
        for match in sql.matches(of: expression) {
            let name = String(match.output)
            if !names.contains(name) { names.append(name) }
        }
        return names
    }

    /// The functions `sql` calls, by name without the `pg_catalog.` prefix (lower case
    /// names followed by `(`; SQL keywords such as `COALESCE`, `ANY` and `EXISTS` are
    /// written in upper case in describe queries and are not functions that can fail).
    static func functions(in sql: String) -> [String] {
        // Each whole word (with any qualifier) that stands right before a parenthesis.
        let called = #/([A-Za-z0-9_."]+)\s*\(/#.matchingSemantics(.unicodeScalar)
        let function = #/(?:pg_catalog\.)?([a-z_][a-z0-9_]*)/#
        var names: [String] = []
        for match in sql.matches(of: called) {
            guard let name = try? function.wholeMatch(in: match.output.1)?.output.1 else { continue }
            if !names.contains(String(name)) { names.append(String(name)) }
        }
        return names
    }

    /// Whether every function `sql` calls is known to work on Aurora DSQL.
    static func callsOnlyKnownFunctions(_ sql: String) -> Bool {
        functions(in: sql).allSatisfy { knownFunctions.contains($0) }
    }

    /// `SELECT` true when all are readable; nil when `sql` names none.
    static func query(for sql: String) -> String? {
        let names = relations(in: sql)
        guard !names.isEmpty else { return nil }
        let values = names.map { "(pg_catalog.to_regclass(\(SQLLiteral.quote($0))))" }.joined(separator: ", ")
        return
            "SELECT pg_catalog.bool_and(c IS NOT NULL AND pg_catalog.has_table_privilege(c, 'SELECT'))\nFROM (VALUES \(values)) AS v(c);"
    }
}
