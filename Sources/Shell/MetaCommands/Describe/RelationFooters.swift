/// The lines psql prints under `\d NAME`'s column table, in psql 15's order.
///
/// Each section comes from its own catalog query; a section whose query fails (a catalog
/// Aurora DSQL lacks) is left out. The sections of tables are in `RelationFooters+Table`,
/// inheritance and partitions in `RelationFooters+Inheritance`.
struct RelationFooters {
    let reader: CatalogReader
    let verbose: Bool

    /// Every footer of `relation`, as `describeOneTableDetails` adds them.
    func footers(for relation: RelationDescriber.Relation) -> [String] {
        var lines: [String] = []
        let kind = relation.kind
        if relation.isPartition { lines += partitionOfLines(relation) }
        if kind == "p", let rows = reader.firstRows(RelationFooterQueries.partitionKey(relation.oid)),
            rows.rowCount == 1
        {
            lines.append("Partition key: \(rows.string(row: 0, column: 0) ?? "")")
        }
        if kind == "t", let rows = reader.firstRows(RelationFooterQueries.toastOwner(relation.oid)), rows.rowCount == 1
        {
            lines.append(
                "Owning table: \"\(rows.string(row: 0, column: 0) ?? "").\(rows.string(row: 0, column: 1) ?? "")\"")
        }
        if kind == "i" || kind == "I" {
            lines += indexDescription(relation)
        } else if ["r", "m", "f", "p", "t"].contains(kind) {
            lines += tableSections(relation)
        }
        if verbose, kind == "v" || kind == "m",
            let rows = reader.firstRows(RelationQueries.viewDefinition(relation.oid)), rows.rowCount > 0
        {
            lines += ["View definition:", rows.string(row: 0, column: 0) ?? ""]
            if relation.hasRules, let rules = reader.firstRows(RelationFooterQueries.viewRules(relation.oid)),
                rules.rowCount > 0
            {
                lines.append("Rules:")
                for row in 0..<rules.rowCount {
                    lines.append(" " + Self.afterCreateRule(rules.string(row: row, column: 1) ?? ""))
                }
            }
        }
        if relation.hasTriggers { lines += triggerLines(relation.oid) }
        if ["r", "m", "f", "p", "I", "t"].contains(kind) { lines += closingLines(relation) }
        if verbose && !relation.options.isEmpty { lines.append("Options: \(relation.options)") }
        return lines
    }

    /// A rule's definition without its leading `CREATE RULE `.
    static func afterCreateRule(_ definition: String) -> String {
        String(definition.dropFirst("CREATE RULE ".count))
    }

    /// `Tablespace: "x"` for relation kinds that live in one, when it is not the default.
    func tablespaceName(_ oid: String, kind: String) -> String? {
        guard oid != "0", !oid.isEmpty, ["r", "m", "i", "p", "I", "t"].contains(kind),
            let rows = reader.firstRows(RelationFooterQueries.tablespace(oid)), rows.rowCount > 0
        else { return nil }
        return rows.string(row: 0, column: 0)
    }

    /// The `Indexes:` section, as psql writes each index.
    func indexLines(_ oid: String) -> [String] {
        guard let rows = reader.firstRows(RelationQueries.indexes(oid)), rows.rowCount > 0 else { return [] }
        var lines = ["Indexes:"]
        for row in 0..<rows.rowCount {
            func value(_ column: Int) -> String { rows.string(row: row, column: column) ?? "" }
            lines.append(
                Self.indexLine(
                    name: value(0), primary: value(1) == "t", unique: value(2) == "t", clustered: value(3) == "t",
                    valid: value(4) == "t", definition: value(5), constraintDefinition: value(6),
                    constraintType: value(7),
                    deferrable: value(8) == "t", deferred: value(9) == "t", replicaIdentity: value(10) == "t"))
            if let space = tablespaceName(value(11), kind: "i") {
                lines[lines.count - 1] += ", tablespace \"\(space)\""
            }
        }
        return lines
    }

    /// One line of the `Indexes:` section, e.g. `    "t_pkey" PRIMARY KEY, btree (id)`.
    ///
    /// Everything after ` USING ` in the index definition is shown as it is; an index
    /// that is not yet valid (an asynchronous build in progress) is marked `INVALID`.
    static func indexLine(
        name: String, primary: Bool, unique: Bool, clustered: Bool, valid: Bool, definition: String,
        constraintDefinition: String, constraintType: String, deferrable: Bool, deferred: Bool,
        replicaIdentity: Bool
    ) -> String {
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
    func checkLines(_ oid: String) -> [String] {
        guard let rows = reader.firstRows(RelationQueries.checks(oid)), rows.rowCount > 0 else { return [] }
        return ["Check constraints:"]
            + (0..<rows.rowCount).map {
                "    \"\(rows.string(row: $0, column: 0) ?? "")\" \(rows.string(row: $0, column: 1) ?? "")"
            }
    }

    /// The line under an index's columns, e.g. `primary key, btree, for table "public.t"`.
    func indexDescription(_ relation: RelationDescriber.Relation) -> [String] {
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
        // A partitioned index's tablespace comes with the closing lines.
        if relation.kind == "i", let space = tablespaceName(relation.tablespace, kind: "i") {
            lines.append("Tablespace: \"\(space)\"")
        }
        return lines
    }
}
