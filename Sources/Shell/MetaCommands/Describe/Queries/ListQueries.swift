/// The catalog queries behind psql's list commands (`\d`, `\dt`, `\dn`, `\du`, `\df`, `\l`).
///
/// Pure text builders. Each returns candidates, best first: the first mirrors psql 15's
/// output columns, later ones use only catalogs Aurora DSQL has. The SQL is laid out as
/// psql's describe.c sends it; a line ending in `\` continues on the next one.
enum ListQueries {
    /// Which relation kinds a `\d`-family list shows.
    struct RelationKinds: Equatable {
        var tables = false, views = false, indexes = false, sequences = false, materializedViews = false,
            foreign = false

        /// psql's letters: t, v, i, s, m, E.
        init(letters: String) {
            tables = letters.contains("t")
            views = letters.contains("v")
            indexes = letters.contains("i")
            sequences = letters.contains("s")
            materializedViews = letters.contains("m")
            foreign = letters.contains("E")
        }
    }

    /// The name psql shows for the kind of relation `c`.
    static let relationKindCase = """
        CASE c.relkind\
         WHEN 'r' THEN 'table'\
         WHEN 'v' THEN 'view'\
         WHEN 'm' THEN 'materialized view'\
         WHEN 'i' THEN 'index'\
         WHEN 'S' THEN 'sequence'\
         WHEN 't' THEN 'TOAST table'\
         WHEN 'f' THEN 'foreign table'\
         WHEN 'p' THEN 'partitioned table'\
         WHEN 'I' THEN 'partitioned index'\
         END
        """

    /// The persistence psql shows for relation `c`.
    static let relationPersistenceCase = """
        CASE c.relpersistence\
         WHEN 'p' THEN 'permanent'\
         WHEN 't' THEN 'temporary'\
         WHEN 'u' THEN 'unlogged'\
         END
        """

    /// Leaves out the schemas psql hides unless `S` or a pattern is given.
    static let hideSystemSchemas = """
        n.nspname <> 'pg_catalog'
              AND n.nspname !~ '^pg_toast'
              AND n.nspname <> 'information_schema'
        """

    /// The comment on the object `oid` of `catalog` (psql's `obj_description`, spelt out
    /// for catalogs that lack that function).
    static func objectDescription(_ oid: String, catalog: String) -> String {
        """
        (SELECT d.description FROM pg_catalog.pg_description d \
        WHERE d.objoid = \(oid) AND d.objsubid = 0 \
        AND d.classoid = 'pg_catalog.\(catalog)'::pg_catalog.regclass)
        """
    }

