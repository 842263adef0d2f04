/// psql's access-method listings: `\dA`, `\dAc`, `\dAf`, `\dAo`, `\dAp`.
///
/// Each of the operator-class commands takes an access-method pattern and a second
/// pattern (an input type, or an operator family).
enum AccessMethodListings {
    /// The operator family's name, schema-qualified when it is not visible.
    private static func familyName(_ family: String, schema: String) -> String {
        """
          CASE
            WHEN pg_catalog.pg_opfamily_is_visible(\(family).oid)
            THEN pg_catalog.format('%I', \(family).opfname)
            ELSE pg_catalog.format('%I.%I', \(schema).nspname, \(family).opfname)
          END
        """
    }

    /// `\dA`: access methods.
    static func accessMethods(_ reader: CatalogReader, pattern text: String?, verbose: Bool) throws(RejectedPattern)
        -> Bool
    {
        let pattern = try reader.pattern(text, parts: 1)
        var query = ListingQuery(
            "SELECT amname AS \"Name\",\n  CASE amtype WHEN 'i' THEN 'Index' WHEN 't' THEN 'Table' END AS \"Type\"")
        if verbose {
            query.append(
                ",\n  amhandler AS \"Handler\",\n  pg_catalog.obj_description(oid, 'pg_am') AS \"Description\"")
        }
        query.append("\nFROM pg_catalog.pg_am\n")
        query.addPattern(pattern, hasWhere: false, schema: nil, name: "amname", visibility: nil)
        query.append("ORDER BY 1;")
        return reader.showListing(query.sql, title: "List of access methods")
    }

    /// Adds the access-method pattern; returns whether a WHERE clause now exists.
    private static func addMethod(_ pattern: NamePattern?, to query: inout ListingQuery) -> Bool {
        guard let pattern else { return false }
        return query.addPattern(pattern, hasWhere: false, schema: nil, name: "am.amname", visibility: nil)
    }

