/// psql's privilege and storage listings: `\dp`/`\z`, `\ddp`, `\drds`, `\db`, `\dl`/`\lo_list`, `\dd`, `\dP`.
enum PrivilegeListings {
    /// `\dp` and `\z`: access privileges of tables, views and sequences.
    static func permissions(_ reader: CatalogReader, pattern text: String?) throws(RejectedPattern) -> Bool {
        let pattern = try reader.pattern(text, parts: 3)
        var query = ListingQuery(
            #"""
            SELECT n.nspname as "Schema",
              c.relname as "Name",
              CASE c.relkind WHEN 'r' THEN 'table' WHEN 'v' THEN 'view' WHEN 'm' THEN 'materialized view' WHEN 'S' THEN 'sequence' WHEN 'f' THEN 'foreign table' WHEN 'p' THEN 'partitioned table' END as "Type",
              pg_catalog.array_to_string(c.relacl, E'\n') AS "Access privileges",
              pg_catalog.array_to_string(ARRAY(
                SELECT attname || E':\n  ' || pg_catalog.array_to_string(attacl, E'\n  ')
                FROM pg_catalog.pg_attribute a
                WHERE attrelid = c.oid AND NOT attisdropped AND attacl IS NOT NULL
              ), E'\n') AS "Column privileges",
              pg_catalog.array_to_string(ARRAY(
                SELECT polname
                || CASE WHEN NOT polpermissive THEN
                   E' (RESTRICTIVE)'
                   ELSE '' END
                || CASE WHEN polcmd != '*' THEN
                       E' (' || polcmd::pg_catalog.text || E'):'
                   ELSE E':'
                   END
                || CASE WHEN polqual IS NOT NULL THEN
                       E'\n  (u): ' || pg_catalog.pg_get_expr(polqual, polrelid)
                   ELSE E''
                   END
                || CASE WHEN polwithcheck IS NOT NULL THEN
                       E'\n  (c): ' || pg_catalog.pg_get_expr(polwithcheck, polrelid)
                   ELSE E''
                   END    || CASE WHEN polroles <> '{0}' THEN
                       E'\n  to: ' || pg_catalog.array_to_string(
                           ARRAY(
                               SELECT rolname
                               FROM pg_catalog.pg_roles
                               WHERE oid = ANY (polroles)
                               ORDER BY 1
                           ), E', ')
                   ELSE E''
                   END
                FROM pg_catalog.pg_policy pol
                WHERE polrelid = c.oid), E'\n')
                AS "Policies"
            FROM pg_catalog.pg_class c
                 LEFT JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relkind IN ('r','v','m','S','f','p')

            """#)
        query.addPattern(
            pattern, hasWhere: true, schema: "n.nspname", name: "c.relname",
            visibility: "n.nspname !~ '^pg_' AND pg_catalog.pg_table_is_visible(c.oid)")
        query.append("ORDER BY 1, 2;")
        return reader.showListing(query.sql, title: "Access privileges")
    }

    /// `\ddp`: default access privileges.
    static func defaultPrivileges(_ reader: CatalogReader, pattern text: String?) throws(RejectedPattern) -> Bool {
        let pattern = try reader.pattern(text, parts: 3, split: 1)
        var query = ListingQuery(
            #"""
            SELECT pg_catalog.pg_get_userbyid(d.defaclrole) AS "Owner",
              n.nspname AS "Schema",
              CASE d.defaclobjtype WHEN 'r' THEN 'table' WHEN 'S' THEN 'sequence' WHEN 'f' THEN 'function' WHEN 'T' THEN 'type' WHEN 'n' THEN 'schema' END AS "Type",
              pg_catalog.array_to_string(d.defaclacl, E'\n') AS "Access privileges"
            FROM pg_catalog.pg_default_acl d
                 LEFT JOIN pg_catalog.pg_namespace n ON n.oid = d.defaclnamespace

            """#)
        query.addPattern(
            pattern, hasWhere: false, schema: nil, name: "n.nspname",
            alternative: "pg_catalog.pg_get_userbyid(d.defaclrole)", visibility: nil)
        query.append("ORDER BY 1, 2, 3;")
        return reader.showListing(query.sql, title: "Default access privileges")
    }

    /// `\drds`: per-role and per-database settings; "Did not find" when there are none.
    static func roleSettings(_ reader: CatalogReader, arguments: [String]) throws(RejectedPattern) -> Bool {
        let role = try reader.pattern(arguments.first, parts: 1)
        let database = try reader.pattern(arguments.dropFirst().first, parts: 1)
        var query = ListingQuery(
            #"""
            SELECT rolname AS "Role", datname AS "Database",
            pg_catalog.array_to_string(setconfig, E'\n') AS "Settings"
            FROM pg_catalog.pg_db_role_setting s
            LEFT JOIN pg_catalog.pg_database d ON d.oid = setdatabase
            LEFT JOIN pg_catalog.pg_roles r ON r.oid = setrole

            """#)
        let hasWhere = query.addPattern(role, hasWhere: false, schema: nil, name: "r.rolname", visibility: nil)
        query.addPattern(database, hasWhere: hasWhere, schema: nil, name: "d.datname", visibility: nil)
        query.append("ORDER BY 1, 2;")
        guard let rows = reader.listing(query.sql) else { return false }
        // As psql: no settings is an error message unless QUIET, which prints the empty table.
        if rows.rowCount == 0 && !reader.session.quiet {
            let message: String
            switch (arguments.first, arguments.dropFirst().first) {
            case (let role?, let database?):
                message = "Did not find any settings for role \"\(role)\" and database \"\(database)\"."
            case (let role?, nil): message = "Did not find any settings for role \"\(role)\"."
            default: message = "Did not find any settings."
            }
            reader.session.reportOwnError(message)
        } else {
            reader.printListing(rows, title: "List of settings")
        }
        return true
    }

    /// `\db`: tablespaces.
    static func tablespaces(_ reader: CatalogReader, pattern text: String?, verbose: Bool) throws(RejectedPattern)
        -> Bool
    {
        let pattern = try reader.pattern(text, parts: 1)
        var query = ListingQuery(
            """
            SELECT spcname AS "Name",
              pg_catalog.pg_get_userbyid(spcowner) AS "Owner",
              pg_catalog.pg_tablespace_location(oid) AS "Location"
            """)
        if verbose {
            query.append(
                #"""
                ,
                  pg_catalog.array_to_string(spcacl, E'\n') AS "Access privileges",
                  spcoptions AS "Options",
                  pg_catalog.pg_size_pretty(pg_catalog.pg_tablespace_size(oid)) AS "Size",
                  pg_catalog.shobj_description(oid, 'pg_tablespace') AS "Description"
                """#)
        }
        query.append("\nFROM pg_catalog.pg_tablespace\n")
        query.addPattern(pattern, hasWhere: false, schema: nil, name: "spcname", visibility: nil)
        query.append("ORDER BY 1;")
        return reader.showListing(query.sql, title: "List of tablespaces")
    }

    /// `\dl` and `\lo_list`: large objects.
    static func largeObjects(_ reader: CatalogReader, verbose: Bool) -> Bool {
        var query = ListingQuery("SELECT oid as \"ID\",\n  pg_catalog.pg_get_userbyid(lomowner) as \"Owner\",\n  ")
        if verbose { query.append(#"pg_catalog.array_to_string(lomacl, E'\n') AS "Access privileges",\#n  "#) }
        query.append(
            "pg_catalog.obj_description(oid, 'pg_largeobject') as \"Description\"\nFROM pg_catalog.pg_largeobject_metadata\nORDER BY oid"
        )
        return reader.showListing(query.sql, title: "Large objects")
    }

    /// `\dd`: descriptions of objects `\d…` commands do not show (constraints, operator
    /// classes and families, rules, triggers).
    static func descriptions(_ reader: CatalogReader, pattern text: String?, variant: DescribeVariant)
        throws(RejectedPattern) -> Bool
    {
        let pattern = try reader.pattern(text, parts: 3)
        let hides = !variant.system && text == nil
        let hideClause = "      AND n.nspname <> 'pg_catalog'\n      AND n.nspname <> 'information_schema'\n"
        let hideWhere = "WHERE n.nspname <> 'pg_catalog'\n      AND n.nspname <> 'information_schema'\n"
        var query = ListingQuery(
            """
            SELECT DISTINCT tt.nspname AS "Schema", tt.name AS "Name", tt.object AS "Object", d.description AS "Description"
            FROM (

            """)
        func part(_ select: String, hide: String, hasWhere: Bool, name: String, visibility: String) {
            query.append(select)
            if hides { query.append(hide) }
            query.addPattern(pattern, hasWhere: hasWhere, schema: "n.nspname", name: name, visibility: visibility)
        }
        part(
            """
              SELECT pgc.oid as oid, pgc.tableoid AS tableoid,
              n.nspname as nspname,
              CAST(pgc.conname AS pg_catalog.text) as name,  CAST('table constraint' AS pg_catalog.text) as object
              FROM pg_catalog.pg_constraint pgc
                JOIN pg_catalog.pg_class c ON c.oid = pgc.conrelid
                LEFT JOIN pg_catalog.pg_namespace n     ON n.oid = c.relnamespace

            """, hide: hideWhere, hasWhere: hides, name: "pgc.conname",
            visibility: "pg_catalog.pg_table_is_visible(c.oid)")
        part(
            """
            UNION ALL
              SELECT pgc.oid as oid, pgc.tableoid AS tableoid,
              n.nspname as nspname,
              CAST(pgc.conname AS pg_catalog.text) as name,  CAST('domain constraint' AS pg_catalog.text) as object
              FROM pg_catalog.pg_constraint pgc
                JOIN pg_catalog.pg_type t ON t.oid = pgc.contypid
                LEFT JOIN pg_catalog.pg_namespace n     ON n.oid = t.typnamespace

            """, hide: hideWhere, hasWhere: hides, name: "pgc.conname",
            visibility: "pg_catalog.pg_type_is_visible(t.oid)")
        part(
            """
            UNION ALL
              SELECT o.oid as oid, o.tableoid as tableoid,
              n.nspname as nspname,
              CAST(o.opcname AS pg_catalog.text) as name,
              CAST('operator class' AS pg_catalog.text) as object
              FROM pg_catalog.pg_opclass o
                JOIN pg_catalog.pg_am am ON o.opcmethod = am.oid
                JOIN pg_catalog.pg_namespace n ON n.oid = o.opcnamespace

            """, hide: hideClause, hasWhere: true, name: "o.opcname",
            visibility: "pg_catalog.pg_opclass_is_visible(o.oid)")
        part(
            """
            UNION ALL
              SELECT opf.oid as oid, opf.tableoid as tableoid,
              n.nspname as nspname,
              CAST(opf.opfname AS pg_catalog.text) AS name,
              CAST('operator family' AS pg_catalog.text) as object
              FROM pg_catalog.pg_opfamily opf
                JOIN pg_catalog.pg_am am ON opf.opfmethod = am.oid
                JOIN pg_catalog.pg_namespace n ON opf.opfnamespace = n.oid

            """, hide: hideClause, hasWhere: true, name: "opf.opfname",
            visibility: "pg_catalog.pg_opfamily_is_visible(opf.oid)")
        part(
            """
            UNION ALL
              SELECT r.oid as oid, r.tableoid as tableoid,
              n.nspname as nspname,
              CAST(r.rulename AS pg_catalog.text) as name,  CAST('rule' AS pg_catalog.text) as object
              FROM pg_catalog.pg_rewrite r
                   JOIN pg_catalog.pg_class c ON c.oid = r.ev_class
                   LEFT JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
              WHERE r.rulename != '_RETURN'

            """, hide: hideClause, hasWhere: true, name: "r.rulename",
            visibility: "pg_catalog.pg_table_is_visible(c.oid)")
        part(
            """
            UNION ALL
              SELECT t.oid as oid, t.tableoid as tableoid,
              n.nspname as nspname,
              CAST(t.tgname AS pg_catalog.text) as name,  CAST('trigger' AS pg_catalog.text) as object
              FROM pg_catalog.pg_trigger t
                   JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid
                   LEFT JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace

            """, hide: hideWhere, hasWhere: hides, name: "t.tgname", visibility: "pg_catalog.pg_table_is_visible(c.oid)"
        )
        query.append(
            """
            ) AS tt
              JOIN pg_catalog.pg_description d ON (tt.oid = d.objoid AND tt.tableoid = d.classoid AND d.objsubid = 0)
            ORDER BY 1, 2, 3;
            """)
        return reader.showListing(query.sql, title: "Object descriptions")
    }

    /// `\dP[itn+]`: partitioned tables and indexes.
    static func partitioned(_ reader: CatalogReader, pattern text: String?, variant: DescribeVariant)
        throws(RejectedPattern) -> Bool
    {
        let pattern = try reader.pattern(text, parts: 3)
        var tables = variant.modifiers.contains("t")
        var indexes = variant.modifiers.contains("i")
        let nested = variant.modifiers.contains("n")
        if !tables && !indexes {
            tables = true
            indexes = true
        }
        let mixed = tables && indexes
        let title =
            mixed
            ? "List of partitioned relations" : indexes ? "List of partitioned indexes" : "List of partitioned tables"
        let withParent = nested || text != nil
        var query = ListingQuery(
            "SELECT n.nspname as \"Schema\",\n  c.relname as \"Name\",\n  pg_catalog.pg_get_userbyid(c.relowner) as \"Owner\""
        )
        if mixed {
            query.append(
                ",\n  CASE c.relkind WHEN 'p' THEN 'partitioned table' WHEN 'I' THEN 'partitioned index' END as \"Type\""
            )
        }
        if withParent { query.append(",\n  inh.inhparent::pg_catalog.regclass as \"Parent name\"") }
        if indexes { query.append(",\n c2.oid::pg_catalog.regclass as \"Table\"") }
        if variant.verbose {
            if nested { query.append(",\n  s.dps as \"Leaf partition size\"") }
            query.append(",\n  s.tps as \"Total size\"")
            query.append(",\n  pg_catalog.obj_description(c.oid, 'pg_class') as \"Description\"")
        }
        query.append("\nFROM pg_catalog.pg_class c\n     LEFT JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace")
        if indexes {
            query.append(
                "\n     LEFT JOIN pg_catalog.pg_index i ON i.indexrelid = c.oid\n     LEFT JOIN pg_catalog.pg_class c2 ON i.indrelid = c2.oid"
            )
        }
        if withParent { query.append("\n     LEFT JOIN pg_catalog.pg_inherits inh ON c.oid = inh.inhrelid") }
        if variant.verbose {
            query.append(
                """
                ,
                     LATERAL (SELECT pg_catalog.pg_size_pretty(sum(
                                 CASE WHEN ppt.isleaf AND ppt.level = 1
                                      THEN pg_catalog.pg_table_size(ppt.relid) ELSE 0 END)) AS dps,
                                     pg_catalog.pg_size_pretty(sum(pg_catalog.pg_table_size(ppt.relid))) AS tps
                              FROM pg_catalog.pg_partition_tree(c.oid) ppt) s
                """)
        }
        query.append("\nWHERE c.relkind IN (" + (tables ? "'p'," : "") + (indexes ? "'I'," : "") + "'')\n")
        if !withParent { query.append(" AND NOT c.relispartition\n") }
        if text == nil {
            query.append(
                "      AND n.nspname <> 'pg_catalog'\n      AND n.nspname !~ '^pg_toast'\n      AND n.nspname <> 'information_schema'\n"
            )
        }
        query.addPattern(
            pattern, hasWhere: true, schema: "n.nspname", name: "c.relname",
            visibility: "pg_catalog.pg_table_is_visible(c.oid)")
        query.append(
            "ORDER BY \"Schema\", " + (mixed ? "\"Type\" DESC, " : "")
                + (withParent ? "\"Parent name\" NULLS FIRST, " : "") + "\"Name\";")
        return reader.showListing(query.sql, title: title)
    }
}
