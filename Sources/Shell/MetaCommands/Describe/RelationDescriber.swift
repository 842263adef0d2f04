import PostgresClient
import ResultFormatting

/// `\d NAME`: one table per matching relation, with psql 15's titles, columns and footers.
struct RelationDescriber {
    let reader: CatalogReader
    let verbose: Bool

    /// Facts about one relation from pg_class.
    struct Relation {
        var oid: String
        var schema: String
        var name: String
        var kind: String = "r"
        var checks = 0
        var hasIndex = false
        var hasRules = false
        var hasTriggers = false
        var rowSecurity = false
        var forceRowSecurity = false
        var isPartition = false
        var options = ""
        /// The tablespace's oid; `0` is the database's default.
        var tablespace = "0"
        /// The composite type a typed table was created `OF`.
        var ofType: String?
        var persistence = "p"
        var replicaIdentity = "d"
        var accessMethod: String?

        /// Reads psql 15's pg_class row (see `RelationQueries.info`).
        mutating func read(_ info: QueryResult) {
            func value(_ column: Int) -> String { info.string(row: 0, column: column) ?? "" }
            checks = Int(value(0)) ?? 0
            kind = value(1).isEmpty ? "r" : value(1)
            hasIndex = value(2) == "t"
            hasRules = value(3) == "t"
            hasTriggers = value(4) == "t"
            rowSecurity = value(5) == "t"
            forceRowSecurity = value(6) == "t"
            isPartition = value(8) == "t"
            options = value(9)
            tablespace = value(10).isEmpty ? "0" : value(10)
            ofType = value(11).isEmpty ? nil : value(11)
            persistence = value(12).isEmpty ? "p" : value(12)
            replicaIdentity = value(13).isEmpty ? "d" : value(13)
            accessMethod = info.isNull(row: 0, column: 14) ? nil : value(14)
        }
    }

    /// Describes every relation `pattern` matches; false when none does or the pattern is invalid.
    func describe(_ pattern: String, system: Bool) -> Bool {
        let session = reader.session
        let parsed = NamePattern(pattern, parts: 3)
        if let problem = parsed.problem(original: pattern, parts: 3, currentDatabase: session.connection.database) {
            session.reportOwnError(problem)
            return false
        }
        guard let found = reader.firstRows(RelationQueries.lookup(parsed, system: system)) else { return false }
        guard found.rowCount > 0 else {
            if !session.quiet { session.reportOwnError("Did not find any relation named \"\(pattern)\".") }
            return false
        }
        for row in 0..<found.rowCount {
            var relation = Relation(
                oid: found.string(row: row, column: 0) ?? "", schema: found.string(row: row, column: 1) ?? "",
                name: found.string(row: row, column: 2) ?? "")
            if let info = reader.firstRows(RelationQueries.info(relation.oid, verbose: verbose)), info.rowCount > 0 {
                relation.read(info)
            }
            describeOne(relation)
        }
        return true
    }

    /// psql's title for a relation of this kind.
    static func title(kind: String, persistence: String, schema: String, name: String) -> String {
        let unlogged = persistence == "u"
        let noun: String
        switch kind {
        case "v": noun = "View"
        case "m": noun = unlogged ? "Unlogged materialized view" : "Materialized view"
        case "i": noun = unlogged ? "Unlogged index" : "Index"
        case "I": noun = unlogged ? "Unlogged partitioned index" : "Partitioned index"
        case "S": noun = unlogged ? "Unlogged sequence" : "Sequence"
        case "t": noun = "TOAST table"
        case "c": noun = "Composite type"
        case "f": noun = "Foreign table"
        case "p": noun = unlogged ? "Unlogged partitioned table" : "Partitioned table"
        default: noun = unlogged ? "Unlogged table" : "Table"
        }
        return "\(noun) \"\(schema).\(name)\""
    }

