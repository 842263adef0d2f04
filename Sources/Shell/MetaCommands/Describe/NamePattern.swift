/// A psql object-name pattern (`schema.name`, `*`, `?`, `"Quoted"`) turned into regular expressions.
///
/// Follows psql's `patternToSQLRegex`: unquoted letters are lower-cased, `*` becomes `.*`,
/// `?` becomes `.`, an unquoted `.` separates database, schema and name, `$` is always
/// escaped, and regular-expression characters inside double quotes are escaped.
struct NamePattern: Equatable {
    /// The database part, literally (only when the pattern has two dots).
    var database: String?
    /// The schema regex, e.g. `^(public)$`, when the pattern names a schema.
    var schema: String?
    /// The name regex, e.g. `^(t.*)$`.
    var name: String
    /// How many separating dots the pattern had.
    var dotCount: Int

    /// Parses `pattern`; `parts` is how many dotted parts the command accepts (1…3).
    /// - Parameter forceEscape: escape regular-expression characters outside quotes too (psql's force_escape, used for operator names).
    init(_ pattern: String, parts: Int, forceEscape: Bool = false) {
        var buffers: [String] = ["^("]
        var literalDatabase = ""
        var inLeftmost = true
        var inQuotes = false
        var dots = 0
        let characters = Array(pattern.unicodeScalars)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            func append(_ text: String, literal: String) {
                buffers[buffers.count - 1] += text
                if inLeftmost { literalDatabase += literal }
            }
            if character == "\"" {
                if inQuotes, index + 1 < characters.count, characters[index + 1] == "\"" {
                    append("\"", literal: "\"")
                    index += 1
                } else {
                    inQuotes.toggle()
                }
            } else if !inQuotes, character.isASCII, ("A"..."Z").contains(character) {
                let lower = String(character).lowercased()
                append(lower, literal: lower)
            } else if !inQuotes, character == "*" {
                append(".*", literal: "*")
            } else if !inQuotes, character == "?" {
                append(".", literal: "?")
            } else if !inQuotes, character == "." {
                inLeftmost = false
                dots += 1
                if buffers.count < parts {
                    buffers[buffers.count - 1] += ")$"
                    buffers.append("^(")
                } else {
                    buffers[buffers.count - 1] += "."
                }
            } else if character == "$" {
                append("\\$", literal: "$")
            } else {
                var text = String(character)
                if inQuotes || forceEscape, "|*+?()[]{}.^$\\".unicodeScalars.contains(character) {
                    text = "\\" + text
                } else if character == "[", index + 1 < characters.count, characters[index + 1] == "]" {
                    text = "\\" + text
                }
                append(text, literal: String(character))
            }
            index += 1
        }
        buffers[buffers.count - 1] += ")$"
        name = buffers.removeLast()
        schema = buffers.popLast()
        database = buffers.isEmpty ? nil : literalDatabase
        dotCount = dots
    }

    /// psql's validation message for a pattern with too many parts, nil when it is acceptable.
    ///
    /// - Parameter currentDatabase: the database a three-part pattern must name.
    func problem(original: String, parts: Int, currentDatabase: String) -> String? {
        if dotCount >= parts { return "improper qualified name (too many dotted names): \(original)" }
        // As psql: the leftmost part of a pattern with `parts - 1` dots must name the current
        // database (with two parts that part is never captured, so it is always reported).
        if parts > 1, dotCount == parts - 1, (parts == 3 ? database ?? "" : "") != currentDatabase {
            return "cross-database references are not implemented: \(original)"
        }
        return nil
    }

    /// The WHERE conditions psql's `processSQLNamePattern` adds, one per line, without `AND`.
    ///
    /// - Parameters:
    ///   - nameColumn: the column the name regex constrains.
    ///   - alternativeName: a second column that may match instead (psql's altnamevar).
    ///   - schemaColumn: the column the schema regex constrains; nil when schemas do not apply.
    ///   - visibility: the condition used when no schema is given (e.g. `pg_catalog.pg_table_is_visible(c.oid)`).
    func conditions(
        nameColumn: String?, alternativeName: String? = nil, schemaColumn: String?,
        visibility: String?, standardStrings: Bool = true
    ) -> [String] {
        var clauses: [String] = []
        if let nameColumn, name != "^(.*)$" {
            let literal = SQLLiteral.quote(name, standardStrings: standardStrings)
            if let alternativeName {
                clauses.append(
                    "(\(nameColumn) OPERATOR(pg_catalog.~) \(literal) COLLATE pg_catalog.default\n"
                        + "        OR \(alternativeName) OPERATOR(pg_catalog.~) \(literal) COLLATE pg_catalog.default)")
            } else {
                clauses.append("\(nameColumn) OPERATOR(pg_catalog.~) \(literal) COLLATE pg_catalog.default")
            }
        }
        if let schemaColumn, let schema {
            if schema != "^(.*)$" {
                clauses.append(
                    "\(schemaColumn) OPERATOR(pg_catalog.~) \(SQLLiteral.quote(schema, standardStrings: standardStrings)) COLLATE pg_catalog.default"
                )
            }
        } else if let visibility {
            clauses.append(visibility)
        }
        return clauses
    }
}