    /// Joins WHERE conditions; empty when there are none.
    static func whereClause(_ conditions: [String]) -> String {
        conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: "\n  AND ") + "\n"
    }

    /// psql's listTables.
    /// - Parameter hideAccessMethod: HIDE_TABLEAM, which leaves out the "Access method" column.
    static func relations(
        _ kinds: RelationKinds, pattern: NamePattern?, verbose: Bool, system: Bool,
        hideAccessMethod: Bool = false
    ) -> [String] {
        var relkinds: [String] = []
        if kinds.tables {
            relkinds += ["'r'", "'p'"]
            if system || pattern != nil { relkinds.append("'t'") }
        }
        if kinds.views { relkinds.append("'v'") }
        if kinds.materializedViews { relkinds.append("'m'") }
        if kinds.indexes { relkinds += ["'i'", "'I'"] }
        if kinds.sequences { relkinds.append("'S'") }
        if system || pattern != nil { relkinds.append("'s'") }
        if kinds.foreign { relkinds.append("'f'") }
        relkinds.append("''")
        func build(full: Bool, visibility: String) -> String {
            var select = """
                SELECT n.nspname as "Schema",
                  c.relname as "Name",
                  \(relationKindCase) as "Type",
                  o.rolname as "Owner"
                """
            var joins = """
                FROM pg_catalog.pg_class c
                     LEFT JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
                     LEFT JOIN pg_catalog.pg_roles o ON o.oid = c.relowner

                """
            if kinds.indexes {
                select += ",\n  c2.relname as \"Table\""
                joins += """
                         LEFT JOIN pg_catalog.pg_index i ON i.indexrelid = c.oid
                         LEFT JOIN pg_catalog.pg_class c2 ON i.indrelid = c2.oid

                    """
            }
            if verbose {
                select += ",\n  \(relationPersistenceCase) as \"Persistence\""
                if full {
                    if !hideAccessMethod && (kinds.tables || kinds.materializedViews || kinds.indexes) {
                        select += ",\n  am.amname as \"Access method\""
                        joins += "     LEFT JOIN pg_catalog.pg_am am ON am.oid = c.relam\n"
                    }
                    select += ",\n  pg_catalog.pg_size_pretty(pg_catalog.pg_table_size(c.oid)) as \"Size\""
                }
                select += ",\n  \(objectDescription("c.oid", catalog: "pg_class")) as \"Description\""
            }
            var conditions = ["c.relkind IN (" + relkinds.joined(separator: ",") + ")"]
            if !system && pattern == nil { conditions.append(hideSystemSchemas) }
            conditions += (pattern ?? NamePattern("*", parts: 3)).conditions(
                nameColumn: "c.relname", schemaColumn: "n.nspname", visibility: visibility)
            return select + "\n" + joins + whereClause(conditions) + "ORDER BY 1,2;"
        }
        let visible = "pg_catalog.pg_table_is_visible(c.oid)"
        let onPath = "n.nspname = ANY (pg_catalog.current_schemas(true))"
        return verbose
            ? [
                build(full: true, visibility: visible), build(full: false, visibility: visible),
                build(full: false, visibility: onPath),
            ]
            : [build(full: true, visibility: visible), build(full: true, visibility: onPath)]
    }

    /// psql's listSchemas.
    static func schemas(pattern: NamePattern?, verbose: Bool, system: Bool) -> [String] {
        func build(privileges: Bool) -> String {
            var select = """
                SELECT n.nspname AS "Name",
                  o.rolname AS "Owner"
                """
            if verbose {
                if privileges { select += ",\n  pg_catalog.array_to_string(n.nspacl, E'\\n') AS \"Access privileges\"" }
                select += ",\n  \(objectDescription("n.oid", catalog: "pg_namespace")) AS \"Description\""
            }
            var conditions: [String] = []
            if !system && pattern == nil {
                conditions.append("n.nspname !~ '^pg_' AND n.nspname <> 'information_schema'")
            }
            conditions += pattern?.conditions(nameColumn: "n.nspname", schemaColumn: nil, visibility: nil) ?? []
            return select + """

                FROM pg_catalog.pg_namespace n
                     LEFT JOIN pg_catalog.pg_roles o ON o.oid = n.nspowner

                """ + whereClause(conditions) + "ORDER BY 1;"
        }
        return verbose ? [build(privileges: true), build(privileges: false)] : [build(privileges: true)]
    }

    /// psql's describeRoles; columns: rolname, rolsuper, rolinherit, rolcreaterole, rolcreatedb,
    /// rolcanlogin, rolconnlimit, rolvaliduntil, memberof, rolreplication, rolbypassrls, description.
    static func roles(pattern: NamePattern?, verbose: Bool, system: Bool) -> [String] {
        func build(members: Bool) -> String {
            let memberOf =
                members
                ? """
                ARRAY(SELECT b.rolname
                        FROM pg_catalog.pg_auth_members m
                        JOIN pg_catalog.pg_roles b ON (m.roleid = b.oid)
                        WHERE m.member = r.oid)
                """
                : "NULL::pg_catalog.text"
            let description =
                verbose
                ? """
                (SELECT d.description FROM pg_catalog.pg_shdescription d \
                WHERE d.objoid = r.oid AND d.classoid = 1260)
                """
                : "NULL::pg_catalog.text"
            var conditions: [String] = []
            if !system && pattern == nil { conditions.append("r.rolname !~ '^pg_'") }
            conditions += pattern?.conditions(nameColumn: "r.rolname", schemaColumn: nil, visibility: nil) ?? []
            return """
                SELECT r.rolname, r.rolsuper, r.rolinherit,
                  r.rolcreaterole, r.rolcreatedb, r.rolcanlogin,
                  r.rolconnlimit, r.rolvaliduntil,
                  \(memberOf) as memberof,
                  r.rolreplication, r.rolbypassrls,
                  \(description) as description
                FROM pg_catalog.pg_roles r

                """ + whereClause(conditions) + "ORDER BY 1;"
        }
        return [build(members: true), build(members: false)]
    }

    /// The conditions of psql's listFunctions: the pattern, and no system schemas unless
    /// `S` or a pattern is given.
    private static func functionConditions(pattern: NamePattern?, system: Bool) -> [String] {
        var conditions = (pattern ?? NamePattern("*", parts: 3)).conditions(
            nameColumn: "p.proname", schemaColumn: "n.nspname", visibility: "pg_catalog.pg_function_is_visible(p.oid)")
        if !system && pattern == nil {
            conditions.append(
                """
                n.nspname <> 'pg_catalog'
                      AND n.nspname <> 'information_schema'
                """)
        }
        return conditions
    }

    /// The columns every `\df` listing starts with: psql's describeFunctions up to "Type".
    static let functionColumns = """
        SELECT n.nspname as "Schema",
          p.proname as "Name",
          pg_catalog.pg_get_function_result(p.oid) as "Result data type",
          pg_catalog.pg_get_function_arguments(p.oid) as "Argument data types",
         CASE p.prokind
          WHEN 'a' THEN 'agg'
          WHEN 'w' THEN 'window'
          WHEN 'p' THEN 'proc'
          ELSE 'func'
         END as "Type"
        """

    /// psql's listFunctions; verbose adds volatility, owner, language, source and more.
    static func functions(pattern: NamePattern?, verbose: Bool, system: Bool) -> [String] {
        let plain = functions(pattern: pattern, system: system)
        guard verbose else { return plain }
        let detailed =
            functionColumns + """
                ,
                 CASE
                  WHEN p.provolatile = 'i' THEN 'immutable'
                  WHEN p.provolatile = 's' THEN 'stable'
                  WHEN p.provolatile = 'v' THEN 'volatile'
                 END as "Volatility",
                 CASE
                  WHEN p.proparallel = 'r' THEN 'restricted'
                  WHEN p.proparallel = 's' THEN 'safe'
                  WHEN p.proparallel = 'u' THEN 'unsafe'
                 END as "Parallel",
                 o.rolname as "Owner",
                 CASE WHEN prosecdef THEN 'definer' ELSE 'invoker' END AS "Security",
                 pg_catalog.array_to_string(p.proacl, E'\\n') AS "Access privileges",
                 l.lanname as "Language",
                 COALESCE(pg_catalog.pg_get_function_sqlbody(p.oid), p.prosrc) as "Source code",
                 \(objectDescription("p.oid", catalog: "pg_proc")) as "Description"
                FROM pg_catalog.pg_proc p
                     LEFT JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
                     LEFT JOIN pg_catalog.pg_language l ON l.oid = p.prolang
                     LEFT JOIN pg_catalog.pg_roles o ON o.oid = p.proowner

                """ + whereClause(functionConditions(pattern: pattern, system: system)) + "ORDER BY 1, 2, 4;"
        return [detailed] + plain
    }

    /// psql's listFunctions without its verbose columns.
    static func functions(pattern: NamePattern?, system: Bool) -> [String] {
        let catalog =
            functionColumns + "\n" + """
                FROM pg_catalog.pg_proc p
                     LEFT JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace

                """ + whereClause(functionConditions(pattern: pattern, system: system)) + "ORDER BY 1, 2, 4;"
        var routineConditions = (pattern ?? NamePattern("*", parts: 3)).conditions(
            nameColumn: "r.routine_name", schemaColumn: "r.routine_schema",
            visibility: "r.routine_schema = ANY (pg_catalog.current_schemas(false))")
        if !system && pattern == nil {
            routineConditions.append("r.routine_schema NOT IN ('pg_catalog', 'information_schema')")
        }
        let routines = """
            SELECT r.routine_schema as "Schema",
              r.routine_name as "Name",
              r.data_type as "Result data type",
              '' as "Argument data types",
              CASE r.routine_type WHEN 'PROCEDURE' THEN 'proc' ELSE 'func' END as "Type"
            FROM information_schema.routines r

            """ + whereClause(routineConditions) + "ORDER BY 1, 2, 4;"
        return [catalog, routines]
    }

    /// psql's listAllDbs, verbose adding size, tablespace and description; best first.
    static func databases(pattern: NamePattern?, verbose: Bool) -> [String] {
        let plain = databases(pattern: pattern)
        guard verbose else { return [plain] }
        let conditions = pattern?.conditions(nameColumn: "d.datname", schemaColumn: nil, visibility: nil) ?? []
        let detailed = """
            SELECT d.datname as "Name",
                   pg_catalog.pg_get_userbyid(d.datdba) as "Owner",
                   pg_catalog.pg_encoding_to_char(d.encoding) as "Encoding",
                   d.datcollate as "Collate",
                   d.datctype as "Ctype",
                   d.daticulocale as "ICU Locale",
                   CASE d.datlocprovider WHEN 'c' THEN 'libc' WHEN 'i' THEN 'icu' END AS "Locale Provider",
                   pg_catalog.array_to_string(d.datacl, E'\\n') AS "Access privileges",
                   CASE WHEN pg_catalog.has_database_privilege(d.datname, 'CONNECT')
                      OR pg_catalog.pg_has_role('pg_read_all_stats', 'USAGE')
                        THEN pg_catalog.pg_size_pretty(pg_catalog.pg_database_size(d.datname))
                        ELSE 'No Access'
                   END as "Size",
                   t.spcname as "Tablespace",
                   pg_catalog.shobj_description(d.oid, 'pg_database') as "Description"
            FROM pg_catalog.pg_database d
              JOIN pg_catalog.pg_tablespace t on d.dattablespace = t.oid

            """ + whereClause(conditions) + "ORDER BY 1;"
        return [detailed, plain]
    }

    /// psql's listAllDbs without its verbose columns.
    static func databases(pattern: NamePattern?) -> String {
        let conditions = pattern?.conditions(nameColumn: "d.datname", schemaColumn: nil, visibility: nil) ?? []
        return """
            SELECT d.datname as "Name",
                   pg_catalog.pg_get_userbyid(d.datdba) as "Owner",
                   pg_catalog.pg_encoding_to_char(d.encoding) as "Encoding",
                   d.datcollate as "Collate",
                   d.datctype as "Ctype",
                   d.daticulocale as "ICU Locale",
                   CASE d.datlocprovider WHEN 'c' THEN 'libc' WHEN 'i' THEN 'icu' END AS "Locale Provider",
                   pg_catalog.array_to_string(d.datacl, E'\\n') AS "Access privileges"
            FROM pg_catalog.pg_database d

            """ + whereClause(conditions) + "ORDER BY 1;"
    }
}
