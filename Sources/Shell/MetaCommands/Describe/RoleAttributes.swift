/// The "Attributes" cell of `\du`, built as psql's describeRoles does.
struct RoleAttributes: Equatable {
    var superuser = false
    var inherit = true
    var createRole = false
    var createDatabase = false
    var canLogin = true
    var replication = false
    var bypassRLS = false
    /// -1 for no limit.
    var connectionLimit = -1
    /// Empty when the password never expires.
    var validUntil = ""

    /// The cell text: attributes joined by ", ", then limit and expiry on their own lines.
    var text: String {
        var parts: [String] = []
        if superuser { parts.append("Superuser") }
        if !inherit { parts.append("No inheritance") }
        if createRole { parts.append("Create role") }
        if createDatabase { parts.append("Create DB") }
        if !canLogin { parts.append("Cannot login") }
        if replication { parts.append("Replication") }
        if bypassRLS { parts.append("Bypass RLS") }
        var text = parts.joined(separator: ", ")
        if connectionLimit >= 0 {
            if !text.isEmpty { text += "\n" }
            text +=
                connectionLimit == 0
                ? "No connections"
                : connectionLimit == 1 ? "1 connection" : "\(connectionLimit) connections"
        }
        if !validUntil.isEmpty {
            if !text.isEmpty { text += "\n" }
            text += "Password valid until " + validUntil
        }
        return text
    }
}
