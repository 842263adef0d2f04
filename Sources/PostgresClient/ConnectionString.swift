import CLibPQ

/// A libpq connection string (`host=… dbname=…`) or URI (`postgresql://…`), read by libpq itself.
///
/// Only libpq's parser decides what a connection string says, so quoting, escapes and
/// percent-encoding mean exactly what they mean to psql. Parsing never connects, never
/// reads a service file and never applies defaults.
public enum ConnectionString {
    /// A string libpq refused, with libpq's own message.
    public struct ParseError: Error, Equatable, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }

    /// Whether psql would take `text` as a connection string rather than a name: a URI, or text holding `=`.
    public static func isConnectionString(_ text: String) -> Bool {
        text.hasPrefix("postgresql://") || text.hasPrefix("postgres://") || text.contains("=")
    }

    /// The keywords `text` gives a value, in libpq's keyword order.
    ///
    /// The corresponding libpq functions are `PQconninfoParse` and `PQconninfoFree`.
    public static func parse(_ text: String) throws(ParseError) -> [(keyword: String, value: String)] {
        var errorText: UnsafeMutablePointer<CChar>?
        guard let options = PQconninfoParse(text, &errorText) else {
            var message = errorText.map { String(cString: $0) } ?? "out of memory"
            if let errorText { PQfreemem(errorText) }
            while message.last == "\n" { message.removeLast() }
            throw ParseError(message: message)
        }
        defer { PQconninfoFree(options) }
        var pairs: [(keyword: String, value: String)] = []
        var index = 0
        while let keyword = options[index].keyword {
            if let value = options[index].val {
                pairs.append((String(cString: keyword), String(cString: value)))
            }
            index += 1
        }
        return pairs
    }
}
