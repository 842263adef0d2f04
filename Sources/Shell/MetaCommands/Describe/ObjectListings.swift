/// psql's listings of schema objects other than relations and functions: `\da`, `\dT`,
/// `\do`, `\dC`, `\dc`, `\dD`, `\dO`, `\dL`, `\dX`, `\dy`, `\dconfig`.
///
/// Each builds psql 15's catalog query, runs it and prints the rows under psql's title.
enum ObjectListings {
    static let hideSystem = "      AND n.nspname <> 'pg_catalog'\n      AND n.nspname <> 'information_schema'\n"

    /// `\da`: aggregate functions.
    static func aggregates(_ reader: CatalogReader, pattern text: String?, variant: DescribeVariant)
        throws(RejectedPattern) -> Bool
    {
        let pattern = try reader.pattern(text, parts: 3)
        var query = ListingQuery(
            #"""
            SELECT n.nspname as "Schema",
              p.proname AS "Name",
              pg_catalog.format_type(p.prorettype, NULL) AS "Result data type",
              CASE WHEN p.pronargs = 0
                THEN CAST('*' AS pg_catalog.text)
                ELSE pg_catalog.pg_get_function_arguments(p.oid)
              END AS "Argument data types",
              pg_catalog.obj_description(p.oid, 'pg_proc') as "Description"
            FROM pg_catalog.pg_proc p
                 LEFT JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
            WHERE p.prokind = 'a'

            """#)
        if !variant.system && text == nil { query.append(hideSystem) }
        query.addPattern(
            pattern, hasWhere: true, schema: "n.nspname", name: "p.proname",
            visibility: "pg_catalog.pg_function_is_visible(p.oid)")
        query.append("ORDER BY 1, 2, 4;")
        return reader.showListing(query.sql, title: "List of aggregate functions")
    }

    /// psql's spelling of a few type names that `\dT`, `\df` and `\do` patterns may use.
    static func typeNamePattern(_ pattern: String) -> String {
        let names = [
            "decimal": "numeric", "float": "double precision", "int": "integer",
            "bool[]": "boolean[]", "decimal[]": "numeric[]", "float[]": "double precision[]",
            "float4[]": "real[]", "float8[]": "double precision[]", "int[]": "integer[]",
            "int2[]": "smallint[]", "int4[]": "integer[]", "int8[]": "bigint[]",
            "time[]": "time without time zone[]", "timetz[]": "time with time zone[]",
            "timestamp[]": "timestamp without time zone[]", "timestamptz[]": "timestamp with time zone[]",
            "varbit[]": "bit varying[]", "varchar[]": "character varying[]",
        ]
        return names[pattern.lowercased()] ?? pattern
    }

    /// `\dT`: data types.
    static func types(_ reader: CatalogReader, pattern text: String?, variant: DescribeVariant) throws(RejectedPattern)
        -> Bool
    {
        let pattern = try reader.pattern(text.map(typeNamePattern), parts: 3)
        var query = ListingQuery(
            #"""
            SELECT n.nspname as "Schema",
              pg_catalog.format_type(t.oid, NULL) AS "Name",

            """#)
        if variant.verbose {
            query.append(
                #"""
                  t.typname AS "Internal name",
                  CASE WHEN t.typrelid != 0
                      THEN CAST('tuple' AS pg_catalog.text)
                    WHEN t.typlen < 0
                      THEN CAST('var' AS pg_catalog.text)
                    ELSE CAST(t.typlen AS pg_catalog.text)
                  END AS "Size",
                  pg_catalog.array_to_string(
                      ARRAY(
                          SELECT e.enumlabel
                          FROM pg_catalog.pg_enum e
                          WHERE e.enumtypid = t.oid
                          ORDER BY e.enumsortorder
                      ),
                      E'\n'
                  ) AS "Elements",
                  pg_catalog.pg_get_userbyid(t.typowner) AS "Owner",
                pg_catalog.array_to_string(t.typacl, E'\n') AS "Access privileges",

                """#)
        }
        query.append(
            #"""
              pg_catalog.obj_description(t.oid, 'pg_type') as "Description"
            FROM pg_catalog.pg_type t
                 LEFT JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
            WHERE (t.typrelid = 0 OR (SELECT c.relkind = 'c' FROM pg_catalog.pg_class c WHERE c.oid = t.typrelid))

            """#)
        if text?.contains("[]") != true {
            query.append(
                "  AND NOT EXISTS(SELECT 1 FROM pg_catalog.pg_type el WHERE el.oid = t.typelem AND el.typarray = t.oid)\n"
            )
        }
        if !variant.system && text == nil { query.append(hideSystem) }
        query.addPattern(
            pattern, hasWhere: true, schema: "n.nspname", name: "t.typname",
            alternative: "pg_catalog.format_type(t.oid, NULL)", visibility: "pg_catalog.pg_type_is_visible(t.oid)")
        query.append("ORDER BY 1, 2;")
        return reader.showListing(query.sql, title: "List of data types")
    }

    /// Conditions on argument types `t0`, `t1`, … for `\df` and `\do` (`-` means none).
    static func addArgumentTypes(_ arguments: [String], to query: inout ListingQuery, reader: CatalogReader)
        throws(RejectedPattern)
    {
        for (index, argument) in arguments.enumerated() {
            if argument == "-" {
                query.append("  AND t\(index).typname IS NULL\n")
                continue
            }
            let pattern = try reader.pattern(typeNamePattern(argument), parts: 3)
            query.addPattern(
                pattern, hasWhere: true, schema: "nt\(index).nspname", name: "t\(index).typname",
                alternative: "pg_catalog.format_type(t\(index).oid, NULL)",
                visibility: "pg_catalog.pg_type_is_visible(t\(index).oid)")
        }
    }

    /// `\do`: operators, optionally with the types of their operands.
    static func operators(_ reader: CatalogReader, arguments: [String], variant: DescribeVariant)
        throws(RejectedPattern) -> Bool
    {
        let text = arguments.first
        let pattern = try reader.pattern(text, parts: 3, forceEscape: true)
        let types = Array(arguments.dropFirst().prefix(2))
        var query = ListingQuery(
            #"""
            SELECT n.nspname as "Schema",
              o.oprname AS "Name",
              CASE WHEN o.oprkind='l' THEN NULL ELSE pg_catalog.format_type(o.oprleft, NULL) END AS "Left arg type",
              CASE WHEN o.oprkind='r' THEN NULL ELSE pg_catalog.format_type(o.oprright, NULL) END AS "Right arg type",
              pg_catalog.format_type(o.oprresult, NULL) AS "Result type",

            """#)
        if variant.verbose { query.append("  o.oprcode AS \"Function\",\n") }
        query.append(
            #"""
              coalesce(pg_catalog.obj_description(o.oid, 'pg_operator'),
                       pg_catalog.obj_description(o.oprcode, 'pg_proc')) AS "Description"
            FROM pg_catalog.pg_operator o
                 LEFT JOIN pg_catalog.pg_namespace n ON n.oid = o.oprnamespace

            """#)
        if types.count == 2 {
            query.append(
                """
                     LEFT JOIN pg_catalog.pg_type t0 ON t0.oid = o.oprleft
                     LEFT JOIN pg_catalog.pg_namespace nt0 ON nt0.oid = t0.typnamespace
                     LEFT JOIN pg_catalog.pg_type t1 ON t1.oid = o.oprright
                     LEFT JOIN pg_catalog.pg_namespace nt1 ON nt1.oid = t1.typnamespace

                """)
        } else if types.count == 1 {
            query.append(
                """
                     LEFT JOIN pg_catalog.pg_type t0 ON t0.oid = o.oprright
                     LEFT JOIN pg_catalog.pg_namespace nt0 ON nt0.oid = t0.typnamespace

                """)
        }
        let hidesSystem = !variant.system && text == nil
        if hidesSystem {
            query.append("WHERE n.nspname <> 'pg_catalog'\n      AND n.nspname <> 'information_schema'\n")
        }
        query.addPattern(
            pattern, hasWhere: hidesSystem, schema: "n.nspname", name: "o.oprname",
            visibility: "pg_catalog.pg_operator_is_visible(o.oid)")
        if types.count == 1 { query.append("  AND o.oprleft = 0\n") }
        try addArgumentTypes(types, to: &query, reader: reader)
        query.append("ORDER BY 1, 2, 3, 4;")
        return reader.showListing(query.sql, title: "List of operators")
    }

    /// `\dC`: casts.
    static func casts(_ reader: CatalogReader, pattern text: String?, variant: DescribeVariant) throws(RejectedPattern)
        -> Bool
    {
        let pattern = try reader.pattern(text, parts: 3)
        var query = ListingQuery(
            #"""
            SELECT pg_catalog.format_type(castsource, NULL) AS "Source type",
                   pg_catalog.format_type(casttarget, NULL) AS "Target type",
                   CASE WHEN c.castmethod = 'b' THEN '(binary coercible)'
                        WHEN c.castmethod = 'i' THEN '(with inout)'
                        ELSE p.proname
                   END AS "Function",
                   CASE WHEN c.castcontext = 'e' THEN 'no'
                        WHEN c.castcontext = 'a' THEN 'in assignment'
                        ELSE 'yes'
                   END AS "Implicit?"
            """#)
        if variant.verbose { query.append(",\n       d.description AS \"Description\"") }
        query.append(
            """

            FROM pg_catalog.pg_cast c LEFT JOIN pg_catalog.pg_proc p
                 ON c.castfunc = p.oid
                 LEFT JOIN pg_catalog.pg_type ts
                 ON c.castsource = ts.oid
                 LEFT JOIN pg_catalog.pg_namespace ns
                 ON ns.oid = ts.typnamespace
                 LEFT JOIN pg_catalog.pg_type tt
                 ON c.casttarget = tt.oid
                 LEFT JOIN pg_catalog.pg_namespace nt
                 ON nt.oid = tt.typnamespace

            """)
        if variant.verbose {
            query.append(
                "     LEFT JOIN pg_catalog.pg_description d\n     ON d.classoid = c.tableoid AND d.objoid = c.oid AND d.objsubid = 0\n"
            )
        }
        query.append("WHERE ( (true")
        query.addPattern(
            pattern, hasWhere: true, schema: "ns.nspname", name: "ts.typname",
            alternative: "pg_catalog.format_type(ts.oid, NULL)", visibility: "pg_catalog.pg_type_is_visible(ts.oid)")
        query.append(") OR (true")
        query.addPattern(
            pattern, hasWhere: true, schema: "nt.nspname", name: "tt.typname",
            alternative: "pg_catalog.format_type(tt.oid, NULL)", visibility: "pg_catalog.pg_type_is_visible(tt.oid)")
        query.append(") )\nORDER BY 1, 2;")
        return reader.showListing(query.sql, title: "List of casts")
    }

    /// `\dc`: conversions.
    static func conversions(_ reader: CatalogReader, pattern text: String?, variant: DescribeVariant)
        throws(RejectedPattern) -> Bool
    {
        let pattern = try reader.pattern(text, parts: 3)
        var query = ListingQuery(
            #"""
            SELECT n.nspname AS "Schema",
                   c.conname AS "Name",
                   pg_catalog.pg_encoding_to_char(c.conforencoding) AS "Source",
                   pg_catalog.pg_encoding_to_char(c.contoencoding) AS "Destination",
                   CASE WHEN c.condefault THEN 'yes'
                   ELSE 'no' END AS "Default?"
            """#)
        if variant.verbose { query.append(",\n       d.description AS \"Description\"") }
        query.append(
            "\nFROM pg_catalog.pg_conversion c\n     JOIN pg_catalog.pg_namespace n ON n.oid = c.connamespace\n")
        if variant.verbose {
            query.append(
                "LEFT JOIN pg_catalog.pg_description d ON d.classoid = c.tableoid\n          AND d.objoid = c.oid AND d.objsubid = 0\n"
            )
        }
        query.append("WHERE true\n")
        if !variant.system && text == nil {
            query.append("  AND n.nspname <> 'pg_catalog'\n  AND n.nspname <> 'information_schema'\n")
        }
        query.addPattern(
            pattern, hasWhere: true, schema: "n.nspname", name: "c.conname",
            visibility: "pg_catalog.pg_conversion_is_visible(c.oid)")
        query.append("ORDER BY 1, 2;")
        return reader.showListing(query.sql, title: "List of conversions")
    }

    /// `\dD`: domains.
    static func domains(_ reader: CatalogReader, pattern text: String?, variant: DescribeVariant)
        throws(RejectedPattern) -> Bool
    {
        let pattern = try reader.pattern(text, parts: 3)
        var query = ListingQuery(
            #"""
            SELECT n.nspname as "Schema",
                   t.typname as "Name",
                   pg_catalog.format_type(t.typbasetype, t.typtypmod) as "Type",
                   (SELECT c.collname FROM pg_catalog.pg_collation c, pg_catalog.pg_type bt
                    WHERE c.oid = t.typcollation AND bt.oid = t.typbasetype AND t.typcollation <> bt.typcollation) as "Collation",
                   CASE WHEN t.typnotnull THEN 'not null' END as "Nullable",
                   t.typdefault as "Default",
                   pg_catalog.array_to_string(ARRAY(
                     SELECT pg_catalog.pg_get_constraintdef(r.oid, true) FROM pg_catalog.pg_constraint r WHERE t.oid = r.contypid
                   ), ' ') as "Check"
            """#)
        if variant.verbose {
            query.append(
                #",\#n  pg_catalog.array_to_string(t.typacl, E'\n') AS "Access privileges",\#n       d.description as "Description""#
            )
        }
        query.append(
            "\nFROM pg_catalog.pg_type t\n     LEFT JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace\n")
        if variant.verbose {
            query.append(
                "     LEFT JOIN pg_catalog.pg_description d ON d.classoid = t.tableoid AND d.objoid = t.oid AND d.objsubid = 0\n"
            )
        }
        query.append("WHERE t.typtype = 'd'\n")
        if !variant.system && text == nil { query.append(hideSystem) }
        query.addPattern(
            pattern, hasWhere: true, schema: "n.nspname", name: "t.typname",
            visibility: "pg_catalog.pg_type_is_visible(t.oid)")
        query.append("ORDER BY 1, 2;")
        return reader.showListing(query.sql, title: "List of domains")
    }

    /// `\dO`: collations usable with the database's encoding.
    static func collations(_ reader: CatalogReader, pattern text: String?, variant: DescribeVariant)
        throws(RejectedPattern) -> Bool
    {
        let pattern = try reader.pattern(text, parts: 3)
        var query = ListingQuery(
            #"""
            SELECT n.nspname AS "Schema",
                   c.collname AS "Name",
                   c.collcollate AS "Collate",
                   c.collctype AS "Ctype",
                   c.colliculocale AS "ICU Locale",
                   CASE c.collprovider WHEN 'd' THEN 'default' WHEN 'c' THEN 'libc' WHEN 'i' THEN 'icu' END AS "Provider",
                   CASE WHEN c.collisdeterministic THEN 'yes' ELSE 'no' END AS "Deterministic?"
            """#)
        if variant.verbose {
            query.append(",\n       pg_catalog.obj_description(c.oid, 'pg_collation') AS \"Description\"")
        }
        query.append("\nFROM pg_catalog.pg_collation c, pg_catalog.pg_namespace n\nWHERE n.oid = c.collnamespace\n")
        if !variant.system && text == nil { query.append(hideSystem) }
        query.append(
            "      AND c.collencoding IN (-1, pg_catalog.pg_char_to_encoding(pg_catalog.getdatabaseencoding()))\n")
        query.addPattern(
            pattern, hasWhere: true, schema: "n.nspname", name: "c.collname",
            visibility: "pg_catalog.pg_collation_is_visible(c.oid)")
        query.append("ORDER BY 1, 2;")
        return reader.showListing(query.sql, title: "List of collations")
    }

    /// `\dL`: procedural languages.
    static func languages(_ reader: CatalogReader, pattern text: String?, variant: DescribeVariant)
        throws(RejectedPattern) -> Bool
    {
        let pattern = try reader.pattern(text, parts: 2, split: 1)
        var query = ListingQuery(
            #"""
            SELECT l.lanname AS "Name",
                   pg_catalog.pg_get_userbyid(l.lanowner) as "Owner",
                   l.lanpltrusted AS "Trusted"
            """#)
        if variant.verbose {
            query.append(
                #"""
                ,
                       NOT l.lanispl AS "Internal language",
                       l.lanplcallfoid::pg_catalog.regprocedure AS "Call handler",
                       l.lanvalidator::pg_catalog.regprocedure AS "Validator",
                       l.laninline::pg_catalog.regprocedure AS "Inline handler",
                       pg_catalog.array_to_string(l.lanacl, E'\n') AS "Access privileges"
                """#)
        }
        query.append(
            #"""
            ,
                   d.description AS "Description"
            FROM pg_catalog.pg_language l
            LEFT JOIN pg_catalog.pg_description d
              ON d.classoid = l.tableoid AND d.objoid = l.oid
              AND d.objsubid = 0

            """#)
        if text != nil { query.addPattern(pattern, hasWhere: false, schema: nil, name: "l.lanname", visibility: nil) }
        if !variant.system && text == nil { query.append("WHERE l.lanplcallfoid != 0\n") }
        query.append("ORDER BY 1;")
        return reader.showListing(query.sql, title: "List of languages")
    }

    /// `\dX`: extended statistics.
    static func extendedStatistics(_ reader: CatalogReader, pattern text: String?) throws(RejectedPattern) -> Bool {
        let pattern = try reader.pattern(text, parts: 3)
        var query = ListingQuery(
            #"""
            SELECT 
            es.stxnamespace::pg_catalog.regnamespace::pg_catalog.text AS "Schema", 
            es.stxname AS "Name", 
            pg_catalog.format('%s FROM %s', 
              pg_catalog.pg_get_statisticsobjdef_columns(es.oid), 
              es.stxrelid::pg_catalog.regclass) AS "Definition",
            CASE WHEN 'd' = any(es.stxkind) THEN 'defined' 
            END AS "Ndistinct", 
            CASE WHEN 'f' = any(es.stxkind) THEN 'defined' 
            END AS "Dependencies",
            CASE WHEN 'm' = any(es.stxkind) THEN 'defined' 
            END AS "MCV"  
            FROM pg_catalog.pg_statistic_ext es 

            """#)
        query.addPattern(
            pattern, hasWhere: false, schema: "es.stxnamespace::pg_catalog.regnamespace::pg_catalog.text",
            name: "es.stxname", visibility: "pg_catalog.pg_statistics_obj_is_visible(es.oid)")
        query.append("ORDER BY 1, 2;")
        return reader.showListing(query.sql, title: "List of extended statistics")
    }

    /// `\dy`: event triggers.
    static func eventTriggers(_ reader: CatalogReader, pattern text: String?, variant: DescribeVariant)
        throws(RejectedPattern) -> Bool
    {
        let pattern = try reader.pattern(text, parts: 1)
        var query = ListingQuery(
            #"""
            SELECT evtname as "Name", evtevent as "Event", pg_catalog.pg_get_userbyid(e.evtowner) as "Owner",
             case evtenabled when 'O' then 'enabled'  when 'R' then 'replica'  when 'A' then 'always'  when 'D' then 'disabled' end as "Enabled",
             e.evtfoid::pg_catalog.regproc as "Function", pg_catalog.array_to_string(array(select x from pg_catalog.unnest(evttags) as t(x)), ', ') as "Tags"
            """#)
        if variant.verbose {
            query.append(",\npg_catalog.obj_description(e.oid, 'pg_event_trigger') as \"Description\"")
        }
        query.append("\nFROM pg_catalog.pg_event_trigger e ")
        query.addPattern(pattern, hasWhere: false, schema: nil, name: "evtname", visibility: nil)
        query.append("ORDER BY 1")
        return reader.showListing(query.sql, title: "List of event triggers")
    }

    /// `\dconfig`: server parameters; without a pattern, those not at their default.
    static func configuration(_ reader: CatalogReader, pattern text: String?, variant: DescribeVariant) -> Bool {
        var query = ListingQuery(#"SELECT s.name AS "Parameter", pg_catalog.current_setting(s.name) AS "Value""#)
        if variant.verbose {
            query.append(
                #", s.vartype AS "Type", s.context AS "Context", pg_catalog.array_to_string(p.paracl, E'\n') AS "Access privileges""#
            )
        }
        query.append("\nFROM pg_catalog.pg_settings s\n")
        if variant.verbose {
            query.append("  LEFT JOIN pg_catalog.pg_parameter_acl p\n  ON pg_catalog.lower(s.name) = p.parname\n")
        }
        if let text {
            query.addPattern(
                NamePattern(text, parts: 1), hasWhere: false, schema: nil, name: "pg_catalog.lower(s.name)",
                visibility: nil)
        } else {
            query.append("WHERE s.source <> 'default' AND\n      s.setting IS DISTINCT FROM s.boot_val\n")
        }
        query.append("ORDER BY 1;")
        return reader.showListing(
            query.sql,
            title: text == nil ? "List of non-default configuration parameters" : "List of configuration parameters")
    }
}
