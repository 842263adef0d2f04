/// The catalog queries behind the footers of `\d NAME` (constraints, partitions,
/// inheritance, rules, triggers, policies, publications …), psql 15's where it can be.
///
/// Pure text builders; callers read results by position. A section whose query fails
/// (a catalog Aurora DSQL lacks) is left out.
enum RelationFooterQueries {
    /// A partition's parent, bound, whether a detach is pending, and (verbose) its constraint.
    static func partitionOf(_ oid: String, verbose: Bool) -> [String] {
        let constraint = verbose ? ",\n  pg_catalog.pg_get_partition_constraintdef(c.oid)" : ""
        return ["SELECT inhparent::pg_catalog.regclass,\n  pg_catalog.pg_get_expr(c.relpartbound, c.oid),\n  inhdetachpending\(constraint)\nFROM pg_catalog.pg_class c JOIN pg_catalog.pg_inherits i ON c.oid = inhrelid\nWHERE c.oid = '\(oid)';"]
    }

    /// A partitioned table's partition key.
    static func partitionKey(_ oid: String) -> [String] {
        ["SELECT pg_catalog.pg_get_partkeydef('\(oid)'::pg_catalog.oid);"]
    }

    /// The table a TOAST table belongs to: schema, name.
    static func toastOwner(_ oid: String) -> [String] {
        ["SELECT n.nspname, c.relname\nFROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace\nWHERE reltoastrelid = '\(oid)';"]
    }

    /// Foreign keys the table holds: whether defined on this table, name, definition, table
    /// (for partitions and partitioned tables, also those inherited from ancestors).
    static func foreignKeys(_ oid: String, partitioned: Bool) -> [String] {
        let plain = "SELECT true as sametable, conname,\n  pg_catalog.pg_get_constraintdef(r.oid, true) as condef,\n  conrelid::pg_catalog.regclass AS ontable\nFROM pg_catalog.pg_constraint r\nWHERE r.conrelid = '\(oid)' AND r.contype = 'f'\n     AND conparentid = 0\nORDER BY conname;"
        guard partitioned else { return [plain] }
        return ["SELECT conrelid = '\(oid)'::pg_catalog.regclass AS sametable,\n       conname,\n       pg_catalog.pg_get_constraintdef(oid, true) AS condef,\n       conrelid::pg_catalog.regclass AS ontable\n  FROM pg_catalog.pg_constraint,\n       pg_catalog.pg_partition_ancestors('\(oid)')\n WHERE conrelid = relid AND contype = 'f' AND conparentid = 0\nORDER BY sametable DESC, conname;"]
    }

    /// Foreign keys of other tables that point at this one or its ancestors: name, table, definition.
    static func referencedBy(_ oid: String) -> [String] {
        ["SELECT conname, conrelid::pg_catalog.regclass AS ontable,\n       pg_catalog.pg_get_constraintdef(oid, true) AS condef\n  FROM pg_catalog.pg_constraint c\n WHERE confrelid IN (SELECT pg_catalog.pg_partition_ancestors('\(oid)')\n                     UNION ALL VALUES ('\(oid)'::pg_catalog.regclass))\n       AND contype = 'f' AND conparentid = 0\nORDER BY conname;"]
    }

    /// Row-level policies: name, permissive, roles, USING, WITH CHECK, command.
    static func policies(_ oid: String) -> [String] {
        ["SELECT pol.polname, pol.polpermissive,\n  CASE WHEN pol.polroles = '{0}' THEN NULL ELSE pg_catalog.array_to_string(ARRAY(SELECT rolname FROM pg_catalog.pg_roles WHERE oid = ANY (pol.polroles) ORDER BY 1),',') END,\n  pg_catalog.pg_get_expr(pol.polqual, pol.polrelid),\n  pg_catalog.pg_get_expr(pol.polwithcheck, pol.polrelid),\n  CASE pol.polcmd\n    WHEN 'r' THEN 'SELECT'\n    WHEN 'a' THEN 'INSERT'\n    WHEN 'w' THEN 'UPDATE'\n    WHEN 'd' THEN 'DELETE'\n    END AS cmd\nFROM pg_catalog.pg_policy pol\nWHERE pol.polrelid = '\(oid)' ORDER BY 1;"]
    }

    /// Extended statistics objects: oid, table, schema, name, columns, ndistinct,
    /// dependencies, mcv, statistics target.
    static func statistics(_ oid: String) -> [String] {
        ["SELECT oid, stxrelid::pg_catalog.regclass, stxnamespace::pg_catalog.regnamespace::pg_catalog.text AS nsp, stxname,\npg_catalog.pg_get_statisticsobjdef_columns(oid) AS columns,\n  'd' = ANY (stxkind) AS ndist_enabled,\n  'f' = ANY (stxkind) AS deps_enabled,\n  'm' = ANY (stxkind) AS mcv_enabled,\nstxstattarget\nFROM pg_catalog.pg_statistic_ext\nWHERE stxrelid = '\(oid)'\nORDER BY nsp, stxname;"]
    }

    /// A table's rewrite rules: name, definition without its `;`, how it fires.
    static func rules(_ oid: String) -> [String] {
        ["SELECT r.rulename, pg_catalog.rtrim(pg_catalog.pg_get_ruledef(r.oid, true), ';'), ev_enabled\nFROM pg_catalog.pg_rewrite r\nWHERE r.ev_class = '\(oid)' ORDER BY 1;"]
    }

