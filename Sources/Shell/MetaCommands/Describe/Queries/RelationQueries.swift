/// The catalog queries behind `\d NAME`, best first (psql 15's, then ones Aurora DSQL can run).
///
/// Pure text builders. Every candidate for one purpose returns the same columns, so callers
/// read results by position whichever candidate succeeded. The SQL is laid out as psql's
/// describe.c sends it; a line ending in `\` continues on the next one.
enum RelationQueries {
    /// Finds the relations a pattern names: oid, schema, name.
    static func lookup(_ pattern: NamePattern, system: Bool) -> [String] {
        func build(_ visibility: String) -> String {
            let conditions = pattern.conditions(
                nameColumn: "c.relname", schemaColumn: "n.nspname", visibility: visibility)
            return """
                SELECT c.oid,
                  n.nspname,
                  c.relname
                FROM pg_catalog.pg_class c
                     LEFT JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace

                """ + ListQueries.whereClause(conditions) + "ORDER BY 2, 3;"
        }
        return [
            build("pg_catalog.pg_table_is_visible(c.oid)"), build("n.nspname = ANY (pg_catalog.current_schemas(true))"),
        ]
    }

    /// pg_class facts in psql 15's order: relchecks, relkind, relhasindex, relhasrules,
    /// relhastriggers, relrowsecurity, relforcerowsecurity, relhasoids, relispartition,
    /// options (with the TOAST table's as `toast.…` when verbose), reltablespace, typed-table
    /// type, relpersistence, relreplident, access method.
    static func info(_ oid: String, verbose: Bool) -> [String] {
        let options =
            verbose
            ? """
            pg_catalog.array_to_string(c.reloptions || \
            ARRAY(SELECT 'toast.' || x FROM pg_catalog.unnest(tc.reloptions) x), ', ')

            """
            : "''"
        func build(method: String, join: String) -> String {
            """
            SELECT c.relchecks, c.relkind, c.relhasindex, c.relhasrules, \
            c.relhastriggers, c.relrowsecurity, c.relforcerowsecurity, \
            false AS relhasoids, c.relispartition, \(options), c.reltablespace, \
            CASE WHEN c.reloftype = 0 THEN '' ELSE c.reloftype::pg_catalog.regtype::pg_catalog.text END, \
            c.relpersistence, c.relreplident, \(method)
            FROM pg_catalog.pg_class c
             LEFT JOIN pg_catalog.pg_class tc ON (c.reltoastrelid = tc.oid)
            \(join)WHERE c.oid = '\(oid)';
            """
        }
        return [
            build(method: "am.amname", join: "LEFT JOIN pg_catalog.pg_am am ON (c.relam = am.oid)\n"),
            build(method: "NULL::pg_catalog.name", join: ""),
            // The facts every PostgreSQL-like catalog has; the rest as for a plain table.
            """
            SELECT c.relchecks, c.relkind, c.relhasindex, false, false, false, false, false, false, \
            pg_catalog.array_to_string(c.reloptions, ', '), 0, '', c.relpersistence, 'd', NULL::pg_catalog.name
            FROM pg_catalog.pg_class c
            WHERE c.oid = '\(oid)';
            """,
        ]
    }

