/// psql's text-search listings: `\dF`, `\dFd`, `\dFp`, `\dFt`, with their verbose forms
/// (`\dF+` and `\dFp+` describe each object in tables of their own).
enum TextSearchListings {
    /// `schema.name` in quotes, or just the name when the schema is unknown.
    private static func qualified(_ schema: String?, _ name: String) -> String {
        schema.map { "\"\($0).\(name)\"" } ?? "\"\(name)\""
    }

    /// `\dF`: configurations; `\dF+` describes each configuration's token mappings.
    static func configurations(_ reader: CatalogReader, pattern text: String?, verbose: Bool) throws(RejectedPattern)
        -> Bool
    {
        let pattern = try reader.pattern(text, parts: 3)
        guard verbose else {
            var query = ListingQuery(
                """
                SELECT
                   n.nspname as "Schema",
                   c.cfgname as "Name",
                   pg_catalog.obj_description(c.oid, 'pg_ts_config') as "Description"
                FROM pg_catalog.pg_ts_config c
                LEFT JOIN pg_catalog.pg_namespace n ON n.oid = c.cfgnamespace

                """)
            query.addPattern(
                pattern, hasWhere: false, schema: "n.nspname", name: "c.cfgname",
                visibility: "pg_catalog.pg_ts_config_is_visible(c.oid)")
            query.append("ORDER BY 1, 2;")
            return reader.showListing(query.sql, title: "List of text search configurations")
        }
        var query = ListingQuery(
            """
            SELECT c.oid, c.cfgname,
               n.nspname,
               p.prsname,
               np.nspname as pnspname
            FROM pg_catalog.pg_ts_config c
               LEFT JOIN pg_catalog.pg_namespace n ON n.oid = c.cfgnamespace,
             pg_catalog.pg_ts_parser p
               LEFT JOIN pg_catalog.pg_namespace np ON np.oid = p.prsnamespace
            WHERE  p.oid = c.cfgparser

            """)
        query.addPattern(
            pattern, hasWhere: true, schema: "n.nspname", name: "c.cfgname",
            visibility: "pg_catalog.pg_ts_config_is_visible(c.oid)")
        query.append("ORDER BY 3, 2;")
        guard let rows = reader.listing(query.sql) else { return false }
        if rows.rowCount == 0 {
            if !reader.session.quiet {
                reader.session.reportOwnError(
                    text.map { "Did not find any text search configuration named \"\($0)\"." }
                        ?? "Did not find any text search configurations.")
            }
            return false
        }
        for row in 0..<rows.rowCount {
            let oid = rows.string(row: row, column: 0) ?? ""
            let title =
                "Text search configuration "
                + qualified(rows.string(row: row, column: 2), rows.string(row: row, column: 1) ?? "")
                + "\nParser: " + qualified(rows.string(row: row, column: 4), rows.string(row: row, column: 3) ?? "")
            let mappings = """
                SELECT
                  ( SELECT t.alias FROM
                    pg_catalog.ts_token_type(c.cfgparser) AS t
                    WHERE t.tokid = m.maptokentype ) AS "Token",
                  pg_catalog.btrim(
                    ARRAY( SELECT mm.mapdict::pg_catalog.regdictionary
                           FROM pg_catalog.pg_ts_config_map AS mm
                           WHERE mm.mapcfg = m.mapcfg AND mm.maptokentype = m.maptokentype
                           ORDER BY mapcfg, maptokentype, mapseqno
                    ) :: pg_catalog.text,
                  '{}') AS "Dictionaries"
                FROM pg_catalog.pg_ts_config AS c, pg_catalog.pg_ts_config_map AS m
                WHERE c.oid = '\(oid)' AND m.mapcfg = c.oid
                GROUP BY m.mapcfg, m.maptokentype, c.cfgparser
                ORDER BY 1;
                """
            guard let found = reader.listing(mappings) else { return false }
            reader.printListing(found, title: title, footers: [])
        }
        return true
    }

