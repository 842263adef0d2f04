import PostgresClient
import ResultFormatting

/// psql's logical-replication listings: `\dRp`, `\dRp+` and `\dRs[+]`.
enum ReplicationListings {
    /// `\dRp`: publications, one row each.
    static func publications(_ reader: CatalogReader, pattern text: String?) throws(RejectedPattern) -> Bool {
        let pattern = try reader.pattern(text, parts: 1)
        var query = ListingQuery(
            """
            SELECT pubname AS "Name",
              pg_catalog.pg_get_userbyid(pubowner) AS "Owner",
              puballtables AS "All tables",
              pubinsert AS "Inserts",
              pubupdate AS "Updates",
              pubdelete AS "Deletes",
              pubtruncate AS "Truncates",
              pubviaroot AS "Via root"
            FROM pg_catalog.pg_publication

            """)
        query.addPattern(pattern, hasWhere: false, schema: nil, name: "pubname", visibility: nil)
        query.append("ORDER BY 1;")
        return reader.showListing(query.sql, title: "List of publications")
    }

    /// `\dRp+`: each publication as its own table, its tables and schemas as footers.
    static func describePublications(_ reader: CatalogReader, pattern text: String?) throws(RejectedPattern) -> Bool {
        let pattern = try reader.pattern(text, parts: 1)
        var query = ListingQuery(
            """
            SELECT oid, pubname,
              pg_catalog.pg_get_userbyid(pubowner) AS owner,
              puballtables, pubinsert, pubupdate, pubdelete, pubtruncate, pubviaroot
            FROM pg_catalog.pg_publication

            """)
        query.addPattern(pattern, hasWhere: false, schema: nil, name: "pubname", visibility: nil)
        query.append("ORDER BY 2;")
        guard let rows = reader.listing(query.sql) else { return false }
        if rows.rowCount == 0 {
            if !reader.session.quiet {
                reader.session.reportOwnError(
                    text.map { "Did not find any publication named \"\($0)\"." } ?? "Did not find any publications.")
            }
            return false
        }
        let columns = ["Owner", "All tables", "Inserts", "Updates", "Deletes", "Truncates", "Via root"]
            .map { Column(name: $0, typeOID: 25) }
        for row in 0..<rows.rowCount {
            let oid = rows.string(row: row, column: 0) ?? ""
            let name = rows.string(row: row, column: 1) ?? ""
            let cells = (2...8).map { rows.string(row: row, column: $0) ?? "" }
            var footers: [String] = []
            if rows.string(row: row, column: 3) != "t" {
                let tables = """
                    SELECT n.nspname, c.relname, pg_get_expr(pr.prqual, c.oid), (CASE WHEN pr.prattrs IS NOT NULL THEN
                         pg_catalog.array_to_string(      ARRAY(SELECT attname
                                  FROM
                                    pg_catalog.generate_series(0, pg_catalog.array_upper(pr.prattrs::pg_catalog.int2[], 1)) s,
                                    pg_catalog.pg_attribute
                            WHERE attrelid = c.oid AND attnum = prattrs[s]), ', ')
                           ELSE NULL END)
                    FROM pg_catalog.pg_class c,
                         pg_catalog.pg_namespace n,
                         pg_catalog.pg_publication_rel pr
                    WHERE c.relnamespace = n.oid
                      AND c.oid = pr.prrelid
                      AND pr.prpubid = '\(oid)'
                    ORDER BY 1,2
                    """
                guard let found = reader.listing(tables) else { return false }
                if found.rowCount > 0 { footers.append("Tables:") }
                for index in 0..<found.rowCount {
                    var line =
                        "    \"\(found.string(row: index, column: 0) ?? "").\(found.string(row: index, column: 1) ?? "")\""
                    if let columns = found.string(row: index, column: 3) { line += " (\(columns))" }
                    if let condition = found.string(row: index, column: 2) { line += " WHERE \(condition)" }
                    footers.append(line)
                }
                let schemas = """
                    SELECT n.nspname
                    FROM pg_catalog.pg_namespace n
                         JOIN pg_catalog.pg_publication_namespace pn ON n.oid = pn.pnnspid
                    WHERE pn.pnpubid = '\(oid)'
                    ORDER BY 1
                    """
                guard let named = reader.listing(schemas) else { return false }
                if named.rowCount > 0 { footers.append("Tables from schemas:") }
                for index in 0..<named.rowCount {
                    footers.append("    \"\(named.string(row: index, column: 0) ?? "")\"")
                }
            }
            // As psql's printTable: with no footers of its own, the table shows its row count.
            reader.printListing(
                MemoryTable(columns: columns, rows: [cells]), title: "Publication \(name)",
                footers: footers.isEmpty ? nil : footers)
        }
        return true
    }

    /// `\dRs[+]`: subscriptions of the current database.
    static func subscriptions(_ reader: CatalogReader, pattern text: String?, verbose: Bool) throws(RejectedPattern)
        -> Bool
    {
        let pattern = try reader.pattern(text, parts: 1)
        var query = ListingQuery(
            """
            SELECT subname AS "Name"
            ,  pg_catalog.pg_get_userbyid(subowner) AS "Owner"
            ,  subenabled AS "Enabled"
            ,  subpublications AS "Publication"

            """)
        if verbose {
            query.append(
                """
                , subbinary AS "Binary"
                , substream AS "Streaming"
                , subtwophasestate AS "Two-phase commit"
                , subdisableonerr AS "Disable on error"
                ,  subsynccommit AS "Synchronous commit"
                ,  subconninfo AS "Conninfo"
                , subskiplsn AS "Skip LSN"

                """)
        }
        query.append(
            """
            FROM pg_catalog.pg_subscription
            WHERE subdbid = (SELECT oid
                             FROM pg_catalog.pg_database
                             WHERE datname = pg_catalog.current_database())
            """)
        query.addPattern(pattern, hasWhere: true, schema: nil, name: "subname", visibility: nil)
        query.append("ORDER BY 1;")
        return reader.showListing(query.sql, title: "List of subscriptions")
    }
}
