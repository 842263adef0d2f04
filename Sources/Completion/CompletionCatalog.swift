/// The names completion offers from the database: schemas, relations and their columns.
///
/// Loaded from `pg_namespace`, `pg_class` and `pg_attribute` (which Aurora DSQL
/// serves) by `CatalogCache`; built by hand in tests.
public struct CompletionCatalog: Sendable, Equatable {
    /// A table or view and its columns, in column order.
    public struct Relation: Sendable, Equatable {
        public enum Kind: Sendable, Equatable {
            case table
            case view
        }

        public var schema: String
        public var name: String
        public var kind: Kind
        public var columns: [String]

        public init(schema: String, name: String, kind: Kind, columns: [String]) {
            self.schema = schema
            self.name = name
            self.kind = kind
            self.columns = columns
        }
    }

    public var schemas: [String]
    public var relations: [Relation]
    /// Databases that accept connections (for `\c`).
    public var databases: [String]

    public init(schemas: [String] = [], relations: [Relation] = [], databases: [String] = []) {
        self.schemas = schemas
        self.relations = relations
        self.databases = databases
    }

    /// An empty catalog (not connected, or the catalog could not be read).
    public static let empty = CompletionCatalog()

    /// The relation called `name`, in `schema` when one is given.
    func relation(named name: String, schema: String?) -> Relation? {
        relations.first { $0.name == name && (schema == nil || $0.schema == schema) }
    }
}
