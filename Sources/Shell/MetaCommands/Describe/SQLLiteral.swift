/// Quoting of values placed into catalog queries.
enum SQLLiteral {
    /// `text` as a string literal, as libpq's `PQescapeStringConn` plus quotes would write it.
    ///
    /// With `standard_conforming_strings` off, backslashes are doubled and the literal gets an `E` prefix.
    static func quote(_ text: String, standardStrings: Bool = true) -> String {
        var body = text.replacing("'", with: "''")
        if !standardStrings, body.contains("\\") {
            body = body.replacing("\\", with: "\\\\")
            return "E'" + body + "'"
        }
        return "'" + body + "'"
    }
}
