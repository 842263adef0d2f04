import PostgresClient

/// The sections under a table's columns: indexes, constraints, references, policies,
/// statistics objects, rules, publications and triggers.
extension RelationFooters {
    /// The sections psql prints for tables, materialized views, foreign and TOAST tables.
    func tableSections(_ relation: RelationDescriber.Relation) -> [String] {
        var lines: [String] = []
        if relation.hasIndex { lines += indexLines(relation.oid) }
        if relation.checks > 0 { lines += checkLines(relation.oid) }
        // Foreign keys need triggers, except on a partitioned table (they live in its partitions).
        if relation.hasTriggers || relation.kind == "p" {
            lines += foreignKeyLines(relation)
            lines += referencedByLines(relation.oid)
        }
        lines += policyLines(relation)
        lines += statisticsLines(relation.oid)
        if relation.hasRules && relation.kind != "m" { lines += ruleLines(relation.oid) }
        lines += publicationLines(relation.oid)
        return lines
    }

    /// `Foreign-key constraints:`; one inherited from a partitioned ancestor names its table.
    private func foreignKeyLines(_ relation: RelationDescriber.Relation) -> [String] {
        let partitioned = relation.isPartition || relation.kind == "p"
        guard let rows = reader.firstRows(RelationFooterQueries.foreignKeys(relation.oid, partitioned: partitioned)),
            rows.rowCount > 0
        else { return [] }
        return ["Foreign-key constraints:"]
            + (0..<rows.rowCount).map { row in
                func value(_ column: Int) -> String { rows.string(row: row, column: column) ?? "" }
                return value(0) == "f"
                    ? "    TABLE \"\(value(3))\" CONSTRAINT \"\(value(1))\" \(value(2))"
                    : "    \"\(value(1))\" \(value(2))"
            }
    }

    /// `Referenced by:`: foreign keys of other tables that point here.
    private func referencedByLines(_ oid: String) -> [String] {
        guard let rows = reader.firstRows(RelationFooterQueries.referencedBy(oid)), rows.rowCount > 0 else { return [] }
        return ["Referenced by:"]
            + (0..<rows.rowCount).map { row in
                func value(_ column: Int) -> String { rows.string(row: row, column: column) ?? "" }
                return "    TABLE \"\(value(1))\" CONSTRAINT \"\(value(0))\" \(value(2))"
            }
    }

    /// `Policies:` with its heading saying whether row security is on and forced.
    private func policyLines(_ relation: RelationDescriber.Relation) -> [String] {
        guard let rows = reader.firstRows(RelationFooterQueries.policies(relation.oid)) else { return [] }
        let count = rows.rowCount
        var lines: [String] = []
        switch (relation.rowSecurity, relation.forceRowSecurity, count > 0) {
        case (true, false, true): lines.append("Policies:")
        case (true, true, true): lines.append("Policies (forced row security enabled):")
        case (true, false, false): lines.append("Policies (row security enabled): (none)")
        case (true, true, false): lines.append("Policies (forced row security enabled): (none)")
        case (false, _, true): lines.append("Policies (row security disabled):")
        default: break
        }
        for row in 0..<count {
            func value(_ column: Int) -> String? {
                rows.isNull(row: row, column: column) ? nil : rows.string(row: row, column: column)
            }
            var line = "    POLICY \"\(value(0) ?? "")\""
            if value(1) == "f" { line += " AS RESTRICTIVE" }
            if let command = value(5) { line += " FOR \(command)" }
            if let roles = value(2) { line += "\n      TO \(roles)" }
            if let using = value(3) { line += "\n      USING (\(using))" }
            if let check = value(4) { line += "\n      WITH CHECK (\(check))" }
            lines.append(line)
        }
        return lines
    }

    /// `Statistics objects:`, each with its kinds unless it has all or none of them.
    private func statisticsLines(_ oid: String) -> [String] {
        guard let rows = reader.firstRows(RelationFooterQueries.statistics(oid)), rows.rowCount > 0 else { return [] }
        return ["Statistics objects:"]
            + (0..<rows.rowCount).map { row in
                func value(_ column: Int) -> String { rows.string(row: row, column: column) ?? "" }
                let kinds = [("ndistinct", value(5)), ("dependencies", value(6)), ("mcv", value(7))].filter {
                    $0.1 == "t"
                }.map(\.0)
                var line = "    \"\(value(2)).\(value(3))\""
                if !kinds.isEmpty && kinds.count < 3 { line += " (" + kinds.joined(separator: ", ") + ")" }
                line += " ON \(value(4)) FROM \(value(1))"
                if value(8) != "-1" { line += "; STATISTICS \(value(8))" }
                return line
            }
    }

    /// `Rules:`, `Disabled rules:`, `Rules firing always:`, `Rules firing on replica only:`.
    private func ruleLines(_ oid: String) -> [String] {
        guard let rows = reader.firstRows(RelationFooterQueries.rules(oid)), rows.rowCount > 0 else { return [] }
        let categories = [
            ("O", "Rules:"), ("D", "Disabled rules:"), ("A", "Rules firing always:"),
            ("R", "Rules firing on replica only:"),
        ]
        var lines: [String] = []
        for (state, heading) in categories {
            let matching = (0..<rows.rowCount).filter { rows.string(row: $0, column: 2) == state }
            guard !matching.isEmpty else { continue }
            lines.append(heading)
            for row in matching { lines.append("    " + Self.afterCreateRule(rows.string(row: row, column: 1) ?? "")) }
        }
        return lines
    }

    /// `Publications:`, each with its column list and row filter.
    private func publicationLines(_ oid: String) -> [String] {
        guard let rows = reader.firstRows(RelationFooterQueries.publications(oid)), rows.rowCount > 0 else { return [] }
        return ["Publications:"]
            + (0..<rows.rowCount).map { row in
                var line = "    \"\(rows.string(row: row, column: 0) ?? "")\""
                if !rows.isNull(row: row, column: 2) { line += " (\(rows.string(row: row, column: 2) ?? ""))" }
                if !rows.isNull(row: row, column: 1) { line += " WHERE \(rows.string(row: row, column: 1) ?? "")" }
                return line
            }
    }

    /// `Triggers:` and the sections for disabled, internal-disabled, always and replica triggers.
    func triggerLines(_ oid: String) -> [String] {
        guard let rows = reader.firstRows(RelationFooterQueries.triggers(oid)), rows.rowCount > 0 else { return [] }
        // psql's five categories, by tgenabled and tgisinternal.
        func category(_ enabled: String, _ isInternal: Bool) -> Int? {
            switch enabled {
            case "O", "t": 0
            case "D", "f": isInternal ? 2 : 1
            case "A": 3
            case "R": 4
            default: nil
            }
        }
        let headings = [
            "Triggers:", "Disabled user triggers:", "Disabled internal triggers:", "Triggers firing always:",
            "Triggers firing on replica only:",
        ]
        var lines: [String] = []
        for (index, heading) in headings.enumerated() {
            let matching = (0..<rows.rowCount).filter {
                category(rows.string(row: $0, column: 2) ?? "", rows.string(row: $0, column: 3) == "t") == index
            }
            guard !matching.isEmpty else { continue }
            lines.append(heading)
            for row in matching {
                let definition = rows.string(row: row, column: 1) ?? ""
                var line = "    "
                if let trigger = definition.firstRange(of: " TRIGGER ") {
                    line += definition[trigger.upperBound...]
                } else {
                    line += definition
                }
                if !rows.isNull(row: row, column: 4) { line += ", ON TABLE \(rows.string(row: row, column: 4) ?? "")" }
                lines.append(line)
            }
        }
        return lines
    }
}
