import PostgresClient
import ResultFormatting

/// psql's list commands: `\d` without a name, `\dt`, `\di`, `\dv`, `\ds`, `\dn`, `\du`, `\df`, `\l`.
enum ListCommands {
    /// `\d`, `\dt`, `\di`, … : relations of the kinds in `letters`.
    static func relations(_ reader: CatalogReader, letters: String, pattern: String?, variant: DescribeVariant) -> Bool
    {
        let parsed = pattern.map { NamePattern($0, parts: 3) }
        if let pattern, let parsed,
            let problem = parsed.problem(
                original: pattern, parts: 3, currentDatabase: reader.session.connection.database)
        {
            reader.session.reportOwnError(problem)
            return false
        }
        let queries = ListQueries.relations(
            .init(letters: letters), pattern: parsed, verbose: variant.verbose, system: variant.system,
            hideAccessMethod: reader.session.variables.settings.hideTableAccessMethod)
        guard let rows = listRows(reader, queries) else { return false }
        if rows.rowCount == 0 && !reader.session.quiet {
            if let pattern {
                reader.session.reportOwnError("Did not find any relation named \"\(pattern)\".")
            } else {
                reader.session.reportOwnError("Did not find any relations.")
            }
            return true
        }
        reader.printListing(rows, title: "List of relations")
        return true
    }

    /// `\dn`: schemas.
    static func schemas(_ reader: CatalogReader, pattern: String?, variant: DescribeVariant) -> Bool {
        let parsed: NamePattern?
        do { parsed = try reader.pattern(pattern, parts: 2, split: 1) } catch { return false }
        let queries = ListQueries.schemas(pattern: parsed, verbose: variant.verbose, system: variant.system)
        guard let rows = listRows(reader, queries) else { return false }
        reader.printListing(rows, title: "List of schemas")
        return true
    }

    /// `\du` and `\dg`: roles, with attributes described in words.
    static func roles(_ reader: CatalogReader, pattern: String?, variant: DescribeVariant) -> Bool {
        let parsed: NamePattern?
        do { parsed = try reader.pattern(pattern, parts: 1) } catch { return false }
        let queries = ListQueries.roles(pattern: parsed, verbose: variant.verbose, system: variant.system)
        guard let rows = listRows(reader, queries) else { return false }
        var columns = ["Role name", "Attributes", "Member of"].map { Column(name: $0, typeOID: 25) }
        if variant.verbose { columns.append(Column(name: "Description", typeOID: 25)) }
        var table: [[String?]] = []
        for row in 0..<rows.rowCount {
            func value(_ column: Int) -> String { rows.string(row: row, column: column) ?? "" }
            let attributes = RoleAttributes(
                superuser: value(1) == "t", inherit: value(2) == "t", createRole: value(3) == "t",
                createDatabase: value(4) == "t", canLogin: value(5) == "t", replication: value(9) == "t",
                bypassRLS: value(10) == "t", connectionLimit: Int(value(6)) ?? -1, validUntil: value(7))
            var cells: [String?] = [value(0), attributes.text, value(8)]
            if variant.verbose { cells.append(value(11)) }
            table.append(cells)
        }
        reader.print(MemoryTable(columns: columns, rows: table), title: "List of roles", footers: [])
        return true
    }

    /// `\df[anptwS+]`: functions; psql's query first, then (for a plain `\df`) ones
    /// that read only catalogs Aurora DSQL has.
    static func functions(_ reader: CatalogReader, arguments: [String], variant: DescribeVariant) -> Bool {
        let letters = variant.modifiers.filter { "anptw".contains($0) }
        let pattern = arguments.first
        let argumentTypes = Array(arguments.dropFirst())
        guard
            let full = try? FunctionListing.query(
                reader, kinds: .init(letters: letters), pattern: pattern,
                argumentTypes: argumentTypes, verbose: variant.verbose,
                system: variant.system)
        else { return false }
        var queries = [full]
        if letters.isEmpty && argumentTypes.isEmpty {
            let parsed = pattern.map { NamePattern($0, parts: 3) }
            queries += ListQueries.functions(pattern: parsed, verbose: variant.verbose, system: variant.system)
        }
        guard let rows = reader.firstRows(queries) ?? (reader.isNoExec ? nil : reader.requiredRows(full)) else {
            return false
        }
        reader.printListing(rows, title: "List of functions")
        return true
    }

    /// `\l`: databases; when pg_database cannot be read (Aurora DSQL), the one database there is.
    static func databases(_ reader: CatalogReader, pattern: String?, verbose: Bool) -> Bool {
        let parsed = pattern.map { NamePattern($0, parts: 1) }
        // Aurora DSQL has no pg_database; inside a transaction, asking would abort it.
        let skipCatalog = reader.inTransaction && reader.session.connector.isDSQLEndpoint
        if !skipCatalog, let rows = reader.firstRows(ListQueries.databases(pattern: parsed, verbose: verbose)) {
            reader.printListing(rows, title: "List of databases")
            return true
        }
        if reader.isNoExec { return false }
        let connection = reader.session.connection
        let columns = [
            "Name", "Owner", "Encoding", "Collate", "Ctype", "ICU Locale", "Locale Provider", "Access privileges",
        ]
        .map { Column(name: $0, typeOID: 25) }
        let row: [String?] = [
            connection.database, "", connection.parameterStatus("server_encoding") ?? "UTF8", "", "", "", "", "",
        ]
        let matches = parsed.map { pattern in matchesLiterally(connection.database, pattern) } ?? true
        reader.print(MemoryTable(columns: columns, rows: matches ? [row] : []), title: "List of databases")
        return true
    }

    /// Whether `name` matches a simple pattern without a server (only `*`, `?` and literal text).
    private static func matchesLiterally(_ name: String, _ pattern: NamePattern) -> Bool {
        let regex = pattern.name.dropFirst(2).dropLast(2)
        if regex == ".*" { return true }
        return !regex.contains(where: { "*.?[(|\\".contains($0) }) ? String(regex) == name : true
    }

    /// The rows of the first candidate that runs; when none does, the last (most portable)
    /// one runs again so its error is reported, and the answer is nil.
    private static func listRows(_ reader: CatalogReader, _ queries: [String]) -> QueryResult? {
        if let rows = reader.firstRows(queries) { return rows }
        if reader.isNoExec { return nil }
        guard let last = queries.last else { return nil }
        return reader.requiredRows(last)
    }
}
