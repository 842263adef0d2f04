import FoundationEssentials

/// A query that says, without ever failing, whether every catalog a describe query reads
/// exists and is readable: used inside the user's transaction, where a failing catalog
/// query would abort it.
enum CatalogProbe {
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

    /// `SELECT` true when all are readable; nil when `sql` names none.
    static func query(for sql: String) -> String? {
        let names = relations(in: sql)
        guard !names.isEmpty else { return nil }
        let values = names.map { "(pg_catalog.to_regclass(\(SQLLiteral.quote($0))))" }.joined(separator: ", ")
        return "SELECT pg_catalog.bool_and(c IS NOT NULL AND pg_catalog.has_table_privilege(c, 'SELECT'))\nFROM (VALUES \(values)) AS v(c);"
    }
}
