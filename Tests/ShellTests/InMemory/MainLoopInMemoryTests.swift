import PostgresClient
import ShellTestSupport
import Testing

@testable import Shell

/// The main loop against the in-memory server: what a script prints, and how it ends.
@Suite struct MainLoopInMemoryTests {
    static let idAndName: [QueryResult.ColumnDescription] = [.init(name: "id", typeOID: 23), .init(name: "name")]

    @Test func rowsAndCommandTagsPrintAsPsqlPrintsThem() throws {
        let shell = try InMemoryShell()
        shell.server.on("select id, name from t", reply: .rows(Self.idAndName, [["1", "a"], ["22", nil]]))
        shell.server.on("insert into t values (3, 'c')", reply: .command("INSERT 0 1"))
        let status = shell.run("select id, name from t;\ninsert into t values (3, 'c');\n")
        #expect(status == .success)
        #expect(
            shell.output == """
                 id | name 
                ----+------
                  1 | a
                 22 | 
                (2 rows)

                INSERT 0 1

                """)
        #expect(shell.errors == "")
    }

    @Test func quietHidesCommandTagsButNotRows() throws {
        let shell = try InMemoryShell(variables: ["QUIET=on"])
        shell.server.on("insert into t values (1)", reply: .command("INSERT 0 1"))
        shell.server.on("select 1 as one", reply: .rows([.init(name: "one", typeOID: 23)], [["1"]]))
        shell.run("insert into t values (1);\nselect 1 as one;\n")
        #expect(shell.output == " one \n-----\n   1\n(1 row)\n\n")
    }

    @Test func statementsSpanningLinesAreSentWhole() throws {
        let shell = try InMemoryShell()
        shell.server.on { sql, _ in sql.contains("from t") ? [.rows([.init(name: "n")], [])] : nil }
        shell.run("select n\n  from t\n where n > 1;\n")
        #expect(shell.server.received.map(\.sql) == ["select n\n  from t\n where n > 1;"])
        #expect(shell.output == " n \n---\n(0 rows)\n\n")
    }

    @Test func anErrorIsReportedWithTheScriptLineAndTheRunGoesOn() throws {
        let shell = try InMemoryShell()
        shell.server.on(
            "bogus", reply: .error(ServerError(sqlState: "42601", message: "syntax error at or near \"bogus\"")))
        shell.server.on("select 2", reply: .rows([.init(name: "?column?", typeOID: 23)], [["2"]]))
        let status = shell.run("\n\nbogus;\nselect 2;\n")
        // psql -f ends with 0 when statements failed but nothing stopped the script.
        #expect(status == .success)
        #expect(shell.errors == "dsql:script.sql:3: ERROR:  syntax error at or near \"bogus\"\n")
        #expect(shell.server.received.map(\.sql) == ["bogus;", "select 2;"])
        #expect(shell.session.variables["ERROR"] == "false")
        #expect(shell.session.variables["LAST_ERROR_SQLSTATE"] == "42601")
    }

    @Test func onErrorStopEndsTheScriptWithStatusThree() throws {
        let shell = try InMemoryShell(variables: ["ON_ERROR_STOP=1"])
        shell.server.on("select 1", reply: .rows([.init(name: "?column?", typeOID: 23)], [["1"]]))
        shell.server.on(
            "bogus",
            reply: .error(
                ServerError(
                    sqlState: "42601", message: "syntax error at or near \"bogus\"",
                    hint: "Try again.")))
        let status = shell.run("select 1;\nbogus;\nselect 2;\n")
        #expect(status == .scriptStopped)
        #expect(shell.errors == "dsql:script.sql:2: ERROR:  syntax error at or near \"bogus\"\nHINT:  Try again.\n")
        #expect(!shell.server.received.map(\.sql).contains("select 2;"))
        #expect(shell.session.variables["ERROR"] == "true")
    }

    @Test func anErrorInATransactionAbortsItUntilRollback() throws {
        let shell = try InMemoryShell()
        shell.server.on(
            "insert into t values (1)", reply: .error(ServerError(sqlState: "23505", message: "duplicate key")))
        shell.run("begin;\ninsert into t values (1);\ninsert into t values (2);\nrollback;\n")
        #expect(shell.output == "BEGIN\nROLLBACK\n")
        #expect(
            shell.errors == """
                dsql:script.sql:2: ERROR:  duplicate key
                dsql:script.sql:3: ERROR:  current transaction is aborted, commands ignored until end of transaction block

                """)
        #expect(shell.session.transactionStatus == .idle)
    }

    @Test func gsetStoresTheRowInVariables() throws {
        let shell = try InMemoryShell()
        shell.server.on(
            "select 'x' as a, 42 as b, null as c",
            reply: .rows([.init(name: "a"), .init(name: "b", typeOID: 23), .init(name: "c")], [["x", "42", nil]]))
        let status = shell.run(
            "\\set p_c was-set\nselect 'x' as a, 42 as b, null as c \\gset p_\n\\echo :p_a :p_b :p_c\n")
        #expect(status == .success)
        // A NULL unsets the variable, so :p_c is printed as written.
        #expect(shell.output == "x 42 :p_c\n")
    }

    @Test func gsetWithoutARowIsAnError() throws {
        let shell = try InMemoryShell()
        shell.server.on("select 1 where false", reply: .rows([.init(name: "?column?", typeOID: 23)], []))
        shell.run("select 1 where false \\gset\n")
        #expect(shell.errors == "dsql:script.sql:1: error: no rows returned for \\gset\n")
        #expect(shell.output == "")
    }

    @Test func autocommitOffSendsBeginWhereNoTransactionIsOpen() throws {
        let shell = try InMemoryShell(variables: ["AUTOCOMMIT=off"])
        shell.server.on { sql, _ in sql.hasPrefix("insert") ? [.command("INSERT 0 1")] : nil }
        shell.run("insert into t values (1);\ninsert into t values (2);\ncommit;\nset search_path = app;\nrollback;\n")
        // As psql: not before COMMIT or ROLLBACK, but before a plain SET (only SET TRANSACTION and SET SESSION … skip it).
        #expect(
            shell.server.received.map(\.sql) == [
                "BEGIN", "insert into t values (1);", "insert into t values (2);", "commit;", "BEGIN",
                "set search_path = app;",
                "rollback;",
            ])
        #expect(shell.output == "INSERT 0 1\nINSERT 0 1\nCOMMIT\nSET\nROLLBACK\n")
        #expect(shell.session.transactionStatus == .idle)
    }

    @Test func noticesGoToStandardErrorBeforeTheResult() throws {
        let shell = try InMemoryShell()
        shell.server.on(
            "drop table if exists t", reply: .notice("table \"t\" does not exist, skipping"), .command("DROP TABLE"))
        shell.run("drop table if exists t;\n")
        #expect(shell.errors == "dsql:script.sql:1: NOTICE:  table \"t\" does not exist, skipping\n")
        #expect(shell.output == "DROP TABLE\n")
    }

    @Test func copyToStdoutWritesTheDataAndCopyFromStdinReadsTheScript() throws {
        let shell = try InMemoryShell()
        shell.server.on("copy t to stdout", reply: .copyOut(["1\ta", "2\tb"]))
        shell.server.on("copy t from stdin", reply: .copyIn)
        shell.server.on("select 1", reply: .rows([.init(name: "?column?", typeOID: 23)], [["1"]]))
        let status = shell.run("copy t to stdout;\ncopy t from stdin;\n3\tc\n4\td\n\\.\nselect 1;\n")
        #expect(status == .success)
        #expect(shell.server.copiedIn == ["3\tc", "4\td"])
        // psql leaves out COPY TO STDOUT's tag where it would run into the data; `COPY 2` is FROM STDIN's.
        #expect(shell.output == "1\ta\n2\tb\nCOPY 2\n ?column? \n----------\n        1\n(1 row)\n\n")
        #expect(shell.errors == "")
    }

    @Test func gexecRunsEachCellAsAStatement() throws {
        let shell = try InMemoryShell()
        shell.server.on(
            "select format('drop table %s', name) from tables",
            reply: .rows([.init(name: "format")], [["drop table a"], [nil], ["drop table b"]]))
        shell.server.on { sql, _ in sql.hasPrefix("drop table") ? [.command("DROP TABLE")] : nil }
        shell.run("select format('drop table %s', name) from tables \\gexec\n")
        // A NULL cell is skipped, as psql skips it.
        #expect(shell.server.received.map(\.sql).dropFirst() == ["drop table a", "drop table b"])
        #expect(shell.output == "DROP TABLE\nDROP TABLE\n")
    }

    @Test func timingFollowsEachStatement() throws {
        let shell = try InMemoryShell()
        shell.server.on("vacuum", reply: .command("VACUUM"))
        shell.run("\\timing on\nvacuum;\n")
        let lines = shell.output.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines.first == "Timing is on.")
        #expect(lines.dropFirst().first == "VACUUM")
        #expect(lines.last?.hasPrefix("Time: ") == true && lines.last?.hasSuffix(" ms") == true)
    }
}
