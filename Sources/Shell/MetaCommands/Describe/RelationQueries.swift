/// The catalog queries behind `\d NAME`, best first (psql 15's, then ones Aurora DSQL can run).
///
/// Pure text builders. Every candidate for one purpose returns the same columns, so callers
/// read results by position whichever candidate succeeded.
enum RelationQueries {
    /// Finds the relations a pattern names: oid, schema, name.
    static func lookup(_ pattern: NamePattern, system: Bool) -> [String] {
        func build(_ visibility: String) -> String {
            let conditions = pattern.conditions(nameColumn: "c.relname", schemaColumn: "n.nspname", visibility: visibility)
            return "SELECT c.oid,\n  n.nspname,\n  c.relname\nFROM pg_catalog.pg_class c\n     LEFT JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace\n"
                + ListQueries.whereClause(conditions) + "ORDER BY 2, 3;"
        }
        return [build("pg_catalog.pg_table_is_visible(c.oid)"), build("n.nspname = ANY (pg_catalog.current_schemas(true))")]
    }

    /// pg_class facts in psql 15's order: relchecks, relkind, relhasindex, relhasrules,
    /// relhastriggers, relrowsecurity, relforcerowsecurity, relhasoids, relispartition,
    /// options (with the TOAST table's as `toast.…` when verbose), reltablespace, typed-table
    /// type, relpersistence, relreplident, access method.
    static func info(_ oid: String, verbose: Bool) -> [String] {
        let options = verbose
            ? "pg_catalog.array_to_string(c.reloptions || ARRAY(SELECT 'toast.' || x FROM pg_catalog.unnest(tc.reloptions) x), ', ')\n"
            : "''"
        func build(method: String, join: String) -> String {
            "SELECT c.relchecks, c.relkind, c.relhasindex, c.relhasrules, c.relhastriggers, c.relrowsecurity, c.relforcerowsecurity, "
                + "false AS relhasoids, c.relispartition, \(options), c.reltablespace, "
                + "CASE WHEN c.reloftype = 0 THEN '' ELSE c.reloftype::pg_catalog.regtype::pg_catalog.text END, "
                + "c.relpersistence, c.relreplident, \(method)\nFROM pg_catalog.pg_class c\n "
                + "LEFT JOIN pg_catalog.pg_class tc ON (c.reltoastrelid = tc.oid)\n\(join)WHERE c.oid = '\(oid)';"
        }
        return [
            build(method: "am.amname", join: "LEFT JOIN pg_catalog.pg_am am ON (c.relam = am.oid)\n"),
            build(method: "NULL::pg_catalog.name", join: ""),
            // The facts every PostgreSQL-like catalog has; the rest as for a plain table.
            "SELECT c.relchecks, c.relkind, c.relhasindex, false, false, false, false, false, false, "
                + "pg_catalog.array_to_string(c.reloptions, ', '), 0, '', c.relpersistence, 'd', NULL::pg_catalog.name\n"
                + "FROM pg_catalog.pg_class c\nWHERE c.oid = '\(oid)';",
        ]
    }

