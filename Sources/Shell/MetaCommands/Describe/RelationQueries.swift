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

    /// relchecks, relkind, relhasindex, relpersistence, reloptions, access method.
    static func info(_ oid: String) -> [String] {
        let base = "SELECT c.relchecks, c.relkind, c.relhasindex, c.relpersistence, pg_catalog.array_to_string(c.reloptions, ', ')"
        return [
            base + ", am.amname\nFROM pg_catalog.pg_class c\n LEFT JOIN pg_catalog.pg_am am ON (c.relam = am.oid)\nWHERE c.oid = '\(oid)';",
            base + ", NULL::pg_catalog.text\nFROM pg_catalog.pg_class c\nWHERE c.oid = '\(oid)';",
        ]
    }

    /// Columns of a table-like relation: name, type, default, not null, collation, identity,
    /// generated, storage, compression, statistics target, description.
    static func columns(_ oid: String) -> [String] {
        let collation = "(SELECT c.collname FROM pg_catalog.pg_collation c, pg_catalog.pg_type t\n   WHERE c.oid = a.attcollation AND t.oid = a.atttypid AND a.attcollation <> t.typcollation)"
        let defaultValue = "(SELECT pg_catalog.pg_get_expr(d.adbin, d.adrelid, true)\n   FROM pg_catalog.pg_attrdef d\n   WHERE d.adrelid = a.attrelid AND d.adnum = a.attnum AND a.atthasdef)"
        let description = "(SELECT d.description FROM pg_catalog.pg_description d\n   WHERE d.objoid = a.attrelid AND d.objsubid = a.attnum AND d.classoid = 'pg_catalog.pg_class'::pg_catalog.regclass)"
        func build(_ defaultValue: String, _ collation: String, compression: String) -> String {
            "SELECT a.attname,\n  pg_catalog.format_type(a.atttypid, a.atttypmod),\n  \(defaultValue),\n  a.attnotnull,\n  \(collation) AS attcollation,\n  a.attidentity,\n  a.attgenerated,\n  a.attstorage,\n  \(compression) AS attcompression,\n  CASE WHEN a.attstattarget=-1 THEN NULL ELSE a.attstattarget END AS attstattarget,\n  \(description)\nFROM pg_catalog.pg_attribute a\nWHERE a.attrelid = '\(oid)' AND a.attnum > 0 AND NOT a.attisdropped\nORDER BY a.attnum;"
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
    /// definition, constraint type, deferrable, deferred, replica identity.
    static func indexes(_ oid: String) -> [String] {
        [
            "SELECT c2.relname, i.indisprimary, i.indisunique, i.indisclustered, i.indisvalid, pg_catalog.pg_get_indexdef(i.indexrelid, 0, true),\n  pg_catalog.pg_get_constraintdef(con.oid, true), contype, condeferrable, condeferred, i.indisreplident\nFROM pg_catalog.pg_class c, pg_catalog.pg_class c2, pg_catalog.pg_index i\n  LEFT JOIN pg_catalog.pg_constraint con ON (conrelid = i.indrelid AND conindid = i.indexrelid AND contype IN ('p','u','x'))\nWHERE c.oid = '\(oid)' AND c.oid = i.indrelid AND i.indexrelid = c2.oid\nORDER BY i.indisprimary DESC, c2.relname;",
            "SELECT x.indexname, false, x.indexdef LIKE 'CREATE UNIQUE %', false, true, x.indexdef,\n  NULL, NULL, false, false, false\nFROM pg_catalog.pg_indexes x, pg_catalog.pg_class c, pg_catalog.pg_namespace n\nWHERE c.oid = '\(oid)' AND n.oid = c.relnamespace AND x.schemaname = n.nspname AND x.tablename = c.relname\nORDER BY x.indexname;",
        ]
    }

    /// A table's check constraints: name, definition.
    static func checks(_ oid: String) -> [String] {
        ["SELECT r.conname, pg_catalog.pg_get_constraintdef(r.oid, true)\nFROM pg_catalog.pg_constraint r\nWHERE r.conrelid = '\(oid)' AND r.contype = 'c'\nORDER BY 1;"]
    }

    /// Foreign keys the table holds: name, definition, whether it is on this table, table.
    static func foreignKeys(_ oid: String) -> [String] {
        ["SELECT true as sametable, conname,\n  pg_catalog.pg_get_constraintdef(r.oid, true) as condef,\n  conrelid::pg_catalog.regclass AS ontable\nFROM pg_catalog.pg_constraint r\nWHERE r.conrelid = '\(oid)' AND r.contype = 'f'\n     AND (r.conparentid = 0 OR r.conparentid IS NULL)\nORDER BY conname;"]
    }

    /// Foreign keys of other tables that point at this one: name, table, definition.
    static func referencedBy(_ oid: String) -> [String] {
        ["SELECT conname, conrelid::pg_catalog.regclass AS ontable,\n       pg_catalog.pg_get_constraintdef(oid, true) AS condef\n  FROM pg_catalog.pg_constraint c\n WHERE confrelid = '\(oid)'\n       AND contype = 'f' AND conparentid = 0\nORDER BY conname;"]
    }

    /// The column a sequence belongs to and how: `a` owned by, `i` identity.
    static func sequenceOwner(_ oid: String) -> [String] {
        ["SELECT pg_catalog.quote_ident(nspname) || '.' ||\n   pg_catalog.quote_ident(relname) || '.' ||\n   pg_catalog.quote_ident(attname),\n   d.deptype\nFROM pg_catalog.pg_class c\nINNER JOIN pg_catalog.pg_depend d ON c.oid=d.refobjid\nINNER JOIN pg_catalog.pg_namespace n ON n.oid=c.relnamespace\nINNER JOIN pg_catalog.pg_attribute a ON (\n a.attrelid=c.oid AND\n a.attnum=d.refobjsubid)\nWHERE d.classid='pg_catalog.pg_class'::pg_catalog.regclass\n AND d.refclassid='pg_catalog.pg_class'::pg_catalog.regclass\n AND d.objid='\(oid)'\n AND d.deptype IN ('a', 'i')"]
    }

    /// A partitioned table's key and how many partitions it has.
    static func partitioning(_ oid: String) -> [String] {
        ["SELECT pg_catalog.pg_get_partkeydef('\(oid)'::pg_catalog.oid),\n  (SELECT pg_catalog.count(*) FROM pg_catalog.pg_inherits i WHERE i.inhparent = '\(oid)');"]
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
