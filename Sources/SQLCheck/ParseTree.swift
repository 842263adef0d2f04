import FoundationEssentials

/// A node of PostgreSQL's parse tree as libpg_query writes it in JSON.
///
/// Objects are nodes or structs (`{"CreateStmt": {…}}`, `{"relname": "t"}`), arrays
/// are lists; the rules read them with the lookups below instead of typed structs,
/// because they look at a handful of fields of a grammar with hundreds of node types.
public indirect enum ParseTree: Decodable, Equatable, Sendable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([ParseTree])
    case object([String: ParseTree])

    /// Decodes whichever JSON type the next value has.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([String: ParseTree].self) {
            self = .object(value)
        } else {
            self = .array(try container.decode([ParseTree].self))
        }
    }

    /// The field `key` of an object; nil for anything else.
    public subscript(key: String) -> ParseTree? {
        if case .object(let fields) = self { return fields[key] }
        return nil
    }

    /// The elements of a list; empty for anything else.
    public var list: [ParseTree] {
        if case .array(let items) = self { return items }
        return []
    }

    /// The text of a string value.
    public var string: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    /// A whole number value.
    public var integer: Int? {
        if case .number(let value) = self, let whole = Int(exactly: value) { return whole }
        return nil
    }

    /// True only for `true` (libpg_query leaves false fields out).
    public var isTrue: Bool { self == .bool(true) }

    /// The node name and body of a one-key object such as `{"CreateStmt": {…}}`.
    public var node: (name: String, body: ParseTree)? {
        guard case .object(let fields) = self, fields.count == 1, let (name, body) = fields.first else { return nil }
        return (name, body)
    }

    /// The text of a `String` node (`{"String": {"sval": "x"}}`).
    public var stringNode: String? { self["String"]?["sval"]?.string }

    /// The value of an `Integer` node (`{"Integer": {"ival": 5}}`; a missing ival is 0).
    public var integerNode: Int? {
        guard let body = self["Integer"] else { return nil }
        return body["ival"]?.integer ?? 0
    }

    /// Every object body stored under `key`, at any depth, in document order.
    public func all(_ key: String) -> [ParseTree] {
        var found: [ParseTree] = []
        collect(key, into: &found)
        return found
    }

    private func collect(_ key: String, into found: inout [ParseTree]) {
        switch self {
        case .object(let fields):
            for name in fields.keys.sorted() {
                guard let value = fields[name] else { continue }
                if name == key { found.append(value) }
                value.collect(key, into: &found)
            }
        case .array(let items):
            for item in items { item.collect(key, into: &found) }
        case .null, .bool, .number, .string:
            break
        }
    }
}
