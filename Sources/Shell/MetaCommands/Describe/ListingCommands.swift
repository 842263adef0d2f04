/// The command table entries of psql's listing commands beyond relations, schemas,
/// roles and databases (see ``DescribeCommands`` for those).
///
/// Modifier letters psql ignores for a command (`S` on `\dx`, say) are still accepted,
/// as psql accepts them.
enum ListingCommands {
    typealias Command = DescribeCommands

    /// Runs a listing whose pattern psql may refuse; a refused pattern fails the command.
    private static func checked(_ body: () throws(RejectedPattern) -> Bool) -> Bool {
        do { return try body() } catch { return false }
    }

    static let all: [MetaCommand] = [
        Command.command("da", usage: "\\da[S]  [PATTERN]", summary: "list aggregates") { reader, variant, pattern in
            checked { () throws(RejectedPattern) in
                try ObjectListings.aggregates(reader, pattern: pattern, variant: variant)
            }
        },
        Command.command("dA", modifiers: "+", usage: "\\dA[+]  [PATTERN]", summary: "list access methods") {
            reader, variant, pattern in
            checked { () throws(RejectedPattern) in
                try AccessMethodListings.accessMethods(reader, pattern: pattern, verbose: variant.verbose)
            }
        },
        Command.command(
            "dAc", modifiers: "+", more: 1, usage: "\\dAc[+] [AMPTRN [TYPEPTRN]]", summary: "list operator classes"
        ) { reader, variant, arguments in
            checked { () throws(RejectedPattern) in
                try AccessMethodListings.operatorClasses(reader, arguments: arguments, verbose: variant.verbose)
            }
        },
        Command.command(
            "dAf", modifiers: "+", more: 1, usage: "\\dAf[+] [AMPTRN [TYPEPTRN]]", summary: "list operator families"
        ) { reader, variant, arguments in
            checked { () throws(RejectedPattern) in
                try AccessMethodListings.operatorFamilies(reader, arguments: arguments, verbose: variant.verbose)
            }
        },
        Command.command(
            "dAo", modifiers: "+", more: 1, usage: "\\dAo[+] [AMPTRN [OPFPTRN]]",
            summary: "list operators of operator families"
        ) { reader, variant, arguments in
            checked { () throws(RejectedPattern) in
                try AccessMethodListings.familyOperators(reader, arguments: arguments, verbose: variant.verbose)
            }
        },
        Command.command(
            "dAp", modifiers: "+", more: 1, usage: "\\dAp[+] [AMPTRN [OPFPTRN]]",
            summary: "list support functions of operator families"
        ) { reader, variant, arguments in
            checked { () throws(RejectedPattern) in
                try AccessMethodListings.familyFunctions(reader, arguments: arguments, verbose: variant.verbose)
            }
        },
        Command.command("db", usage: "\\db[+]  [PATTERN]", summary: "list tablespaces") { reader, variant, pattern in
            checked { () throws(RejectedPattern) in
                try PrivilegeListings.tablespaces(reader, pattern: pattern, verbose: variant.verbose)
            }
        },
        Command.command("dc", usage: "\\dc[S+] [PATTERN]", summary: "list conversions") { reader, variant, pattern in
            checked { () throws(RejectedPattern) in
                try ObjectListings.conversions(reader, pattern: pattern, variant: variant)
            }
        },
        Command.command("dconfig", usage: "\\dconfig[+] [PATTERN]", summary: "list configuration parameters") {
            reader, variant, pattern in
            ObjectListings.configuration(reader, pattern: pattern, variant: variant)
        },
        Command.command("dC", usage: "\\dC[+]  [PATTERN]", summary: "list casts") { reader, variant, pattern in
            checked { () throws(RejectedPattern) in try ObjectListings.casts(reader, pattern: pattern, variant: variant)
            }
        },
        Command.command("dd", usage: "\\dd[S]  [PATTERN]", summary: "show object descriptions not displayed elsewhere")
        { reader, variant, pattern in
            checked { () throws(RejectedPattern) in
                try PrivilegeListings.descriptions(reader, pattern: pattern, variant: variant)
            }
        },
        Command.command("dD", usage: "\\dD[S+] [PATTERN]", summary: "list domains") { reader, variant, pattern in
            checked { () throws(RejectedPattern) in
                try ObjectListings.domains(reader, pattern: pattern, variant: variant)
            }
        },
        Command.command("ddp", usage: "\\ddp    [PATTERN]", summary: "list default privileges") { reader, _, pattern in
            checked { () throws(RejectedPattern) in try PrivilegeListings.defaultPrivileges(reader, pattern: pattern) }
        },
        Command.command("des", usage: "\\des[+] [PATTERN]", summary: "list foreign servers") {
            reader, variant, pattern in
            checked { () throws(RejectedPattern) in
                try ForeignDataListings.servers(reader, pattern: pattern, verbose: variant.verbose)
            }
        },
        Command.command("det", usage: "\\det[+] [PATTERN]", summary: "list foreign tables") {
            reader, variant, pattern in
            checked { () throws(RejectedPattern) in
                try ForeignDataListings.tables(reader, pattern: pattern, verbose: variant.verbose)
            }
        },
        Command.command("deu", usage: "\\deu[+] [PATTERN]", summary: "list user mappings") { reader, variant, pattern in
            checked { () throws(RejectedPattern) in
                try ForeignDataListings.userMappings(reader, pattern: pattern, verbose: variant.verbose)
            }
        },
        Command.command("dew", usage: "\\dew[+] [PATTERN]", summary: "list foreign-data wrappers") {
            reader, variant, pattern in
            checked { () throws(RejectedPattern) in
                try ForeignDataListings.wrappers(reader, pattern: pattern, verbose: variant.verbose)
            }
        },
        Command.command("dF", modifiers: "+", usage: "\\dF[+]  [PATTERN]", summary: "list text search configurations") {
            reader, variant, pattern in
            checked { () throws(RejectedPattern) in
                try TextSearchListings.configurations(reader, pattern: pattern, verbose: variant.verbose)
            }
        },
        Command.command("dFd", modifiers: "+", usage: "\\dFd[+] [PATTERN]", summary: "list text search dictionaries") {
            reader, variant, pattern in
            checked { () throws(RejectedPattern) in
                try TextSearchListings.dictionaries(reader, pattern: pattern, verbose: variant.verbose)
            }
        },
        Command.command("dFp", modifiers: "+", usage: "\\dFp[+] [PATTERN]", summary: "list text search parsers") {
            reader, variant, pattern in
            checked { () throws(RejectedPattern) in
                try TextSearchListings.parsers(reader, pattern: pattern, verbose: variant.verbose)
            }
        },
        Command.command("dFt", modifiers: "+", usage: "\\dFt[+] [PATTERN]", summary: "list text search templates") {
            reader, variant, pattern in
            checked { () throws(RejectedPattern) in
                try TextSearchListings.templates(reader, pattern: pattern, verbose: variant.verbose)
            }
        },
        Command.command("dl", modifiers: "+", usage: "\\dl[+]", summary: "list large objects, same as \\lo_list") {
            reader, variant, _ in
            PrivilegeListings.largeObjects(reader, verbose: variant.verbose)
        },
        Command.command("lo_list", modifiers: "+", usage: "\\lo_list[+]", summary: "list large objects") {
            reader, variant, _ in
            PrivilegeListings.largeObjects(reader, verbose: variant.verbose)
        },
        Command.command("dL", usage: "\\dL[S+] [PATTERN]", summary: "list procedural languages") {
            reader, variant, pattern in
            checked { () throws(RejectedPattern) in
                try ObjectListings.languages(reader, pattern: pattern, variant: variant)
            }
        },
        Command.command("do", more: 2, usage: "\\do[S+] [OPPTRN [TYPEPTRN [TYPEPTRN]]]", summary: "list operators") {
            reader, variant, arguments in
            checked { () throws(RejectedPattern) in
                try ObjectListings.operators(reader, arguments: arguments, variant: variant)
            }
        },
        Command.command("dO", usage: "\\dO[S+] [PATTERN]", summary: "list collations") { reader, variant, pattern in
            checked { () throws(RejectedPattern) in
                try ObjectListings.collations(reader, pattern: pattern, variant: variant)
            }
        },
        Command.command("dp", usage: "\\dp     [PATTERN]", summary: "list table, view, and sequence access privileges")
        { reader, _, pattern in
            checked { () throws(RejectedPattern) in try PrivilegeListings.permissions(reader, pattern: pattern) }
        },
        Command.command("z", usage: "\\z      [PATTERN]", summary: "same as \\dp") { reader, _, pattern in
            checked { () throws(RejectedPattern) in try PrivilegeListings.permissions(reader, pattern: pattern) }
        },
        Command.command(
            "dP", modifiers: "itn+", usage: "\\dP[itn+] [PATTERN]",
            summary: "list [only index/table] partitioned relations [n=nested]"
        ) { reader, variant, pattern in
            checked { () throws(RejectedPattern) in
                try PrivilegeListings.partitioned(reader, pattern: pattern, variant: variant)
            }
        },
        Command.command(
            "drds", modifiers: "", more: 1, usage: "\\drds [ROLEPTRN [DBPTRN]]",
            summary: "list per-database role settings"
        ) { reader, _, arguments in
            checked { () throws(RejectedPattern) in try PrivilegeListings.roleSettings(reader, arguments: arguments) }
        },
        Command.command("dRp", modifiers: "+", usage: "\\dRp[+] [PATTERN]", summary: "list replication publications") {
            reader, variant, pattern in
            checked { () throws(RejectedPattern) in
                variant.verbose
                    ? try ReplicationListings.describePublications(reader, pattern: pattern)
                    : try ReplicationListings.publications(reader, pattern: pattern)
            }
        },
        Command.command("dRs", modifiers: "+", usage: "\\dRs[+] [PATTERN]", summary: "list replication subscriptions") {
            reader, variant, pattern in
            checked { () throws(RejectedPattern) in
                try ReplicationListings.subscriptions(reader, pattern: pattern, verbose: variant.verbose)
            }
        },
        Command.command("dT", usage: "\\dT[S+] [PATTERN]", summary: "list data types") { reader, variant, pattern in
            checked { () throws(RejectedPattern) in try ObjectListings.types(reader, pattern: pattern, variant: variant)
            }
        },
        Command.command("dx", usage: "\\dx[+]  [PATTERN]", summary: "list extensions") { reader, variant, pattern in
            checked { () throws(RejectedPattern) in
                variant.verbose
                    ? try ForeignDataListings.extensionContents(reader, pattern: pattern)
                    : try ForeignDataListings.extensions(reader, pattern: pattern)
            }
        },
        Command.command("dX", usage: "\\dX     [PATTERN]", summary: "list extended statistics") { reader, _, pattern in
            checked { () throws(RejectedPattern) in try ObjectListings.extendedStatistics(reader, pattern: pattern) }
        },
        Command.command("dy", usage: "\\dy[+]  [PATTERN]", summary: "list event triggers") { reader, variant, pattern in
            checked { () throws(RejectedPattern) in
                try ObjectListings.eventTriggers(reader, pattern: pattern, variant: variant)
            }
        },
    ]
}
