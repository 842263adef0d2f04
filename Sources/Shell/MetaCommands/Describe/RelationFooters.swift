/// The lines psql prints under `\d NAME`'s column table: indexes, constraints, view definition.
///
/// Each section comes from its own catalog query; a section whose query fails is left out.
struct RelationFooters {
    let reader: CatalogReader
    let verbose: Bool

    /// Footers for a table, view or other column-bearing relation.
    func footers(for relation: RelationDescriber.Relation) -> [String] {
        var lines: [String] = []
        switch relation.kind {
        case "r", "p", "m", "f":
            let partitioning = relation.kind == "p" ? reader.firstRows(RelationQueries.partitioning(relation.oid)) : nil
            if let partitioning, partitioning.rowCount > 0 {
                lines.append("Partition key: \(partitioning.string(row: 0, column: 0) ?? "")")
            }
            if relation.hasIndex { lines += indexLines(relation.oid) }
            if relation.checks > 0 { lines += checkLines(relation.oid) }
            if relation.kind != "f" { lines += foreignKeyLines(relation.oid) }
            if let partitioning, partitioning.rowCount > 0, let count = Int(partitioning.string(row: 0, column: 1) ?? "") {
                lines.append(count == 0 || verbose ? "Number of partitions: \(count)" : "Number of partitions: \(count) (Use \\d+ to list them.)")
            }
            if verbose, let method = relation.accessMethod, !method.isEmpty,
               !reader.session.variables.settings.hideTableAccessMethod, relation.kind != "f" {
                lines.append("Access method: \(method)")
            }
        case "v":
            if verbose, let rows = reader.firstRows(RelationQueries.viewDefinition(relation.oid)), rows.rowCount > 0 {
                lines += ["View definition:", rows.string(row: 0, column: 0) ?? ""]
            }
        default:
            break
        }
        if verbose && !relation.options.isEmpty { lines.append("Options: \(relation.options)") }
        return lines
    }

    /// The `Indexes:` section, as psql writes each index.
    private func indexLines(_ oid: String) -> [String] {
        guard let rows = reader.firstRows(RelationQueries.indexes(oid)), rows.rowCount > 0 else { return [] }
        var lines = ["Indexes:"]
        for row in 0..<rows.rowCount {
            func value(_ column: Int) -> String { rows.string(row: row, column: column) ?? "" }
            lines.append(Self.indexLine(
                name: value(0), primary: value(1) == "t", unique: value(2) == "t", clustered: value(3) == "t",
                valid: value(4) == "t", definition: value(5), constraintDefinition: value(6), constraintType: value(7),
                deferrable: value(8) == "t", deferred: value(9) == "t", replicaIdentity: value(10) == "t"))
        }
        return lines
    }

    /// One line of the `Indexes:` section, e.g. `    "t_pkey" PRIMARY KEY, btree (id)`.
    ///
    /// Everything after ` USING ` in the index definition is shown as it is; an index
    /// that is not yet valid (an asynchronous build in progress) is marked `INVALID`.
    static func indexLine(name: String, primary: Bool, unique: Bool, clustered: Bool, valid: Bool, definition: String,
                          constraintDefinition: String, constraintType: String, deferrable: Bool, deferred: Bool,
                          replicaIdentity: Bool) -> String {
        var line = "    \"\(name)\""
        if constraintType == "x" {
            line += " " + constraintDefinition
        } else {
            if primary {
                line += " PRIMARY KEY,"
            } else if unique {
                line += constraintType == "u" ? " UNIQUE CONSTRAINT," : " UNIQUE,"
            }
            var shown = Substring(definition)
            if let using = definition.firstRange(of: " USING ") { shown = definition[using.upperBound...] }
            line += " " + shown
            if deferrable { line += " DEFERRABLE" }
            if deferred { line += " INITIALLY DEFERRED" }
        }
        if clustered { line += " CLUSTER" }
        if !valid { line += " INVALID" }
        if replicaIdentity { line += " REPLICA IDENTITY" }
        return line
    }

    /// The `Check constraints:` section.
    private func checkLines(_ oid: String) -> [String] {
        guard let rows = reader.firstRows(RelationQueries.checks(oid)), rows.rowCount > 0 else { return [] }
        return ["Check constraints:"] + (0..<rows.rowCount).map {
            "    \"\(rows.string(row: $0, column: 0) ?? "")\" \(rows.string(row: $0, column: 1) ?? "")"
        }
    }

    /// The `Foreign-key constraints:` and `Referenced by:` sections (Aurora DSQL has no foreign keys).
    private func foreignKeyLines(_ oid: String) -> [String] {
        var lines: [String] = []
        if let rows = reader.firstRows(RelationQueries.foreignKeys(oid)), rows.rowCount > 0 {
            lines.append("Foreign-key constraints:")
            for row in 0..<rows.rowCount {
                func value(_ column: Int) -> String { rows.string(row: row, column: column) ?? "" }
                lines.append(value(0) == "t" ? "    \"\(value(1))\" \(value(2))" : "    TABLE \"\(value(3))\" CONSTRAINT \"\(value(1))\" \(value(2))")
            }
        }
        if let rows = reader.firstRows(RelationQueries.referencedBy(oid)), rows.rowCount > 0 {
            lines.append("Referenced by:")
            for row in 0..<rows.rowCount {
                func value(_ column: Int) -> String { rows.string(row: row, column: column) ?? "" }
                lines.append("    TABLE \"\(value(1))\" CONSTRAINT \"\(value(0))\" \(value(2))")
            }
        }
        return lines
    }

    /// The line under an index's columns, e.g. `primary key, btree, for table "public.t"`.
    func indexFooters(for relation: RelationDescriber.Relation) -> [String] {
        guard let rows = reader.firstRows(RelationQueries.indexInfo(relation.oid)), rows.rowCount > 0 else { return [] }
        func value(_ column: Int) -> String { rows.string(row: 0, column: column) ?? "" }
        var line = ""
        if value(1) == "t" {
            line = "primary key, "
        } else if value(0) == "t" {
            line = "unique" + (value(7) == "t" ? " nulls not distinct" : "") + ", "
        }
        line += "\(value(8)), for table \"\(relation.schema).\(value(9))\""
        if !value(10).isEmpty { line += ", predicate (\(value(10)))" }
        if value(2) == "t" { line += ", clustered" }
        if value(3) != "t" { line += ", invalid" }
        if value(4) == "t" { line += ", deferrable" }
        if value(5) == "t" { line += ", initially deferred" }
        if value(6) == "t" { line += ", replica identity" }
        var lines = [line]
        if verbose && !relation.options.isEmpty { lines.append("Options: \(relation.options)") }
        return lines
    }
}