    /// `\dFp`: parsers; `\dFp+` describes each parser's methods and token types.
    static func parsers(_ reader: CatalogReader, pattern text: String?, verbose: Bool) throws(RejectedPattern) -> Bool {
        let pattern = try reader.pattern(text, parts: 3)
        guard verbose else {
            var query = ListingQuery(
                """
                SELECT
                  n.nspname as "Schema",
                  p.prsname as "Name",
                  pg_catalog.obj_description(p.oid, 'pg_ts_parser') as "Description"
                FROM pg_catalog.pg_ts_parser p
                LEFT JOIN pg_catalog.pg_namespace n ON n.oid = p.prsnamespace

                """)
            query.addPattern(
                pattern, hasWhere: false, schema: "n.nspname", name: "p.prsname",
                visibility: "pg_catalog.pg_ts_parser_is_visible(p.oid)")
            query.append("ORDER BY 1, 2;")
            return reader.showListing(query.sql, title: "List of text search parsers")
        }
        var query = ListingQuery(
            """
            SELECT p.oid,
              n.nspname,
              p.prsname
            FROM pg_catalog.pg_ts_parser p
            LEFT JOIN pg_catalog.pg_namespace n ON n.oid = p.prsnamespace

            """)
        query.addPattern(
            pattern, hasWhere: false, schema: "n.nspname", name: "p.prsname",
            visibility: "pg_catalog.pg_ts_parser_is_visible(p.oid)")
        query.append("ORDER BY 1, 2;")
        guard let rows = reader.listing(query.sql) else { return false }
        if rows.rowCount == 0 {
            if !reader.session.quiet {
                reader.session.reportOwnError(
                    text.map { "Did not find any text search parser named \"\($0)\"." }
                        ?? "Did not find any text search parsers.")
            }
            return false
        }
        for row in 0..<rows.rowCount {
            let oid = rows.string(row: row, column: 0) ?? ""
            let name = qualified(rows.string(row: row, column: 1), rows.string(row: row, column: 2) ?? "")
            let methods = [
                ("Start parse", "prsstart"), ("Get next token", "prstoken"), ("End parse", "prsend"),
                ("Get headline", "prsheadline"), ("Get token types", "prslextype"),
            ]
            let parts = methods.enumerated().map { index, method in
                let (label, column) = method
                let head =
                    index == 0
                    ? """
                    SELECT '\(label)' AS "Method",
                       p.\(column)::pg_catalog.regproc AS "Function",
                       pg_catalog.obj_description(p.\(column), 'pg_proc') as "Description"

                    """
                    : """
                    SELECT '\(label)',
                       p.\(column)::pg_catalog.regproc,
                       pg_catalog.obj_description(p.\(column), 'pg_proc')

                    """
                return head + " FROM pg_catalog.pg_ts_parser p\n WHERE p.oid = '\(oid)'"
            }
            guard let found = reader.listing(parts.joined(separator: "\nUNION ALL\n") + ";") else { return false }
            reader.printListing(found, title: "Text search parser \(name)", footers: [])
            let tokens = """
                SELECT t.alias as "Token name",
                  t.description as "Description"
                FROM pg_catalog.ts_token_type( '\(oid)'::pg_catalog.oid ) as t
                ORDER BY 1;
                """
            guard reader.showListing(tokens, title: "Token types for parser \(name)") else { return false }
        }
        return true
    }

    /// `\dFd[+]`: dictionaries.
    static func dictionaries(_ reader: CatalogReader, pattern text: String?, verbose: Bool) throws(RejectedPattern)
        -> Bool
    {
        let pattern = try reader.pattern(text, parts: 3)
        var query = ListingQuery("SELECT\n  n.nspname as \"Schema\",\n  d.dictname as \"Name\",\n")
        if verbose {
            query.append(
                """
                  ( SELECT COALESCE(nt.nspname, '(null)')::pg_catalog.text || '.' || t.tmplname FROM
                    pg_catalog.pg_ts_template t
                    LEFT JOIN pg_catalog.pg_namespace nt ON nt.oid = t.tmplnamespace
                    WHERE d.dicttemplate = t.oid ) AS  "Template",
                  d.dictinitoption as "Init options",

                """)
        }
        query.append(
            """
              pg_catalog.obj_description(d.oid, 'pg_ts_dict') as "Description"
            FROM pg_catalog.pg_ts_dict d
            LEFT JOIN pg_catalog.pg_namespace n ON n.oid = d.dictnamespace

            """)
        query.addPattern(
            pattern, hasWhere: false, schema: "n.nspname", name: "d.dictname",
            visibility: "pg_catalog.pg_ts_dict_is_visible(d.oid)")
        query.append("ORDER BY 1, 2;")
        return reader.showListing(query.sql, title: "List of text search dictionaries")
    }

    /// `\dFt[+]`: templates.
    static func templates(_ reader: CatalogReader, pattern text: String?, verbose: Bool) throws(RejectedPattern) -> Bool
    {
        let pattern = try reader.pattern(text, parts: 3)
        var query = ListingQuery("SELECT\n  n.nspname AS \"Schema\",\n  t.tmplname AS \"Name\",\n")
        if verbose {
            query.append(
                "  t.tmplinit::pg_catalog.regproc AS \"Init\",\n  t.tmpllexize::pg_catalog.regproc AS \"Lexize\",\n")
        }
        query.append(
            """
              pg_catalog.obj_description(t.oid, 'pg_ts_template') AS "Description"
            FROM pg_catalog.pg_ts_template t
            LEFT JOIN pg_catalog.pg_namespace n ON n.oid = t.tmplnamespace

            """)
        query.addPattern(
            pattern, hasWhere: false, schema: "n.nspname", name: "t.tmplname",
            visibility: "pg_catalog.pg_ts_template_is_visible(t.oid)")
        query.append("ORDER BY 1, 2;")
        return reader.showListing(query.sql, title: "List of text search templates")
    }
}
