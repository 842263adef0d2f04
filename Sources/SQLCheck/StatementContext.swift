/// One parsed statement and where it stands in its transaction: what a rule looks at.
public struct StatementContext: Sendable {
    /// The node name, e.g. `CreateStmt`.
    public var kind: String
    /// The node's fields.
    public var body: ParseTree
    /// Whether the statement was written `CREATE INDEX ASYNC` (the word is removed before parsing).
    public var isAsyncIndex = false
    /// Whether it runs inside an explicit transaction (after BEGIN).
    public var inTransaction = false
    /// DDL statements earlier in the same explicit transaction.
    public var earlierDDL = 0
    /// DML statements earlier in the same explicit transaction.
    public var earlierDML = 0

    public init(kind: String, body: ParseTree) {
        self.kind = kind
        self.body = body
    }

    /// Whether the statement changes the schema (one per transaction on DSQL).
    public var isDDL: Bool { StatementKinds.isDDL(kind) }

    /// Whether the statement changes rows (not mixed with DDL on DSQL).
    public var isDML: Bool { StatementKinds.isDML(kind, body: body) }

    /// The column definitions of CREATE TABLE and ALTER TABLE … ADD COLUMN.
    var columns: [ParseTree] {
        switch kind {
        case "CreateStmt": return body["tableElts"]?.list.compactMap { $0["ColumnDef"] } ?? []
        case "AlterTableStmt":
            return alterCommands.filter { $0["subtype"]?.string == "AT_AddColumn" }.compactMap {
                $0["def"]?["ColumnDef"]
            }
        default: return []
        }
    }

    /// The commands of ALTER TABLE.
    var alterCommands: [ParseTree] {
        guard kind == "AlterTableStmt" else { return [] }
        return body["cmds"]?.list.compactMap { $0["AlterTableCmd"] } ?? []
    }

    /// The constraints ALTER TABLE … ADD adds.
    var addedConstraints: [ParseTree] {
        alterCommands.filter { $0["subtype"]?.string == "AT_AddConstraint" }.compactMap { $0["def"]?["Constraint"] }
    }

    /// The persistence of the table CREATE TABLE or CREATE TABLE AS makes: `p`, `u` (unlogged), `t` (temporary).
    var persistence: String? {
        switch kind {
        case "CreateStmt": return body["relation"]?["relpersistence"]?.string
        case "CreateTableAsStmt": return body["into"]?["rel"]?["relpersistence"]?.string
        case "ViewStmt": return body["view"]?["relpersistence"]?.string
        case "CreateSeqStmt": return body["sequence"]?["relpersistence"]?.string
        default: return nil
        }
    }

    /// The type name of a column definition, last part lowercased (`int8` for bigint).
    static func typeName(of column: ParseTree) -> String? {
        column["typeName"]?["names"]?.list.last?.stringNode?.lowercased()
    }

    /// Whether a column definition is an array.
    static func isArray(_ column: ParseTree) -> Bool {
        !(column["typeName"]?["arrayBounds"]?.list.isEmpty ?? true)
    }

    /// The identity constraints (GENERATED … AS IDENTITY) of the columns, with the column's type.
    var identities: [(type: String?, options: [ParseTree])] {
        var found: [(String?, [ParseTree])] = []
        for column in columns {
            for constraint in column["constraints"]?.list.compactMap({ $0["Constraint"] }) ?? []
            where constraint["contype"]?.string == "CONSTR_IDENTITY" {
                found.append((Self.typeName(of: column), constraint["options"]?.list ?? []))
            }
        }
        for command in alterCommands where command["subtype"]?.string == "AT_AddIdentity" {
            found.append((nil, command["def"]?["Constraint"]?["options"]?.list ?? []))
        }
        return found
    }

    /// The CACHE value among sequence options, nil when none is given.
    static func cache(in options: [ParseTree]) -> Int? {
        for option in options {
            guard let element = option["DefElem"], element["defname"]?.string == "cache" else { continue }
            return element["arg"]?.integerNode ?? Int(element["arg"]?["Float"]?["fval"]?.string ?? "") ?? 0
        }
        return nil
    }

    /// Whether DSQL accepts this CACHE: exactly 1, or 65,536 and more.
    static func isAcceptedCache(_ cache: Int?) -> Bool {
        guard let cache else { return false }
        return cache == 1 || cache >= 65_536
    }

    /// The names of every function the statement calls, lowercased, without schema.
    var calledFunctions: [String] {
        body.all("FuncCall").compactMap { $0["funcname"]?.list.last?.stringNode?.lowercased() }
    }

    /// The row-lock strengths the statement asks for (`LCS_FORSHARE` …).
    var lockStrengths: [String] {
        body.all("LockingClause").compactMap { $0["strength"]?.string }
    }

    /// The number of rows an INSERT … VALUES writes; 0 for anything else.
    var insertedRows: Int {
        guard kind == "InsertStmt" else { return 0 }
        return body["selectStmt"]?["SelectStmt"]?["valuesLists"]?.list.count ?? 0
    }
}