    /// A view's rules other than its `_RETURN` rule: name, definition without its `;`.
    static func viewRules(_ oid: String) -> [String] {
        ["SELECT r.rulename, pg_catalog.rtrim(pg_catalog.pg_get_ruledef(r.oid, true), ';')\nFROM pg_catalog.pg_rewrite r\nWHERE r.ev_class = '\(oid)' AND r.rulename != '_RETURN' ORDER BY 1;"]
    }

    /// The publications a table is in: name, row filter, column list.
    ///
    /// Which relations can be published (psql asks `pg_relation_is_publishable`) is written
    /// out: permanent tables and partitioned tables created after initdb.
    static func publications(_ oid: String) -> [String] {
        let publishable = "EXISTS (SELECT 1 FROM pg_catalog.pg_class x WHERE x.oid = '\(oid)' AND x.relkind IN ('r', 'p') AND x.relpersistence = 'p' AND x.oid >= 16384)"
        return ["SELECT pubname\n     , NULL\n     , NULL\nFROM pg_catalog.pg_publication p\n     JOIN pg_catalog.pg_publication_namespace pn ON p.oid = pn.pnpubid\n     JOIN pg_catalog.pg_class pc ON pc.relnamespace = pn.pnnspid\nWHERE pc.oid ='\(oid)' AND \(publishable)\nUNION\nSELECT pubname\n     , pg_catalog.pg_get_expr(pr.prqual, c.oid)\n     , (CASE WHEN pr.prattrs IS NOT NULL THEN\n         (SELECT pg_catalog.string_agg(attname, ', ')\n           FROM pg_catalog.generate_series(0, pg_catalog.array_upper(pr.prattrs::pg_catalog.int2[], 1)) s,\n                pg_catalog.pg_attribute\n          WHERE attrelid = pr.prrelid AND attnum = prattrs[s])\n        ELSE NULL END) FROM pg_catalog.pg_publication p\n     JOIN pg_catalog.pg_publication_rel pr ON p.oid = pr.prpubid\n     JOIN pg_catalog.pg_class c ON c.oid = pr.prrelid\nWHERE pr.prrelid = '\(oid)'\nUNION\nSELECT pubname\n     , NULL\n     , NULL\nFROM pg_catalog.pg_publication p\nWHERE p.puballtables AND \(publishable)\nORDER BY 1;"]
    }

    /// User triggers (and disabled internal ones): name, definition, enabled, internal, and
    /// the topmost partitioned table an inherited trigger comes from.
    static func triggers(_ oid: String) -> [String] {
        ["SELECT t.tgname, pg_catalog.pg_get_triggerdef(t.oid, true), t.tgenabled, t.tgisinternal,\n  CASE WHEN t.tgparentid != 0 THEN\n    (SELECT u.tgrelid::pg_catalog.regclass\n     FROM pg_catalog.pg_trigger AS u,\n          pg_catalog.pg_partition_ancestors(t.tgrelid) WITH ORDINALITY AS ANC(relid, depth)\n     WHERE u.tgname = t.tgname AND u.tgrelid = ANC.relid\n           AND u.tgparentid = 0\n     ORDER BY ANC.depth LIMIT 1)\n  END AS parent\nFROM pg_catalog.pg_trigger t\nWHERE t.tgrelid = '\(oid)' AND (NOT t.tgisinternal OR (t.tgisinternal AND t.tgenabled = 'D'))\nORDER BY 1;"]
    }

    /// A foreign table's server and its table-level options.
    static func foreignServer(_ oid: String) -> [String] {
        ["SELECT s.srvname,\n  pg_catalog.array_to_string(ARRAY(\n    SELECT pg_catalog.quote_ident(option_name) || ' ' || pg_catalog.quote_literal(option_value)\n    FROM pg_catalog.pg_options_to_table(ftoptions)),  ', ')\nFROM pg_catalog.pg_foreign_table f,\n     pg_catalog.pg_foreign_server s\nWHERE f.ftrelid = '\(oid)' AND s.oid = f.ftserver;"]
    }

    /// The tables this one inherits from (partitioned parents left out), in order.
    static func parents(_ oid: String) -> [String] {
        ["SELECT c.oid::pg_catalog.regclass\nFROM pg_catalog.pg_class c, pg_catalog.pg_inherits i\nWHERE c.oid = i.inhparent AND i.inhrelid = '\(oid)'\n  AND c.relkind != 'p' AND c.relkind != 'I'\nORDER BY inhseqno;"]
    }

    /// Child tables or partitions: name, relkind, detach pending, partition bound.
    static func children(_ oid: String) -> [String] {
        ["SELECT c.oid::pg_catalog.regclass, c.relkind, inhdetachpending, pg_catalog.pg_get_expr(c.relpartbound, c.oid)\nFROM pg_catalog.pg_class c, pg_catalog.pg_inherits i\nWHERE c.oid = i.inhrelid AND i.inhparent = '\(oid)'\nORDER BY pg_catalog.pg_get_expr(c.relpartbound, c.oid) = 'DEFAULT', c.oid::pg_catalog.regclass::pg_catalog.text;"]
    }

    /// The name of the tablespace with this oid.
    static func tablespace(_ oid: String) -> [String] {
        ["SELECT spcname FROM pg_catalog.pg_tablespace\nWHERE oid = '\(oid)';"]
    }
}
