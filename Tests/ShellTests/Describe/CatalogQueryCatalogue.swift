@testable import Shell

/// Every catalog query text the describe and list commands build, with representative
/// interpolations (patterns, flags, an oid), each under a name that says how it was built.
///
/// The queries' layout in the sources may change; the text sent to the server may not.
enum CatalogQueryCatalogue {
    /// An oid as the describe commands interpolate it.
    static let oid = "16384"

    /// No pattern, and a schema-qualified wildcard pattern.
    static let patterns: [(label: String, pattern: NamePattern?)] = [
        ("none", nil), ("public.t*", NamePattern("public.t*", parts: 3)),
    ]

    /// Relation kinds (psql's letters) with verbose, system and HIDE_TABLEAM: each optional
    /// column and join at least once, with and without the others.
    static let relationVariants: [(letters: String, verbose: Bool, system: Bool, hideAccessMethod: Bool)] = [
        ("tvmisE", true, false, false), ("tvmisE", true, true, true), ("t", false, false, false),
        ("i", true, false, false), ("v", false, true, false), ("", false, false, false),
        ("s", true, false, true), ("m", true, true, false), ("E", false, false, false),
    ]

    /// Each query's name and text.
    static let all: [(name: String, sql: String)] = {
        var queries: [(name: String, sql: String)] = []
        func add(_ name: String, _ candidates: [String]) {
            for (index, sql) in candidates.enumerated() { queries.append(("\(name)#\(index)", sql)) }
        }
        let flags = [false, true]
        queries.append(("ListQueries.relationKindCase", ListQueries.relationKindCase))
        queries.append(("ListQueries.hideSystemSchemas", ListQueries.hideSystemSchemas))
        for (label, pattern) in patterns {
            for (letters, verbose, system, hide) in relationVariants {
                add(
                    "ListQueries.relations(\(letters)) pattern=\(label) verbose=\(verbose) system=\(system) hideAM=\(hide)",
                    ListQueries.relations(
                        .init(letters: letters), pattern: pattern, verbose: verbose,
                        system: system, hideAccessMethod: hide))
            }
            for verbose in flags {
                for system in flags {
                    let options = "pattern=\(label) verbose=\(verbose) system=\(system)"
                    add(
                        "ListQueries.schemas \(options)",
                        ListQueries.schemas(pattern: pattern, verbose: verbose, system: system))
                    add(
                        "ListQueries.roles \(options)",
                        ListQueries.roles(pattern: pattern, verbose: verbose, system: system))
                    add(
                        "ListQueries.functions \(options)",
                        ListQueries.functions(pattern: pattern, verbose: verbose, system: system))
                }
                add(
                    "ListQueries.databases pattern=\(label) verbose=\(verbose)",
                    ListQueries.databases(pattern: pattern, verbose: verbose))
            }
            add(
                "RelationQueries.lookup pattern=\(label)",
                pattern.map { RelationQueries.lookup($0, system: false) } ?? [])
        }
        for verbose in flags {
            add("RelationQueries.info verbose=\(verbose)", RelationQueries.info(oid, verbose: verbose))
            add(
                "RelationFooterQueries.partitionOf verbose=\(verbose)",
                RelationFooterQueries.partitionOf(oid, verbose: verbose))
            add(
                "RelationFooterQueries.foreignKeys partitioned=\(verbose)",
                RelationFooterQueries.foreignKeys(oid, partitioned: verbose))
            add("RelationQueries.columns foreign=\(verbose)", RelationQueries.columns(oid, foreign: verbose))
        }
        add("RelationQueries.indexColumns", RelationQueries.indexColumns(oid))
        add("RelationQueries.indexInfo", RelationQueries.indexInfo(oid))
        add("RelationQueries.indexes", RelationQueries.indexes(oid))
        add("RelationQueries.checks", RelationQueries.checks(oid))
        add("RelationQueries.sequenceOwner", RelationQueries.sequenceOwner(oid))
        add("RelationQueries.viewDefinition", RelationQueries.viewDefinition(oid))
        add("RelationQueries.sequence", RelationQueries.sequence(oid))
        add("RelationFooterQueries.partitionKey", RelationFooterQueries.partitionKey(oid))
        add("RelationFooterQueries.toastOwner", RelationFooterQueries.toastOwner(oid))
        add("RelationFooterQueries.referencedBy", RelationFooterQueries.referencedBy(oid))
        add("RelationFooterQueries.policies", RelationFooterQueries.policies(oid))
        add("RelationFooterQueries.statistics", RelationFooterQueries.statistics(oid))
        add("RelationFooterQueries.rules", RelationFooterQueries.rules(oid))
        add("RelationFooterQueries.viewRules", RelationFooterQueries.viewRules(oid))
        add("RelationFooterQueries.publications", RelationFooterQueries.publications(oid))
        add("RelationFooterQueries.triggers", RelationFooterQueries.triggers(oid))
        add("RelationFooterQueries.foreignServer", RelationFooterQueries.foreignServer(oid))
        add("RelationFooterQueries.parents", RelationFooterQueries.parents(oid))
        add("RelationFooterQueries.children", RelationFooterQueries.children(oid))
        add("RelationFooterQueries.tablespace", RelationFooterQueries.tablespace(oid))
        return queries
    }()
}
