import Completion
import PostgresClient

extension CompletionCatalog {
    /// The query behind the catalog: one row per column of each user table and view.
    ///
    /// Only `pg_namespace`, `pg_class`, `pg_attribute` and `pg_database` are read:
    /// Aurora DSQL serves them.
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

    /// Reads the catalog through `connection`; nil when it is broken, in a failed transaction, or the read fails.
    static func read(from connection: any DatabaseConnection) -> CompletionCatalog? {
        guard !connection.isBroken,
            connection.transactionStatus == .idle || connection.transactionStatus == .inTransaction,
            let results = try? connection.execute(query), results.count == 3,
            results.allSatisfy({ $0.status == .tuples })
        else { return nil }
        var catalog = Self.catalog(columnRows: results[0], schemaRows: results[1])
        catalog.databases = (0..<results[2].rowCount).compactMap { results[2].string(row: $0, column: 0) }
        return catalog
    }

    /// Builds the catalog from the two result sets of `query`.
    private static func catalog(columnRows: QueryResult, schemaRows: QueryResult) -> CompletionCatalog {
        var relations: [CompletionCatalog.Relation] = []
        for row in 0..<columnRows.rowCount {
            guard let schema = columnRows.string(row: row, column: 0), let name = columnRows.string(row: row, column: 1)
            else { continue }
            let kind: CompletionCatalog.Relation.Kind =
                ["v", "m"].contains(columnRows.string(row: row, column: 2)) ? .view : .table
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
