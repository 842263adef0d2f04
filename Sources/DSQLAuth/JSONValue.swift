import FoundationEssentials

/// Any JSON value, decoded with `JSONDecoder` so that credential parsers can check
/// field types themselves and name the field that is wrong.
enum JSONValue: Decodable, Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    /// Decodes whichever JSON type the next value has.
    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([String: JSONValue].self) {
            self = .object(value)
        } else {
            self = .array(try container.decode([JSONValue].self))
        }
    }

    /// Parses `bytes` as one JSON document whose top level is an object or an array
    /// (a bare scalar is rejected, as `JSONSerialization` does by default); nil if it is not JSON.
    static func parseDocument(_ bytes: [UInt8]) -> JSONValue? {
        guard let value = try? JSONDecoder().decode(JSONValue.self, from: Data(bytes)) else { return nil }
        switch value {
        case .object, .array: return value
        case .null, .bool, .number, .string: return nil
        }
    }

    /// The text if this is a string.
    var stringValue: String? {
        if case .string(let text) = self { return text }
        return nil
    }
}