    private func describeOne(_ relation: Relation) {
        let title = Self.title(
            kind: relation.kind, persistence: relation.persistence, schema: relation.schema, name: relation.name)
        switch relation.kind {
        case "S":
            guard let rows = reader.firstRows(RelationQueries.sequence(relation.oid)) else { return }
            var footers: [String] = []
            if let owner = reader.firstRows(RelationQueries.sequenceOwner(relation.oid)), owner.rowCount > 0 {
                let column = owner.string(row: 0, column: 0) ?? ""
                footers.append(
                    owner.string(row: 0, column: 1) == "i"
                        ? "Sequence for identity column: \(column)" : "Owned by: \(column)")
            }
            reader.print(rows, title: title, footers: footers)
        case "i", "I":
            describeIndex(relation, title: title)
        default:
            describeTableLike(relation, title: title)
        }
    }

    private func describeTableLike(_ relation: Relation, title: String) {
        let kind = relation.kind
        // TOAST tables show only names and types; everything else psql describes has details.
        let details = ["r", "v", "m", "f", "c", "p"].contains(kind)
        var headers = ["Column", "Type"]
        if details { headers += ["Collation", "Nullable", "Default"] }
        let showFDWOptions = kind == "f"
        let showCompression =
            verbose && ["r", "p", "m"].contains(kind) && !reader.session.variables.settings.hideToastCompression
        let showStatistics = verbose && ["r", "p", "m", "f"].contains(kind)
        let showDescription = verbose && details
        if showFDWOptions { headers.append("FDW options") }
        if verbose { headers.append("Storage") }
        if showCompression { headers.append("Compression") }
        if showStatistics { headers.append("Stats target") }
        if showDescription { headers.append("Description") }
        var rows: [[String?]] = []
        if let columns = reader.firstRows(RelationQueries.columns(relation.oid, foreign: showFDWOptions)) {
            for row in 0..<columns.rowCount {
                func value(_ column: Int) -> String { columns.string(row: row, column: column) ?? "" }
                var cells: [String?] = [value(0), value(1)]
                if details {
                    cells += [value(4), value(3) == "t" ? "not null" : ""]
                    switch value(5) {
                    case "a": cells.append("generated always as identity")
                    case "d": cells.append("generated by default as identity")
                    default: cells.append(value(6) == "s" ? "generated always as (\(value(2))) stored" : value(2))
                    }
                }
                if showFDWOptions { cells.append(value(11)) }
                if verbose { cells.append(Self.storage(value(7))) }
                if showCompression { cells.append(Self.compression(value(8))) }
                if showStatistics { cells.append(value(9)) }
                if showDescription { cells.append(value(10)) }
                rows.append(cells)
            }
        }
        let footers = RelationFooters(reader: reader, verbose: verbose).footers(for: relation)
        reader.print(
            MemoryTable(columns: headers.map { Column(name: $0, typeOID: 25) }, rows: rows), title: title,
            footers: footers, expandable: false)
    }

    private func describeIndex(_ relation: Relation, title: String) {
        var headers = ["Column", "Type", "Key?", "Definition"]
        if verbose { headers += ["Storage", "Stats target"] }
        var rows: [[String?]] = []
        if let columns = reader.firstRows(RelationQueries.indexColumns(relation.oid)) {
            for row in 0..<columns.rowCount {
                func value(_ column: Int) -> String { columns.string(row: row, column: column) ?? "" }
                var cells: [String?] = [value(0), value(1), value(2), value(3)]
                if verbose { cells += [Self.storage(value(4)), value(5)] }
                rows.append(cells)
            }
        }
        let footers = RelationFooters(reader: reader, verbose: verbose).footers(for: relation)
        reader.print(
            MemoryTable(columns: headers.map { Column(name: $0, typeOID: 25) }, rows: rows), title: title,
            footers: footers, expandable: false)
    }

    /// psql's word for a column's compression letter (empty: the default).
    static func compression(_ letter: String) -> String {
        switch letter {
        case "p": "pglz"
        case "l": "lz4"
        case "": ""
        default: "???"
        }
    }

    /// psql's word for a column's storage letter.
    static func storage(_ letter: String) -> String {
        switch letter {
        case "p": "plain"
        case "m": "main"
        case "x": "extended"
        case "e": "external"
        default: "???"
        }
    }
}
