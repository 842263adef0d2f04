/// psql's SQL/MED and extension listings: `\dew`, `\des`, `\deu`, `\det`, `\dx`, `\dx+`.
enum ForeignDataListings {
    /// psql's rendering of an options array as `(name 'value', …)`.
    static func options(_ column: String) -> String {
        // psql's text, spaces and all; a line ending in `\` continues on the next one.
        """
        CASE WHEN \(column) IS NULL THEN '' ELSE \
          '(' || pg_catalog.array_to_string(ARRAY(SELECT \
          pg_catalog.quote_ident(option_name) || \
         ' ' || \
          pg_catalog.quote_literal(option_value) \
         FROM \
          pg_catalog.pg_options_to_table(\(column))), \
         ', ') || ')' \
          END
        """
    }

    /// `\dew`: foreign-data wrappers.
    static func wrappers(_ reader: CatalogReader, pattern text: String?, verbose: Bool) throws(RejectedPattern) -> Bool
    {
        let pattern = try reader.pattern(text, parts: 1)
        var query = ListingQuery(
            """
            SELECT fdw.fdwname AS "Name",
              pg_catalog.pg_get_userbyid(fdw.fdwowner) AS "Owner",
              fdw.fdwhandler::pg_catalog.regproc AS "Handler",
              fdw.fdwvalidator::pg_catalog.regproc AS "Validator"
            """)
        if verbose {
            query.append(#",\#n  pg_catalog.array_to_string(fdwacl, E'\n') AS "Access privileges""#)
            query.append(",\n \(options("fdwoptions")) AS \"FDW options\",\n  d.description AS \"Description\" ")
        }
        query.append("\nFROM pg_catalog.pg_foreign_data_wrapper fdw\n")
        if verbose {
            query.append(
                "LEFT JOIN pg_catalog.pg_description d\n       ON d.classoid = fdw.tableoid AND d.objoid = fdw.oid AND d.objsubid = 0\n"
            )
        }
        query.addPattern(pattern, hasWhere: false, schema: nil, name: "fdwname", visibility: nil)
        query.append("ORDER BY 1;")
        return reader.showListing(query.sql, title: "List of foreign-data wrappers")
    }

    /// `\des`: foreign servers.
    static func servers(_ reader: CatalogReader, pattern text: String?, verbose: Bool) throws(RejectedPattern) -> Bool {
        let pattern = try reader.pattern(text, parts: 1)
        var query = ListingQuery(
            """
            SELECT s.srvname AS "Name",
              pg_catalog.pg_get_userbyid(s.srvowner) AS "Owner",
              f.fdwname AS "Foreign-data wrapper"
            """)
        if verbose {
            query.append(#",\#n  pg_catalog.array_to_string(s.srvacl, E'\n') AS "Access privileges""#)
            query.append(
                ",\n  s.srvtype AS \"Type\",\n  s.srvversion AS \"Version\",\n  \(options("srvoptions")) AS \"FDW options\",\n  d.description AS \"Description\""
            )
        }
        query.append(
            "\nFROM pg_catalog.pg_foreign_server s\n     JOIN pg_catalog.pg_foreign_data_wrapper f ON f.oid=s.srvfdw\n")
        if verbose {
            query.append(
                "LEFT JOIN pg_catalog.pg_description d\n       ON d.classoid = s.tableoid AND d.objoid = s.oid AND d.objsubid = 0\n"
            )
        }
        query.addPattern(pattern, hasWhere: false, schema: nil, name: "s.srvname", visibility: nil)
        query.append("ORDER BY 1;")
        return reader.showListing(query.sql, title: "List of foreign servers")
    }

    /// `\deu`: user mappings.
    static func userMappings(_ reader: CatalogReader, pattern text: String?, verbose: Bool) throws(RejectedPattern)
        -> Bool
    {
        let pattern = try reader.pattern(text, parts: 1)
        var query = ListingQuery("SELECT um.srvname AS \"Server\",\n  um.usename AS \"User name\"")
        if verbose { query.append(",\n \(options("umoptions")) AS \"FDW options\"") }
        query.append("\nFROM pg_catalog.pg_user_mappings um\n")
        query.addPattern(
            pattern, hasWhere: false, schema: nil, name: "um.srvname", alternative: "um.usename", visibility: nil)
        query.append("ORDER BY 1, 2;")
        return reader.showListing(query.sql, title: "List of user mappings")
    }

    /// `\det`: foreign tables.
    static func tables(_ reader: CatalogReader, pattern text: String?, verbose: Bool) throws(RejectedPattern) -> Bool {
        let pattern = try reader.pattern(text, parts: 3)
        var query = ListingQuery(
            "SELECT n.nspname AS \"Schema\",\n  c.relname AS \"Table\",\n  s.srvname AS \"Server\"")
        if verbose {
            query.append(",\n \(options("ftoptions")) AS \"FDW options\",\n  d.description AS \"Description\"")
        }
        query.append(
            """

            FROM pg_catalog.pg_foreign_table ft
              INNER JOIN pg_catalog.pg_class c ON c.oid = ft.ftrelid
              INNER JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
              INNER JOIN pg_catalog.pg_foreign_server s ON s.oid = ft.ftserver

            """)
        if verbose {
            query.append(
                "   LEFT JOIN pg_catalog.pg_description d\n          ON d.classoid = c.tableoid AND d.objoid = c.oid AND d.objsubid = 0\n"
            )
        }
        query.addPattern(
            pattern, hasWhere: false, schema: "n.nspname", name: "c.relname",
            visibility: "pg_catalog.pg_table_is_visible(c.oid)")
        query.append("ORDER BY 1, 2;")
        return reader.showListing(query.sql, title: "List of foreign tables")
    }

    /// `\dx`: installed extensions.
    static func extensions(_ reader: CatalogReader, pattern text: String?) throws(RejectedPattern) -> Bool {
        let pattern = try reader.pattern(text, parts: 1)
        var query = ListingQuery(
            """
            SELECT e.extname AS "Name", e.extversion AS "Version", n.nspname AS "Schema", c.description AS "Description"
            FROM pg_catalog.pg_extension e \
            LEFT JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace \
            LEFT JOIN pg_catalog.pg_description c ON c.objoid = e.oid \
            AND c.classoid = 'pg_catalog.pg_extension'::pg_catalog.regclass

            """)
        query.addPattern(pattern, hasWhere: false, schema: nil, name: "e.extname", visibility: nil)
        query.append("ORDER BY 1;")
        return reader.showListing(query.sql, title: "List of installed extensions")
    }

    /// `\dx+`: the objects of each matching extension, one table per extension.
    static func extensionContents(_ reader: CatalogReader, pattern text: String?) throws(RejectedPattern) -> Bool {
        let pattern = try reader.pattern(text, parts: 1)
        var query = ListingQuery("SELECT e.extname, e.oid\nFROM pg_catalog.pg_extension e\n")
        query.addPattern(pattern, hasWhere: false, schema: nil, name: "e.extname", visibility: nil)
        query.append("ORDER BY 1;")
        guard let rows = reader.listing(query.sql) else { return false }
        if rows.rowCount == 0 {
            if !reader.session.quiet {
                reader.session.reportOwnError(
                    text.map { "Did not find any extension named \"\($0)\"." } ?? "Did not find any extensions.")
            }
            return false
        }
        for row in 0..<rows.rowCount {
            let name = rows.string(row: row, column: 0) ?? ""
            let oid = rows.string(row: row, column: 1) ?? ""
            let contents = """
                SELECT pg_catalog.pg_describe_object(classid, objid, 0) AS "Object description"
                FROM pg_catalog.pg_depend
                WHERE refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass AND refobjid = '\(oid)' AND deptype = 'e'
                ORDER BY 1;
                """
            guard reader.showListing(contents, title: "Objects in extension \"\(name)\"") else { return false }
        }
        return true
    }
}
