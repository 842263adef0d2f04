import Testing

@Suite("Describe output that does not fit the terminal goes through the pager")
struct DescribePagerTests {
    @Test func longListsArePaged() throws {
        let cluster = try TestCluster.current()
        let environment = cluster.environment.merging(["TERM": "dumb", "PSQL_PAGER": "sed s/^/PAGED:/"]) { $1 }
        let shell = try TerminalProcess(cluster.dsqlArguments + ["-X", "-n"], environment: environment)
        #expect(shell.waitFor("]=", seconds: 10))
        shell.type("\\dtS pg_catalog.*\n")
        #expect(shell.waitFor("PAGED: pg_catalog | pg_class", seconds: 10), "\(shell.transcript)")
        shell.type("\\dn public\n")
        #expect(shell.waitFor("List of schemas", seconds: 10))
        #expect(!shell.transcript.contains("PAGED:      List of schemas"), "a short list is not paged")
        shell.type("\\q\n")
    }
}
