import PostgresClient

/// The footers about where a relation sits: partition of, inherits, children, typed
/// table, replica identity, tablespace, access method, foreign server.
extension RelationFooters {
    /// `Partition of: parent BOUND` and, verbose, its `Partition constraint:`.
    func partitionOfLines(_ relation: RelationDescriber.Relation) -> [String] {
        guard let rows = reader.firstRows(RelationFooterQueries.partitionOf(relation.oid, verbose: verbose)),
            rows.rowCount > 0
        else { return [] }
        func value(_ column: Int) -> String { rows.string(row: 0, column: column) ?? "" }
        var lines = ["Partition of: \(value(0)) \(value(1))\(value(2) == "t" ? " DETACH PENDING" : "")"]
        if verbose {
            let constraint = value(3)
            lines.append(constraint.isEmpty ? "No partition constraint" : "Partition constraint: \(constraint)")
        }
        return lines
    }

    /// The closing footers of tables, materialized views, foreign tables, partitioned
    /// tables and indexes, and TOAST tables.
    func closingLines(_ relation: RelationDescriber.Relation) -> [String] {
        var lines: [String] = []
        let kind = relation.kind
        let partitioned = kind == "p" || kind == "I"
        if kind == "f", let rows = reader.firstRows(RelationFooterQueries.foreignServer(relation.oid)),
            rows.rowCount == 1
        {
            lines.append("Server: \(rows.string(row: 0, column: 0) ?? "")")
            let options = rows.string(row: 0, column: 1) ?? ""
            if !options.isEmpty { lines.append("FDW options: (\(options))") }
        }
        if let rows = reader.firstRows(RelationFooterQueries.parents(relation.oid)) {
            let names = (0..<rows.rowCount).map { rows.string(row: $0, column: 0) ?? "" }
            lines += Self.list(heading: "Inherits", names)
        }
        if let rows = reader.firstRows(RelationFooterQueries.children(relation.oid)) {
            let count = rows.rowCount
            if partitioned && count == 0 {
                lines.append("Number of partitions: 0")
            } else if !verbose {
                if count > 0 {
                    lines.append(
                        partitioned
                            ? "Number of partitions: \(count) (Use \\d+ to list them.)"
                            : "Number of child tables: \(count) (Use \\d+ to list them.)")
                }
            } else {
                let entries = (0..<count).map { row in
                    var entry = rows.string(row: row, column: 0) ?? ""
                    if !rows.isNull(row: row, column: 3) { entry += " " + (rows.string(row: row, column: 3) ?? "") }
                    let childKind = rows.string(row: row, column: 1) ?? ""
                    if childKind == "p" || childKind == "I" { entry += ", PARTITIONED" }
                    if rows.string(row: row, column: 2) == "t" { entry += " (DETACH PENDING)" }
                    return entry
                }
                lines += Self.list(heading: partitioned ? "Partitions" : "Child tables", entries)
            }
        }
        if let type = relation.ofType { lines.append("Typed table of type: \(type)") }
        if verbose, kind == "r" || kind == "m", let identity = Self.replicaIdentity(relation) {
            lines.append("Replica Identity: \(identity)")
        }
        if let space = tablespaceName(relation.tablespace, kind: kind) { lines.append("Tablespace: \"\(space)\"") }
        if verbose, let method = relation.accessMethod, !reader.session.variables.settings.hideTableAccessMethod {
            lines.append("Access method: \(method)")
        }
        return lines
    }

    /// `Heading: first,` then each further entry under it, aligned, comma after all but the last.
    static func list(heading: String, _ entries: [String]) -> [String] {
        let indent = String(repeating: " ", count: heading.count + 2)
        return entries.enumerated().map { index, entry in
            (index == 0 ? "\(heading): " : indent) + entry + (index < entries.count - 1 ? "," : "")
        }
    }

    /// The replica identity psql shows under `\d+`: only one that is not the default
    /// (nor an index, which the index line marks).
    static func replicaIdentity(_ relation: RelationDescriber.Relation) -> String? {
        let identity = relation.replicaIdentity
        guard identity != "i" else { return nil }
        let isDefault = relation.schema == "pg_catalog" ? identity == "n" : identity == "d"
        guard !isDefault else { return nil }
        return identity == "f" ? "FULL" : identity == "n" ? "NOTHING" : "???"
    }
}