    /// Columns of a table-like relation: name, type, default, not null, collation, identity,
    /// generated, storage, compression, statistics target, description, FDW options (asked
    /// only of foreign tables, otherwise empty).
    static func columns(_ oid: String, foreign: Bool = false) -> [String] {
        let collation = """
            (SELECT c.collname FROM pg_catalog.pg_collation c, pg_catalog.pg_type t
               WHERE c.oid = a.attcollation AND t.oid = a.atttypid AND a.attcollation <> t.typcollation)
            """
        let defaultValue = """
            (SELECT pg_catalog.pg_get_expr(d.adbin, d.adrelid, true)
               FROM pg_catalog.pg_attrdef d
               WHERE d.adrelid = a.attrelid AND d.adnum = a.attnum AND a.atthasdef)
            """
        let description = """
            (SELECT d.description FROM pg_catalog.pg_description d
               WHERE d.objoid = a.attrelid AND d.objsubid = a.attnum \
            AND d.classoid = 'pg_catalog.pg_class'::pg_catalog.regclass)
            """
        let fdwOptions =
            foreign
            ? """
            CASE WHEN attfdwoptions IS NULL THEN '' ELSE '(' || \
            pg_catalog.array_to_string(ARRAY(SELECT pg_catalog.quote_ident(option_name) || ' ' || \
            pg_catalog.quote_literal(option_value) FROM pg_catalog.pg_options_to_table(attfdwoptions)), ', ') \
            || ')' END
            """
            : "''::pg_catalog.text"
        func build(_ defaultValue: String, _ collation: String, compression: String) -> String {
            """
            SELECT a.attname,
              pg_catalog.format_type(a.atttypid, a.atttypmod),
              \(defaultValue),
              a.attnotnull,
              \(collation) AS attcollation,
              a.attidentity,
              a.attgenerated,
              a.attstorage,
              \(compression) AS attcompression,
              CASE WHEN a.attstattarget=-1 THEN NULL ELSE a.attstattarget END AS attstattarget,
              \(description),
              \(fdwOptions) AS attfdwoptions
            FROM pg_catalog.pg_attribute a
            WHERE a.attrelid = '\(oid)' AND a.attnum > 0 AND NOT a.attisdropped
            ORDER BY a.attnum;
            """
        }
        return [
            build(defaultValue, collation, compression: "a.attcompression"),
            build(defaultValue, "NULL::pg_catalog.name", compression: "NULL::pg_catalog.text"),
            build("NULL::pg_catalog.text", "NULL::pg_catalog.name", compression: "NULL::pg_catalog.text"),
        ]
    }

    /// Columns of an index: name, type, is key, definition, storage, statistics target.
    static func indexColumns(_ oid: String) -> [String] {
        [
            """
            SELECT a.attname,
              pg_catalog.format_type(a.atttypid, a.atttypmod),
              CASE WHEN a.attnum <= (SELECT i.indnkeyatts FROM pg_catalog.pg_index i \
            WHERE i.indexrelid = '\(oid)') THEN 'yes' ELSE 'no' END AS is_key,
              pg_catalog.pg_get_indexdef(a.attrelid, a.attnum, TRUE) AS indexdef,
              a.attstorage,
              CASE WHEN a.attstattarget=-1 THEN NULL ELSE a.attstattarget END AS attstattarget
            FROM pg_catalog.pg_attribute a
            WHERE a.attrelid = '\(oid)' AND a.attnum > 0 AND NOT a.attisdropped
            ORDER BY a.attnum;
            """
        ]
    }

    /// An index's own facts: unique, primary, clustered, valid, deferrable, deferred,
    /// replica identity, nulls not distinct, access method, table, predicate.
    static func indexInfo(_ oid: String) -> [String] {
        func constraint(_ column: String) -> String {
            """
            EXISTS (SELECT 1 FROM pg_catalog.pg_constraint \
            WHERE conrelid = i.indrelid AND conindid = i.indexrelid \
            AND contype IN ('p','u','x') AND \(column))
            """
        }
        func build(nullsNotDistinct: String, method: String, from: String, join: String) -> String {
            """
            SELECT i.indisunique, i.indisprimary, i.indisclustered, i.indisvalid,
              (NOT i.indimmediate) AND \(constraint("condeferrable")) AS condeferrable,
              (NOT i.indimmediate) AND \(constraint("condeferred")) AS condeferred,
              i.indisreplident,
              \(nullsNotDistinct),
              \(method), c2.relname, pg_catalog.pg_get_expr(i.indpred, i.indrelid, true)
            FROM pg_catalog.pg_index i, pg_catalog.pg_class c, pg_catalog.pg_class c2\(from)
            WHERE i.indexrelid = c.oid AND c.oid = '\(oid)'\(join)
            AND i.indrelid = c2.oid;
            """
        }
        return [
            build(
                nullsNotDistinct: "i.indnullsnotdistinct", method: "a.amname", from: ", pg_catalog.pg_am a",
                join: " AND c.relam = a.oid"),
            build(
                nullsNotDistinct: "false",
                method: "substring(pg_catalog.pg_get_indexdef(i.indexrelid) from ' USING ([^ ]+) ')", from: "", join: ""
            ),
        ]
    }

