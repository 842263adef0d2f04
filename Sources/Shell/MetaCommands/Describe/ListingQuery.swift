/// A catalog query assembled the way psql's describe.c assembles one: text appended
/// piece by piece, pattern conditions joined with `WHERE` or `AND` as they come.
struct ListingQuery {
    /// The SQL so far.
    private(set) var sql: String

    init(_ start: String) { sql = start }

    /// Appends `text` as it is.
    mutating func append(_ text: String) { sql += text }

    /// Appends psql's `processSQLNamePattern` conditions for `pattern` (nil: no pattern),
    /// the first after `WHERE ` unless `hasWhere`, the others after `  AND `.
    ///
    /// - Returns: whether a condition was added.
    @discardableResult
    mutating func addPattern(
        _ pattern: NamePattern?, hasWhere: Bool, schema: String?, name: String?,
        alternative: String? = nil, visibility: String?
    ) -> Bool {
        let conditions = (pattern ?? NamePattern("*", parts: 1)).conditions(
            nameColumn: name, alternativeName: alternative, schemaColumn: schema, visibility: visibility)
        var first = !hasWhere
        for condition in conditions {
            sql += (first ? "WHERE " : "  AND ") + condition + "\n"
            first = false
        }
        return !conditions.isEmpty
    }
}
