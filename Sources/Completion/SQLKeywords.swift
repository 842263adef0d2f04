/// The keyword lists completion offers, by context (upper case; matched case-insensitively).
enum SQLKeywords {
    /// Words that begin a statement.
    static let statementStart = [
        "ABORT", "ALTER", "ANALYZE", "BEGIN", "COMMENT", "COMMIT", "COPY", "CREATE", "DEALLOCATE", "DELETE",
        "DISCARD", "DO", "DROP", "END", "EXECUTE", "EXPLAIN", "GRANT", "INSERT", "LOCK", "PREPARE", "RESET",
        "REVOKE", "ROLLBACK", "SELECT", "SET", "SHOW", "START", "TABLE", "TRUNCATE", "UPDATE", "VALUES", "WITH",
    ]
    /// Objects after CREATE.
    static let createObjects = [
        "DOMAIN", "FUNCTION", "INDEX", "OR", "ROLE", "SCHEMA", "SEQUENCE", "TABLE", "TEMPORARY", "UNIQUE", "VIEW",
    ]
    /// Objects after DROP and ALTER.
    static let dropObjects = ["DOMAIN", "FUNCTION", "INDEX", "ROLE", "SCHEMA", "SEQUENCE", "TABLE", "VIEW"]
    /// What may follow a table name in FROM, JOIN, UPDATE or INSERT INTO.
    static let afterRelation = [
        "AS", "CROSS", "DEFAULT", "FULL", "GROUP", "INNER", "JOIN", "LEFT", "LIMIT", "NATURAL", "ON", "ORDER",
        "RETURNING", "RIGHT", "SELECT", "SET", "USING", "VALUES", "WHERE",
    ]
    /// What may follow an expression in the select list.
    static let afterSelectExpression = [
        "AS", "FROM", "INTO", "UNION", "EXCEPT", "INTERSECT", "LIMIT", "ORDER", "GROUP", "WHERE",
    ]
    /// What may follow an expression in a condition.
    static let afterCondition = [
        "AND", "BETWEEN", "GROUP", "ILIKE", "IN", "IS", "LIKE", "LIMIT", "NOT", "OR", "ORDER", "RETURNING", "SIMILAR",
    ]
    /// What may follow ORDER BY or GROUP BY items.
    static let afterOrdering = ["ASC", "DESC", "HAVING", "LIMIT", "NULLS", "OFFSET"]
    /// Words that may start an expression (offered with column names).
    static let expressionStart = ["CASE", "CAST", "COALESCE", "EXISTS", "NOT", "NULL", "TRUE", "FALSE"]
    /// What may follow IS.
    static let afterIs = ["DISTINCT", "FALSE", "NOT", "NULL", "TRUE"]
    /// Fixed follow-ups: after the key, only these.
    static let next: [String: [String]] = [
        "insert": ["INTO"], "delete": ["FROM"], "order": ["BY"], "group": ["BY"], "partition": ["BY"],
        "left": ["JOIN", "OUTER"], "right": ["JOIN", "OUTER"], "full": ["JOIN", "OUTER"], "inner": ["JOIN"],
        "cross": ["JOIN"], "outer": ["JOIN"], "natural": ["JOIN", "LEFT", "RIGHT", "FULL", "INNER"],
        "begin": ["ISOLATION", "READ", "TRANSACTION"], "start": ["TRANSACTION"],
        "explain": ["ANALYZE", "DELETE", "INSERT", "SELECT", "UPDATE", "VERBOSE", "WITH"],
        "is": afterIs, "if": ["EXISTS", "NOT"], "unique": ["INDEX"], "nulls": ["FIRST", "LAST"],
        "union": ["ALL", "SELECT"], "rollback": ["TO"], "show": ["ALL"],
        "grant": ["ALL", "DELETE", "INSERT", "SELECT", "UPDATE", "USAGE"],
        "revoke": ["ALL", "DELETE", "INSERT", "SELECT", "UPDATE", "USAGE"],
    ]
    /// Words that end a table reference (never taken as an alias).
    static let reserved: Set<String> = [
        "as", "cross", "default", "except", "for", "from", "full", "group", "having", "inner", "intersect", "join",
        "lateral", "left", "limit", "natural", "offset", "on", "order", "outer", "returning", "right", "select",
        "set", "union", "using", "values", "where", "window",
    ]
}
