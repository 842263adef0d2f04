import Foundation
import Testing

/// Every meta-command psql's `\?` lists exists in dsql and is listed by dsql's `\?`.
@Suite("Every psql meta-command exists in dsql")
struct MetaCommandCoverageTests {
    /// The command names a `\?` text lists: the first word of each line that starts a command,
    /// without psql's optional parts (`\dA[+]` → `dA`, `\c[onnect]` → `c`).
    private static func commandNames(_ help: String) -> Set<String> {
        var names = Set<String>()
        for line in help.split(separator: "\n") where line.hasPrefix("  \\") {
            let word = line.dropFirst(3).prefix { $0 != " " }
            let name = word.prefix { $0 != "[" && $0 != "(" }
            if !name.isEmpty { names.insert(String(name)) }
        }
        return names
    }

    @Test func psqlsHelpListsNothingDsqlLacks() throws {
        let cluster = try TestCluster.current()
        let psql = try runPSQL(cluster, ["-c", "\\?"])
        let dsql = try runDSQL(cluster, ["-c", "\\?"])
        let psqlNames = Self.commandNames(psql.stdout)
        #expect(psqlNames.count > 90, "psql's \\? was not read: \(psql.stdout.prefix(200))")
        let missing = psqlNames.subtracting(Self.commandNames(dsql.stdout))
        #expect(missing.isEmpty, "listed by psql's \\? but not dsql's: \(missing.sorted())")
        // Listed is not enough: none of them may be unknown to the dispatcher.
        for name in psqlNames.sorted()
        where ![
            "q", "!", "e", "ef", "ev", "s", "password", "prompt", "watch", "cd", "c", "i", "ir",
            "o", "w", "copy", "lo_import", "lo_export", "lo_unlink", "g", "gx", "gexec", "gset",
            "gdesc", "crosstabview", "restrict", "unrestrict", "if", "elif", "else", "endif",
        ].contains(name) {
            let run = try runDSQL(cluster, ["-c", "\\\(name)"])
            #expect(!run.stderr.contains("invalid command"), "\\\(name): \(run.stderr)")
        }
    }
}
