/// How a variable's value is inserted: psql's `PsqlScanQuoteType`.
public enum VariableQuoting: Sendable {
    /// `:name` — the value as is.
    case plain
    /// `:'name'` — a SQL string literal.
    case literal
    /// `:"name"` — a SQL identifier.
    case identifier
    /// `:'name'` inside backquotes — a single-quoted shell word.
    case shellArgument

    /// Quotes a value; nil when it cannot be quoted (a shell argument with a
    /// newline or carriage return, which psql refuses).
    ///
    /// Literals follow libpq's `PQescapeLiteral`: quotes are doubled and, when
    /// the value holds a backslash, backslashes are doubled and the literal is
    /// written ` E'…'` (with the leading space). Identifiers follow
    /// `PQescapeIdentifier`: always double-quoted, quotes doubled.
    public func quote(_ value: String) -> String? {
        switch self {
        case .plain:
            return value
        case .literal:
            let hasBackslash = value.unicodeScalars.contains("\\")
            let body = Self.doubling(value, [("'", "''"), ("\\", "\\\\")])
            return (hasBackslash ? " E'" : "'") + body + "'"
        case .identifier:
            return "\"" + Self.doubling(value, [("\"", "\"\"")]) + "\""
        case .shellArgument:
            if value.unicodeScalars.contains(where: { $0 == "\n" || $0 == "\r" }) { return nil }
            return "'" + Self.doubling(value, [("'", "'\"'\"'")]) + "'"
        }
    }

    /// Replaces each listed scalar by its escaped form.
    private static func doubling(_ value: String, _ escapes: [(Unicode.Scalar, String)]) -> String {
        var result = ""
        result.reserveCapacity(value.utf8.count + 2)
        for scalar in value.unicodeScalars {
            if let escape = escapes.first(where: { $0.0 == scalar }) {
                result.append(escape.1)
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
