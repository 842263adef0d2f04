/// The catalog queries behind the footers of `\d NAME` (constraints, partitions,
/// inheritance, rules, triggers, policies, publications …), psql 15's where it can be.
///
/// Pure text builders; callers read results by position. A section whose query fails
/// (a catalog Aurora DSQL lacks) is left out. The SQL is laid out as psql's describe.c
/// sends it; a line ending in `\` continues on the next one.
enum RelationFooterQueries {
    /// A partition's parent, bound, whether a detach is pending, and (verbose) its constraint.
    static func partitionOf(_ oid: String, verbose: Bool) -> [String] {
        let constraint = verbose ? ",\n  pg_catalog.pg_get_partition_constraintdef(c.oid)" : ""
        return [
            """
            SELECT inhparent::pg_catalog.regclass,
              pg_catalog.pg_get_expr(c.relpartbound, c.oid),
              inhdetachpending\(constraint)
            FROM pg_catalog.pg_class c JOIN pg_catalog.pg_inherits i ON c.oid = inhrelid
            WHERE c.oid = '\(oid)';
            """
        ]
    }

    /// A partitioned table's partition key.
    static func partitionKey(_ oid: String) -> [String] {
        ["SELECT pg_catalog.pg_get_partkeydef('\(oid)'::pg_catalog.oid);"]
    }

    /// The table a TOAST table belongs to: schema, name.
    static func toastOwner(_ oid: String) -> [String] {
        [
            """
            SELECT n.nspname, c.relname
            FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            WHERE reltoastrelid = '\(oid)';
            """
        ]
    }

    /// Foreign keys the table holds: whether defined on this table, name, definition, table
    /// (for partitions and partitioned tables, also those inherited from ancestors).
    static func foreignKeys(_ oid: String, partitioned: Bool) -> [String] {
        guard partitioned else {
            return [
                """
                SELECT true as sametable, conname,
                  pg_catalog.pg_get_constraintdef(r.oid, true) as condef,
                  conrelid::pg_catalog.regclass AS ontable
                FROM pg_catalog.pg_constraint r
                WHERE r.conrelid = '\(oid)' AND r.contype = 'f'
                     AND conparentid = 0
                ORDER BY conname;
                """
            ]
        }
        return [
            """
            SELECT conrelid = '\(oid)'::pg_catalog.regclass AS sametable,
                   conname,
                   pg_catalog.pg_get_constraintdef(oid, true) AS condef,
                   conrelid::pg_catalog.regclass AS ontable
              FROM pg_catalog.pg_constraint,
                   pg_catalog.pg_partition_ancestors('\(oid)')
             WHERE conrelid = relid AND contype = 'f' AND conparentid = 0
            ORDER BY sametable DESC, conname;
            """
        ]
    }

    /// Foreign keys of other tables that point at this one or its ancestors: name, table, definition.
    static func referencedBy(_ oid: String) -> [String] {
        [
            """
            SELECT conname, conrelid::pg_catalog.regclass AS ontable,
                   pg_catalog.pg_get_constraintdef(oid, true) AS condef
              FROM pg_catalog.pg_constraint c
             WHERE confrelid IN (SELECT pg_catalog.pg_partition_ancestors('\(oid)')
                                 UNION ALL VALUES ('\(oid)'::pg_catalog.regclass))
                   AND contype = 'f' AND conparentid = 0
            ORDER BY conname;
            """
        ]
    }

    /// Row-level policies: name, permissive, roles, USING, WITH CHECK, command.
    static func policies(_ oid: String) -> [String] {
        [
            """
            SELECT pol.polname, pol.polpermissive,
              CASE WHEN pol.polroles = '{0}' THEN NULL ELSE \
            pg_catalog.array_to_string(ARRAY(SELECT rolname FROM pg_catalog.pg_roles \
            WHERE oid = ANY (pol.polroles) ORDER BY 1),',') END,
              pg_catalog.pg_get_expr(pol.polqual, pol.polrelid),
              pg_catalog.pg_get_expr(pol.polwithcheck, pol.polrelid),
              CASE pol.polcmd
                WHEN 'r' THEN 'SELECT'
                WHEN 'a' THEN 'INSERT'
                WHEN 'w' THEN 'UPDATE'
                WHEN 'd' THEN 'DELETE'
                END AS cmd
            FROM pg_catalog.pg_policy pol
            WHERE pol.polrelid = '\(oid)' ORDER BY 1;
            """
        ]
    }

    /// Extended statistics objects: oid, table, schema, name, columns, ndistinct,
    /// dependencies, mcv, statistics target.
    static func statistics(_ oid: String) -> [String] {
        [
            """
            SELECT oid, stxrelid::pg_catalog.regclass, \
            stxnamespace::pg_catalog.regnamespace::pg_catalog.text AS nsp, stxname,
            pg_catalog.pg_get_statisticsobjdef_columns(oid) AS columns,
              'd' = ANY (stxkind) AS ndist_enabled,
              'f' = ANY (stxkind) AS deps_enabled,
              'm' = ANY (stxkind) AS mcv_enabled,
            stxstattarget
            FROM pg_catalog.pg_statistic_ext
            WHERE stxrelid = '\(oid)'
            ORDER BY nsp, stxname;
            """
        ]
    }

    /// A table's rewrite rules: name, definition without its `;`, how it fires.
    static func rules(_ oid: String) -> [String] {
        [
            """
            SELECT r.rulename, pg_catalog.rtrim(pg_catalog.pg_get_ruledef(r.oid, true), ';'), ev_enabled
            FROM pg_catalog.pg_rewrite r
            WHERE r.ev_class = '\(oid)' ORDER BY 1;
            """
        ]
    }

