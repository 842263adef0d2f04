import PostgresClient
import ShellTestSupport
import Testing

@testable import Shell

/// Meta-commands against the in-memory server: the catalog rows are canned, the layout is dsql's.
@Suite struct MetaCommandInMemoryTests {
    @Test func listingSchemasPrintsTheCatalogRowsUnderPsqlsTitle() throws {
        let shell = try InMemoryShell()
        shell.server.on { sql, _ in
            sql.contains("pg_catalog.pg_namespace")
                ? [
                    .rows(
                        [.init(name: "Name"), .init(name: "Owner")],
                        [["app", "admin"], ["public", "pg_database_owner"]])
                ]
                : nil
        }
        let status = shell.run("\\dn\n")
        #expect(status == .success)
        #expect(
            shell.output == """
                      List of schemas
                  Name  |       Owner       
                --------+-------------------
                 app    | admin
                 public | pg_database_owner
                (2 rows)


                """)
        #expect(shell.server.received.count == 1)
    }

    @Test func conninfoDescribesTheConnectionTheSessionHolds() throws {
        let shell = try InMemoryShell()
        shell.run("\\conninfo\n")
        #expect(
            shell.output.contains("You are connected to database \"postgres\" as user \"admin\" on host \"localhost\""))
        #expect(shell.output.contains("TLSv1.3"))
        #expect(shell.server.received.isEmpty)
    }

    @Test func echoAndSetNeedNoServer() throws {
        let shell = try InMemoryShell()
        shell.run("\\set greeting hello\n\\echo :greeting world\n")
        #expect(shell.output == "hello world\n")
        #expect(shell.server.received.isEmpty)
    }
}