    /// Columns of a table-like relation: name, type, default, not null, collation, identity,
    /// generated, storage, compression, statistics target, description, FDW options (asked
    /// only of foreign tables, otherwise empty).
    static func columns(_ oid: String, foreign: Bool = false) -> [String] {
        let collation = "(SELECT c.collname FROM pg_catalog.pg_collation c, pg_catalog.pg_type t\n   WHERE c.oid = a.attcollation AND t.oid = a.atttypid AND a.attcollation <> t.typcollation)"
        let defaultValue = "(SELECT pg_catalog.pg_get_expr(d.adbin, d.adrelid, true)\n   FROM pg_catalog.pg_attrdef d\n   WHERE d.adrelid = a.attrelid AND d.adnum = a.attnum AND a.atthasdef)"
        let description = "(SELECT d.description FROM pg_catalog.pg_description d\n   WHERE d.objoid = a.attrelid AND d.objsubid = a.attnum AND d.classoid = 'pg_catalog.pg_class'::pg_catalog.regclass)"
        let fdwOptions = foreign
            ? "CASE WHEN attfdwoptions IS NULL THEN '' ELSE '(' || pg_catalog.array_to_string(ARRAY(SELECT pg_catalog.quote_ident(option_name) || ' ' || pg_catalog.quote_literal(option_value) FROM pg_catalog.pg_options_to_table(attfdwoptions)), ', ') || ')' END"
            : "''::pg_catalog.text"
        func build(_ defaultValue: String, _ collation: String, compression: String) -> String {
            "SELECT a.attname,\n  pg_catalog.format_type(a.atttypid, a.atttypmod),\n  \(defaultValue),\n  a.attnotnull,\n  \(collation) AS attcollation,\n  a.attidentity,\n  a.attgenerated,\n  a.attstorage,\n  \(compression) AS attcompression,\n  CASE WHEN a.attstattarget=-1 THEN NULL ELSE a.attstattarget END AS attstattarget,\n  \(description),\n  \(fdwOptions) AS attfdwoptions\nFROM pg_catalog.pg_attribute a\nWHERE a.attrelid = '\(oid)' AND a.attnum > 0 AND NOT a.attisdropped\nORDER BY a.attnum;"
        }
        return [
            build(defaultValue, collation, compression: "a.attcompression"),
            build(defaultValue, "NULL::pg_catalog.name", compression: "NULL::pg_catalog.text"),
            build("NULL::pg_catalog.text", "NULL::pg_catalog.name", compression: "NULL::pg_catalog.text"),
        ]
    }

    /// Columns of an index: name, type, is key, definition, storage, statistics target.
    static func indexColumns(_ oid: String) -> [String] {
        ["SELECT a.attname,\n  pg_catalog.format_type(a.atttypid, a.atttypmod),\n  CASE WHEN a.attnum <= (SELECT i.indnkeyatts FROM pg_catalog.pg_index i WHERE i.indexrelid = '\(oid)') THEN 'yes' ELSE 'no' END AS is_key,\n  pg_catalog.pg_get_indexdef(a.attrelid, a.attnum, TRUE) AS indexdef,\n  a.attstorage,\n  CASE WHEN a.attstattarget=-1 THEN NULL ELSE a.attstattarget END AS attstattarget\nFROM pg_catalog.pg_attribute a\nWHERE a.attrelid = '\(oid)' AND a.attnum > 0 AND NOT a.attisdropped\nORDER BY a.attnum;"]
    }

    /// An index's own facts: unique, primary, clustered, valid, deferrable, deferred,
    /// replica identity, nulls not distinct, access method, table, predicate.
    static func indexInfo(_ oid: String) -> [String] {
        let constraint = "EXISTS (SELECT 1 FROM pg_catalog.pg_constraint WHERE conrelid = i.indrelid AND conindid = i.indexrelid AND contype IN ('p','u','x') AND "
        func build(nullsNotDistinct: String, method: String, from: String, join: String) -> String {
            "SELECT i.indisunique, i.indisprimary, i.indisclustered, i.indisvalid,\n  (NOT i.indimmediate) AND \(constraint)condeferrable) AS condeferrable,\n  (NOT i.indimmediate) AND \(constraint)condeferred) AS condeferred,\n  i.indisreplident,\n  \(nullsNotDistinct),\n  \(method), c2.relname, pg_catalog.pg_get_expr(i.indpred, i.indrelid, true)\nFROM pg_catalog.pg_index i, pg_catalog.pg_class c, pg_catalog.pg_class c2\(from)\nWHERE i.indexrelid = c.oid AND c.oid = '\(oid)'\(join)\nAND i.indrelid = c2.oid;"
        }
        return [
            build(nullsNotDistinct: "i.indnullsnotdistinct", method: "a.amname", from: ", pg_catalog.pg_am a", join: " AND c.relam = a.oid"),
            build(nullsNotDistinct: "false", method: "substring(pg_catalog.pg_get_indexdef(i.indexrelid) from ' USING ([^ ]+) ')", from: "", join: ""),
        ]
    }