    /// A view's rules other than its `_RETURN` rule: name, definition without its `;`.
    static func viewRules(_ oid: String) -> [String] {
        [
            """
            SELECT r.rulename, pg_catalog.rtrim(pg_catalog.pg_get_ruledef(r.oid, true), ';')
            FROM pg_catalog.pg_rewrite r
            WHERE r.ev_class = '\(oid)' AND r.rulename != '_RETURN' ORDER BY 1;
            """
        ]
    }

    /// The publications a table is in: name, row filter, column list.
    ///
    /// Which relations can be published (psql asks `pg_relation_is_publishable`) is written
    /// out: permanent tables and partitioned tables created after initdb.
    static func publications(_ oid: String) -> [String] {
        let publishable = """
            EXISTS (SELECT 1 FROM pg_catalog.pg_class x \
            WHERE x.oid = '\(oid)' AND x.relkind IN ('r', 'p') \
            AND x.relpersistence = 'p' AND x.oid >= 16384)
            """
        return [
            """
            SELECT pubname
                 , NULL
                 , NULL
            FROM pg_catalog.pg_publication p
                 JOIN pg_catalog.pg_publication_namespace pn ON p.oid = pn.pnpubid
                 JOIN pg_catalog.pg_class pc ON pc.relnamespace = pn.pnnspid
            WHERE pc.oid ='\(oid)' AND \(publishable)
            UNION
            SELECT pubname
                 , pg_catalog.pg_get_expr(pr.prqual, c.oid)
                 , (CASE WHEN pr.prattrs IS NOT NULL THEN
                     (SELECT pg_catalog.string_agg(attname, ', ')
                       FROM pg_catalog.generate_series(0, pg_catalog.array_upper(pr.prattrs::pg_catalog.int2[], 1)) s,
                            pg_catalog.pg_attribute
                      WHERE attrelid = pr.prrelid AND attnum = prattrs[s])
                    ELSE NULL END) FROM pg_catalog.pg_publication p
                 JOIN pg_catalog.pg_publication_rel pr ON p.oid = pr.prpubid
                 JOIN pg_catalog.pg_class c ON c.oid = pr.prrelid
            WHERE pr.prrelid = '\(oid)'
            UNION
            SELECT pubname
                 , NULL
                 , NULL
            FROM pg_catalog.pg_publication p
            WHERE p.puballtables AND \(publishable)
            ORDER BY 1;
            """
        ]
    }

    /// User triggers (and disabled internal ones): name, definition, enabled, internal, and
    /// the topmost partitioned table an inherited trigger comes from.
    static func triggers(_ oid: String) -> [String] {
        [
            """
            SELECT t.tgname, pg_catalog.pg_get_triggerdef(t.oid, true), t.tgenabled, t.tgisinternal,
              CASE WHEN t.tgparentid != 0 THEN
                (SELECT u.tgrelid::pg_catalog.regclass
                 FROM pg_catalog.pg_trigger AS u,
                      pg_catalog.pg_partition_ancestors(t.tgrelid) WITH ORDINALITY AS ANC(relid, depth)
                 WHERE u.tgname = t.tgname AND u.tgrelid = ANC.relid
                       AND u.tgparentid = 0
                 ORDER BY ANC.depth LIMIT 1)
              END AS parent
            FROM pg_catalog.pg_trigger t
            WHERE t.tgrelid = '\(oid)' AND (NOT t.tgisinternal OR (t.tgisinternal AND t.tgenabled = 'D'))
            ORDER BY 1;
            """
        ]
    }

    /// A foreign table's server and its table-level options.
    static func foreignServer(_ oid: String) -> [String] {
        [
            """
            SELECT s.srvname,
              pg_catalog.array_to_string(ARRAY(
                SELECT pg_catalog.quote_ident(option_name) || ' ' || pg_catalog.quote_literal(option_value)
                FROM pg_catalog.pg_options_to_table(ftoptions)),  ', ')
            FROM pg_catalog.pg_foreign_table f,
                 pg_catalog.pg_foreign_server s
            WHERE f.ftrelid = '\(oid)' AND s.oid = f.ftserver;
            """
        ]
    }

    /// The tables this one inherits from (partitioned parents left out), in order.
    static func parents(_ oid: String) -> [String] {
        [
            """
            SELECT c.oid::pg_catalog.regclass
            FROM pg_catalog.pg_class c, pg_catalog.pg_inherits i
            WHERE c.oid = i.inhparent AND i.inhrelid = '\(oid)'
              AND c.relkind != 'p' AND c.relkind != 'I'
            ORDER BY inhseqno;
            """
        ]
    }

    /// Child tables or partitions: name, relkind, detach pending, partition bound.
    static func children(_ oid: String) -> [String] {
        [
            """
            SELECT c.oid::pg_catalog.regclass, c.relkind, inhdetachpending, pg_catalog.pg_get_expr(c.relpartbound, c.oid)
            FROM pg_catalog.pg_class c, pg_catalog.pg_inherits i
            WHERE c.oid = i.inhrelid AND i.inhparent = '\(oid)'
            ORDER BY pg_catalog.pg_get_expr(c.relpartbound, c.oid) = 'DEFAULT', \
            c.oid::pg_catalog.regclass::pg_catalog.text;
            """
        ]
    }

    /// The name of the tablespace with this oid.
    static func tablespace(_ oid: String) -> [String] {
        [
            """
            SELECT spcname FROM pg_catalog.pg_tablespace
            WHERE oid = '\(oid)';
            """
        ]
    }
}
