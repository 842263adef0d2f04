import PostgresClient

/// The catalog names completion offers, read once and kept until DDL runs.
///
/// Only `pg_namespace`, `pg_class`, `pg_attribute` and `pg_database` are read:
/// Aurora DSQL serves them. The catalog is read lazily, at the first TAB that needs it,
/// never in a failed transaction; a failed read is retried at the next TAB.
final class CatalogCache {
    private var cached: CompletionCatalog?

    /// The query behind the catalog: one row per column of each user table and view.
    static let query = """
        SELECT n.nspname, c.relname, c.relkind, a.attname \
        FROM pg_catalog.pg_class c \
        JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace \
        LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped \
        WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f') \
        AND n.nspname <> 'information_schema' AND left(n.nspname, 3) <> 'pg_' \
        ORDER BY n.nspname, c.relname, a.attnum LIMIT 50000;
        SELECT nspname FROM pg_catalog.pg_namespace \
        WHERE nspname <> 'information_schema' AND left(nspname, 3) <> 'pg_' ORDER BY 1;
        SELECT datname FROM pg_catalog.pg_database WHERE datallowconn ORDER BY 1
        """

    /// Forgets the names after a statement that may have changed them (CREATE, ALTER, DROP).
    func noteStatement(_ sql: String) {
        if Self.changesCatalog(sql) { cached = nil }
    }

    /// Forgets the names, so the next TAB reads them again.
    func invalidate() { cached = nil }

    /// Whether `sql` holds a statement starting with CREATE, ALTER or DROP.
    static func changesCatalog(_ sql: String) -> Bool {
        var atStart = true
        for token in CompletionTokenizer.tokens(sql) {
            if atStart, let word = token.word, ["create", "alter", "drop"].contains(word) { return true }
            atStart = token.isSymbol(";")
        }
        return false
    }

    /// The cached catalog, reading it through `connection` when there is none.
    func catalog(using connection: any DatabaseConnection) -> CompletionCatalog {
        if let cached { return cached }
        guard !connection.isBroken, connection.transactionStatus == .idle || connection.transactionStatus == .inTransaction,
              let results = try? connection.execute(Self.query), results.count == 3,
              results.allSatisfy({ $0.status == .tuples })
        else { return .empty }
        var catalog = Self.catalog(columnRows: results[0], schemaRows: results[1])
        catalog.databases = (0..<results[2].rowCount).compactMap { results[2].string(row: $0, column: 0) }
        cached = catalog
        return catalog
    }

    /// Builds the catalog from the two result sets of `query`.
    private static func catalog(columnRows: QueryResult, schemaRows: QueryResult) -> CompletionCatalog {
        var relations: [CompletionCatalog.Relation] = []
        for row in 0..<columnRows.rowCount {
            guard let schema = columnRows.string(row: row, column: 0), let name = columnRows.string(row: row, column: 1) else { continue }
            let kind: CompletionCatalog.Relation.Kind = ["v", "m"].contains(columnRows.string(row: row, column: 2)) ? .view : .table
            if relations.last?.schema != schema || relations.last?.name != name {
                relations.append(CompletionCatalog.Relation(schema: schema, name: name, kind: kind, columns: []))
            }
            if let column = columnRows.string(row: row, column: 3), !relations.isEmpty {
                relations[relations.count - 1].columns.append(column)
            }
        }
        let schemas = (0..<schemaRows.rowCount).compactMap { schemaRows.string(row: $0, column: 0) }
        return CompletionCatalog(schemas: schemas, relations: relations)
    }
}