    /// A table's indexes: name, primary, unique, clustered, valid, definition, constraint
    /// definition, constraint type, deferrable, deferred, replica identity, tablespace oid.
    static func indexes(_ oid: String) -> [String] {
        [
            "SELECT c2.relname, i.indisprimary, i.indisunique, i.indisclustered, i.indisvalid, pg_catalog.pg_get_indexdef(i.indexrelid, 0, true),\n  pg_catalog.pg_get_constraintdef(con.oid, true), contype, condeferrable, condeferred, i.indisreplident, c2.reltablespace\nFROM pg_catalog.pg_class c, pg_catalog.pg_class c2, pg_catalog.pg_index i\n  LEFT JOIN pg_catalog.pg_constraint con ON (conrelid = i.indrelid AND conindid = i.indexrelid AND contype IN ('p','u','x'))\nWHERE c.oid = '\(oid)' AND c.oid = i.indrelid AND i.indexrelid = c2.oid\nORDER BY i.indisprimary DESC, c2.relname;",
            "SELECT x.indexname, false, x.indexdef LIKE 'CREATE UNIQUE %', false, true, x.indexdef,\n  NULL, NULL, false, false, false, 0::pg_catalog.oid\nFROM pg_catalog.pg_indexes x, pg_catalog.pg_class c, pg_catalog.pg_namespace n\nWHERE c.oid = '\(oid)' AND n.oid = c.relnamespace AND x.schemaname = n.nspname AND x.tablename = c.relname\nORDER BY x.indexname;",
        ]
    }

    /// A table's check constraints: name, definition.
    static func checks(_ oid: String) -> [String] {
        ["SELECT r.conname, pg_catalog.pg_get_constraintdef(r.oid, true)\nFROM pg_catalog.pg_constraint r\nWHERE r.conrelid = '\(oid)' AND r.contype = 'c'\nORDER BY 1;"]
    }

    /// The column a sequence belongs to and how: `a` owned by, `i` identity.
    static func sequenceOwner(_ oid: String) -> [String] {
        ["SELECT pg_catalog.quote_ident(nspname) || '.' ||\n   pg_catalog.quote_ident(relname) || '.' ||\n   pg_catalog.quote_ident(attname),\n   d.deptype\nFROM pg_catalog.pg_class c\nINNER JOIN pg_catalog.pg_depend d ON c.oid=d.refobjid\nINNER JOIN pg_catalog.pg_namespace n ON n.oid=c.relnamespace\nINNER JOIN pg_catalog.pg_attribute a ON (\n a.attrelid=c.oid AND\n a.attnum=d.refobjsubid)\nWHERE d.classid='pg_catalog.pg_class'::pg_catalog.regclass\n AND d.refclassid='pg_catalog.pg_class'::pg_catalog.regclass\n AND d.objid='\(oid)'\n AND d.deptype IN ('a', 'i')"]
    }

    /// A view's definition.
    static func viewDefinition(_ oid: String) -> [String] {
        [
            "SELECT pg_catalog.pg_get_viewdef('\(oid)'::pg_catalog.oid, true);",
            "SELECT v.definition FROM pg_catalog.pg_views v, pg_catalog.pg_class c, pg_catalog.pg_namespace n\nWHERE c.oid = '\(oid)' AND n.oid = c.relnamespace AND v.schemaname = n.nspname AND v.viewname = c.relname;",
        ]
    }

    /// A sequence's settings, with psql's column names.
    static func sequence(_ oid: String) -> [String] {
        ["SELECT pg_catalog.format_type(seqtypid, NULL) AS \"Type\",\n       seqstart AS \"Start\",\n       seqmin AS \"Minimum\",\n       seqmax AS \"Maximum\",\n       seqincrement AS \"Increment\",\n       CASE WHEN seqcycle THEN 'yes' ELSE 'no' END AS \"Cycles?\",\n       seqcache AS \"Cache\"\nFROM pg_catalog.pg_sequence\nWHERE seqrelid = '\(oid)';",
         "SELECT s.data_type AS \"Type\",\n       s.start_value::pg_catalog.int8 AS \"Start\",\n       s.minimum_value::pg_catalog.int8 AS \"Minimum\",\n       s.maximum_value::pg_catalog.int8 AS \"Maximum\",\n       s.increment::pg_catalog.int8 AS \"Increment\",\n       CASE WHEN s.cycle_option = 'YES' THEN 'yes' ELSE 'no' END AS \"Cycles?\",\n       NULL::pg_catalog.int8 AS \"Cache\"\nFROM information_schema.sequences s, pg_catalog.pg_class c, pg_catalog.pg_namespace n\nWHERE c.oid = '\(oid)' AND n.oid = c.relnamespace AND s.sequence_schema = n.nspname AND s.sequence_name = c.relname;"]
    }
}