    /// `\dAc`: operator classes.
    static func operatorClasses(_ reader: CatalogReader, arguments: [String], verbose: Bool) throws(RejectedPattern)
        -> Bool
    {
        let method = try reader.pattern(arguments.first, parts: 1)
        let type = try reader.pattern(arguments.dropFirst().first, parts: 3)
        var query = ListingQuery(
            #"""
            SELECT
              am.amname AS "AM",
              pg_catalog.format_type(c.opcintype, NULL) AS "Input type",
              CASE
                WHEN c.opckeytype <> 0 AND c.opckeytype <> c.opcintype
                THEN pg_catalog.format_type(c.opckeytype, NULL)
                ELSE NULL
              END AS "Storage type",
              CASE
                WHEN pg_catalog.pg_opclass_is_visible(c.oid)
                THEN pg_catalog.format('%I', c.opcname)
                ELSE pg_catalog.format('%I.%I', n.nspname, c.opcname)
              END AS "Operator class",
              (CASE WHEN c.opcdefault
                THEN 'yes'
                ELSE 'no'
              END) AS "Default?"
            """#)
        if verbose {
            query.append(
                ",\n\(familyName("of", schema: "ofn")) AS \"Operator family\",\n pg_catalog.pg_get_userbyid(c.opcowner) AS \"Owner\"\n"
            )
        }
        query.append(
            """

            FROM pg_catalog.pg_opclass c
              LEFT JOIN pg_catalog.pg_am am on am.oid = c.opcmethod
              LEFT JOIN pg_catalog.pg_namespace n ON n.oid = c.opcnamespace
              LEFT JOIN pg_catalog.pg_type t ON t.oid = c.opcintype
              LEFT JOIN pg_catalog.pg_namespace tn ON tn.oid = t.typnamespace

            """)
        if verbose {
            query.append(
                "  LEFT JOIN pg_catalog.pg_opfamily of ON of.oid = c.opcfamily\n  LEFT JOIN pg_catalog.pg_namespace ofn ON ofn.oid = of.opfnamespace\n"
            )
        }
        let hasWhere = addMethod(method, to: &query)
        if let type {
            query.addPattern(
                type, hasWhere: hasWhere, schema: "tn.nspname", name: "t.typname",
                alternative: "pg_catalog.format_type(t.oid, NULL)", visibility: "pg_catalog.pg_type_is_visible(t.oid)")
        }
        query.append("ORDER BY 1, 2, 4;")
        return reader.showListing(query.sql, title: "List of operator classes")
    }

    /// `\dAf`: operator families.
    static func operatorFamilies(_ reader: CatalogReader, arguments: [String], verbose: Bool) throws(RejectedPattern)
        -> Bool
    {
        let method = try reader.pattern(arguments.first, parts: 1)
        let type = try reader.pattern(arguments.dropFirst().first, parts: 3)
        var query = ListingQuery(
            """
            SELECT
              am.amname AS "AM",
            \(familyName("f", schema: "n")) AS "Operator family",
              (SELECT
                 pg_catalog.string_agg(pg_catalog.format_type(oc.opcintype, NULL), ', ')
               FROM pg_catalog.pg_opclass oc
               WHERE oc.opcfamily = f.oid) "Applicable types"
            """)
        if verbose { query.append(",\n  pg_catalog.pg_get_userbyid(f.opfowner) AS \"Owner\"\n") }
        query.append(
            """

            FROM pg_catalog.pg_opfamily f
              LEFT JOIN pg_catalog.pg_am am on am.oid = f.opfmethod
              LEFT JOIN pg_catalog.pg_namespace n ON n.oid = f.opfnamespace

            """)
        let hasWhere = addMethod(method, to: &query)
        if let type {
            query.append(
                """
                  \(hasWhere ? "AND" : "WHERE") EXISTS (
                    SELECT 1
                    FROM pg_catalog.pg_type t
                    JOIN pg_catalog.pg_opclass oc ON oc.opcintype = t.oid
                    LEFT JOIN pg_catalog.pg_namespace tn ON tn.oid = t.typnamespace
                    WHERE oc.opcfamily = f.oid

                """)
            query.addPattern(
                type, hasWhere: true, schema: "tn.nspname", name: "t.typname",
                alternative: "pg_catalog.format_type(t.oid, NULL)", visibility: "pg_catalog.pg_type_is_visible(t.oid)")
            query.append("  )\n")
        }
        query.append("ORDER BY 1, 2;")
        return reader.showListing(query.sql, title: "List of operator families")
    }

    /// `\dAo`: operators of operator families.
    static func familyOperators(_ reader: CatalogReader, arguments: [String], verbose: Bool) throws(RejectedPattern)
        -> Bool
    {
        let method = try reader.pattern(arguments.first, parts: 1)
        let family = try reader.pattern(arguments.dropFirst().first, parts: 3)
        var query = ListingQuery(
            """
            SELECT
              am.amname AS "AM",
            \(familyName("of", schema: "nsf")) AS "Operator family",
              o.amopopr::pg_catalog.regoperator AS "Operator"
            ,  o.amopstrategy AS "Strategy",
              CASE o.amoppurpose
                WHEN 'o' THEN 'ordering'
                WHEN 's' THEN 'search'
              END AS "Purpose"

            """)
        if verbose { query.append(", ofs.opfname AS \"Sort opfamily\"\n") }
        query.append(
            """
            FROM pg_catalog.pg_amop o
              LEFT JOIN pg_catalog.pg_opfamily of ON of.oid = o.amopfamily
              LEFT JOIN pg_catalog.pg_am am ON am.oid = of.opfmethod AND am.oid = o.amopmethod
              LEFT JOIN pg_catalog.pg_namespace nsf ON of.opfnamespace = nsf.oid

            """)
        if verbose { query.append("  LEFT JOIN pg_catalog.pg_opfamily ofs ON ofs.oid = o.amopsortfamily\n") }
        let hasWhere = addMethod(method, to: &query)
        if let family {
            query.addPattern(family, hasWhere: hasWhere, schema: "nsf.nspname", name: "of.opfname", visibility: nil)
        }
        query.append(
            """
            ORDER BY 1, 2,
              o.amoplefttype = o.amoprighttype DESC,
              pg_catalog.format_type(o.amoplefttype, NULL),
              pg_catalog.format_type(o.amoprighttype, NULL),
              o.amopstrategy;
            """)
        return reader.showListing(query.sql, title: "List of operators of operator families")
    }

    /// `\dAp`: support functions of operator families.
    static func familyFunctions(_ reader: CatalogReader, arguments: [String], verbose: Bool) throws(RejectedPattern)
        -> Bool
    {
        let method = try reader.pattern(arguments.first, parts: 1)
        let family = try reader.pattern(arguments.dropFirst().first, parts: 3)
        var query = ListingQuery(
            """
            SELECT
              am.amname AS "AM",
            \(familyName("of", schema: "ns")) AS "Operator family",
              pg_catalog.format_type(ap.amproclefttype, NULL) AS "Registered left type",
              pg_catalog.format_type(ap.amprocrighttype, NULL) AS "Registered right type",
              ap.amprocnum AS "Number"

            """)
        query.append(
            verbose ? ", ap.amproc::pg_catalog.regprocedure AS \"Function\"\n" : ", p.proname AS \"Function\"\n")
        query.append(
            """
            FROM pg_catalog.pg_amproc ap
              LEFT JOIN pg_catalog.pg_opfamily of ON of.oid = ap.amprocfamily
              LEFT JOIN pg_catalog.pg_am am ON am.oid = of.opfmethod
              LEFT JOIN pg_catalog.pg_namespace ns ON of.opfnamespace = ns.oid
              LEFT JOIN pg_catalog.pg_proc p ON ap.amproc = p.oid

            """)
        let hasWhere = addMethod(method, to: &query)
        if let family {
            query.addPattern(family, hasWhere: hasWhere, schema: "ns.nspname", name: "of.opfname", visibility: nil)
        }
        query.append("ORDER BY 1, 2,\n  ap.amproclefttype = ap.amprocrighttype DESC,\n  3, 4, 5;")
        return reader.showListing(query.sql, title: "List of support functions of operator families")
    }
}