    /// A table's indexes: name, primary, unique, clustered, valid, definition, constraint
    /// definition, constraint type, deferrable, deferred, replica identity, tablespace oid.
    static func indexes(_ oid: String) -> [String] {
        [
            """
            SELECT c2.relname, i.indisprimary, i.indisunique, i.indisclustered, i.indisvalid, \
            pg_catalog.pg_get_indexdef(i.indexrelid, 0, true),
              pg_catalog.pg_get_constraintdef(con.oid, true), contype, condeferrable, condeferred, \
            i.indisreplident, c2.reltablespace
            FROM pg_catalog.pg_class c, pg_catalog.pg_class c2, pg_catalog.pg_index i
              LEFT JOIN pg_catalog.pg_constraint con ON (conrelid = i.indrelid AND conindid = i.indexrelid \
            AND contype IN ('p','u','x'))
            WHERE c.oid = '\(oid)' AND c.oid = i.indrelid AND i.indexrelid = c2.oid
            ORDER BY i.indisprimary DESC, c2.relname;
            """,
            """
            SELECT x.indexname, false, x.indexdef LIKE 'CREATE UNIQUE %', false, true, x.indexdef,
              NULL, NULL, false, false, false, 0::pg_catalog.oid
            FROM pg_catalog.pg_indexes x, pg_catalog.pg_class c, pg_catalog.pg_namespace n
            WHERE c.oid = '\(oid)' AND n.oid = c.relnamespace \
            AND x.schemaname = n.nspname AND x.tablename = c.relname
            ORDER BY x.indexname;
            """,
        ]
    }

    /// A table's check constraints: name, definition.
    static func checks(_ oid: String) -> [String] {
        [
            """
            SELECT r.conname, pg_catalog.pg_get_constraintdef(r.oid, true)
            FROM pg_catalog.pg_constraint r
            WHERE r.conrelid = '\(oid)' AND r.contype = 'c'
            ORDER BY 1;
            """
        ]
    }

    /// The column a sequence belongs to and how: `a` owned by, `i` identity.
    static func sequenceOwner(_ oid: String) -> [String] {
        [
            """
            SELECT pg_catalog.quote_ident(nspname) || '.' ||
               pg_catalog.quote_ident(relname) || '.' ||
               pg_catalog.quote_ident(attname),
               d.deptype
            FROM pg_catalog.pg_class c
            INNER JOIN pg_catalog.pg_depend d ON c.oid=d.refobjid
            INNER JOIN pg_catalog.pg_namespace n ON n.oid=c.relnamespace
            INNER JOIN pg_catalog.pg_attribute a ON (
             a.attrelid=c.oid AND
             a.attnum=d.refobjsubid)
            WHERE d.classid='pg_catalog.pg_class'::pg_catalog.regclass
             AND d.refclassid='pg_catalog.pg_class'::pg_catalog.regclass
             AND d.objid='\(oid)'
             AND d.deptype IN ('a', 'i')
            """
        ]
    }

    /// A view's definition.
    static func viewDefinition(_ oid: String) -> [String] {
        [
            "SELECT pg_catalog.pg_get_viewdef('\(oid)'::pg_catalog.oid, true);",
            """
            SELECT v.definition FROM pg_catalog.pg_views v, pg_catalog.pg_class c, pg_catalog.pg_namespace n
            WHERE c.oid = '\(oid)' AND n.oid = c.relnamespace AND v.schemaname = n.nspname AND v.viewname = c.relname;
            """,
        ]
    }

    /// A sequence's settings, with psql's column names.
    static func sequence(_ oid: String) -> [String] {
        [
            """
            SELECT pg_catalog.format_type(seqtypid, NULL) AS "Type",
                   seqstart AS "Start",
                   seqmin AS "Minimum",
                   seqmax AS "Maximum",
                   seqincrement AS "Increment",
                   CASE WHEN seqcycle THEN 'yes' ELSE 'no' END AS "Cycles?",
                   seqcache AS "Cache"
            FROM pg_catalog.pg_sequence
            WHERE seqrelid = '\(oid)';
            """,
            """
            SELECT s.data_type AS "Type",
                   s.start_value::pg_catalog.int8 AS "Start",
                   s.minimum_value::pg_catalog.int8 AS "Minimum",
                   s.maximum_value::pg_catalog.int8 AS "Maximum",
                   s.increment::pg_catalog.int8 AS "Increment",
                   CASE WHEN s.cycle_option = 'YES' THEN 'yes' ELSE 'no' END AS "Cycles?",
                   NULL::pg_catalog.int8 AS "Cache"
            FROM information_schema.sequences s, pg_catalog.pg_class c, pg_catalog.pg_namespace n
            WHERE c.oid = '\(oid)' AND n.oid = c.relnamespace \
            AND s.sequence_schema = n.nspname AND s.sequence_name = c.relname;
            """,
        ]
    }
}
