import PostgresClient

extension Session {
    /// `\gdesc`: shows the name and type of each column `sql` would return, without running
    /// it, as psql's DescribeQuery does (the unnamed prepared statement, then a query of
    /// `format_type` for the types). The previous query stays `sql`.
    func describeColumns(of sql: String, options: QueryOptions) -> Outcome {
        defer { previousQuery = sql }
        // libpq formats the error as it arrives: VERBOSITY and SHOW_CONTEXT must be current.
        syncErrorDisplay()
        guard let described = connection.describe(sql) else {
            reportOwnError(connection.errorMessage)
            return connection.isBroken ? .connectionLost : .failed
        }
        if case .error(let error) = described.status {
            variables.recordQueryResult(error: true, sqlState: error.sqlState, rowCount: 0, errorMessage: error.message)
            reportServerError(error)
            return connection.isBroken ? .connectionLost : .failed
        }
        guard described.fieldCount > 0 else {
            let output = options.output ?? queryOutput
            output.write("The command has no result, or the result has no columns.\n")
            output.flush()
            variables.recordQueryResult(error: false, sqlState: "00000", rowCount: 0)
            return .success
        }
        let rows = (0..<described.fieldCount).map { column in
            "(\(Self.literal(described.fieldName(column))), '\(described.fieldType(column))'::pg_catalog.oid, "
                + "\(described.fieldTypeModifier(column)))"
        }
        let query =
            "SELECT name AS \"Column\", pg_catalog.format_type(tp, tpm) AS \"Type\"\nFROM (VALUES "
            + rows.joined(separator: ",") + ") s(name, tp, tpm)"
        var plain = options
        plain.describesOnly = false
        return execute(query, options: plain)
    }

    /// A SQL string literal of `text` (standard_conforming_strings on; `E''` when it holds a backslash).
    static func literal(_ text: String) -> String {
        let doubled = text.replacing("'", with: "''")
        guard text.contains("\\") else { return "'" + doubled + "'" }
        return " E'" + doubled.replacing("\\", with: "\\\\") + "'"
    }
}
