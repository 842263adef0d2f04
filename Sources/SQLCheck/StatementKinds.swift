/// Sorts statement nodes into DSQL's classes: DDL, DML, and the types DSQL lacks.
enum StatementKinds {
    /// Role and privilege statements: not schema changes for the one-DDL rule.
    private static let notDDL: Set = [
        "CreateRoleStmt", "AlterRoleStmt", "AlterRoleSetStmt", "DropRoleStmt", "AlterSystemStmt",
        "CreatedbStmt", "AlterDatabaseStmt", "AlterDatabaseSetStmt", "DropdbStmt", "AlterDefaultPrivilegesStmt",
    ]

    /// Other schema-changing nodes whose names do not start with Create/Alter/Drop.
    private static let otherDDL: Set = [
        "IndexStmt", "ViewStmt", "RenameStmt", "DefineStmt", "CompositeTypeStmt", "CommentStmt",
        "RefreshMatViewStmt", "AlterObjectSchemaStmt", "AlterOwnerStmt",
    ]

    /// Whether a node of this kind changes the schema.
    static func isDDL(_ kind: String) -> Bool {
        if notDDL.contains(kind) { return false }
        if otherDDL.contains(kind) { return true }
        return kind.hasPrefix("Create") || kind.hasPrefix("Alter") || kind.hasPrefix("Drop")
    }

    /// Whether a node of this kind changes rows (COPY only when it loads them).
    static func isDML(_ kind: String, body: ParseTree) -> Bool {
        switch kind {
        case "InsertStmt", "UpdateStmt", "DeleteStmt", "MergeStmt": return true
        case "CopyStmt": return body["is_from"]?.isTrue ?? false
        default: return false
        }
    }

    /// Column types DSQL does not support, by the parser's internal name.
    static let unsupportedTypes: Set = [
        "money", "xml", "inet", "cidr", "macaddr", "macaddr8",
        "point", "line", "lseg", "box", "path", "polygon", "circle",
        "tsvector", "tsquery", "bit", "varbit", "pg_lsn",
        "int4range", "int8range", "numrange", "tsrange", "tstzrange", "daterange",
        "int4multirange", "int8multirange", "nummultirange", "tsmultirange", "tstzmultirange", "datemultirange",
    ]

    /// The serial pseudo-types.
    static let serialTypes: Set = ["serial", "serial4", "bigserial", "serial8", "smallserial", "serial2"]

    /// Nodes that create, change or drop a user-defined type.
    static let typeStatements: Set = [
        "CreateEnumStmt", "CompositeTypeStmt", "CreateRangeStmt", "AlterEnumStmt", "AlterTypeStmt",
    ]

    /// Whether the statement creates, alters or drops a type (enum, composite, range, base).
    static func changesType(_ context: StatementContext) -> Bool {
        if typeStatements.contains(context.kind) { return true }
        let objectType =
            context.body["kind"]?.string ?? context.body["removeType"]?.string
            ?? context.body["renameType"]?.string ?? context.body["objectType"]?.string
        switch context.kind {
        case "DefineStmt", "DropStmt", "RenameStmt", "AlterObjectSchemaStmt", "AlterOwnerStmt":
            return objectType == "OBJECT_TYPE"
        default:
            return false
        }
    }
}
