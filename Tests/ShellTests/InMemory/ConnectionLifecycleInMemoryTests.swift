import PostgresClient
import SessionPolicy
import ShellTestSupport
import Testing

@testable import Shell

/// Reconnects, resets and conflict retries, run through the session against the in-memory server.
@Suite struct ConnectionLifecycleInMemoryTests {
    /// A DSQL endpoint's name: conflicts are retried there without RETRY_OCC.
    static let dsqlHost = "abcdefghijklmnopqrstuvwxyz.dsql.us-east-1.on.aws"

    @Test func aConnectionPastItsAgeIsReplacedAndTheSettingsReplayedBeforeTheNextStatement() throws {
        let shell = try InMemoryShell()
        shell.server.on { sql, connection in
            sql.hasPrefix("select current_schema")
                ? [.rows([.init(name: "current_schema")], [[connection.settings["search_path"]]])] : nil
        }
        // DSQL's 60-minute limit: every connection is already past the age it is recycled at.
        shell.session.lifecycle.policy.connectionMaxAge = .zero
        let status = shell.run("set search_path = app;\nselect current_schema();\n")
        #expect(status == .success)
        #expect(shell.server.connectionsOpened == 3)
        // Each new connection gets the setting back before the statement that follows it.
        #expect(shell.server.statements(on: 3) == ["set search_path = app", "select current_schema();"])
        #expect(shell.output == "SET\n current_schema \n----------------\n app\n(1 row)\n\n")
        // A script is replaced silently: nothing was lost.
        #expect(shell.errors == "")
    }

    @Test(arguments: [("commit", "app"), ("rollback", "\"$user\", public")])
    func aSettingMadeInATransactionIsReplayedOnlyWhenTheTransactionCommitted(end: String, schema: String) throws {
        let shell = try InMemoryShell()
        shell.session.lifecycle.policy.connectionMaxAge = .zero
        shell.run("begin;\nset search_path = app;\n\(end);\nshow search_path;\n")
        // The transaction stays on one connection; the statement after it gets a new one.
        let last = shell.server.connectionsOpened
        #expect(shell.server.statements(on: last - 1).suffix(3) == ["begin;", "set search_path = app;", "\(end);"])
        #expect(
            shell.server.statements(on: last) == (end == "commit" ? ["set search_path = app"] : []) + [
                "show search_path;"
            ])
        #expect(shell.output.hasSuffix("-------------\n \(schema)\n(1 row)\n\n"))
    }

    @Test func anIdleConnectionTheServerClosedIsReplacedBeforeTheNextStatement() throws {
        let shell = try InMemoryShell()
        shell.run("set search_path = app;\n")
        shell.server.current?.hangUp()
        // The session asks the socket only when the last answer is not recent.
        shell.session.lastAnswer = nil
        shell.run("show search_path;\n")
        #expect(shell.server.connectionsOpened == 2)
        #expect(shell.server.statements(on: 2) == ["set search_path = app", "show search_path;"])
        #expect(shell.output == "SET\n search_path \n-------------\n app\n(1 row)\n\n")
    }

    @Test func aConnectionLostDuringAStatementEndsAScriptWithStatusTwo() throws {
        let shell = try InMemoryShell()
        shell.server.on("select pg_sleep(10)", reply: .loseConnection)
        let status = shell.run("select pg_sleep(10);\nselect 2;\n")
        #expect(status == .connectionFailure)
        #expect(
            shell.errors == """
                dsql:script.sql:1: server closed the connection unexpectedly
                \tThis probably means the server terminated abnormally
                \tbefore or while processing the request.
                dsql:script.sql:1: error: connection to server was lost

                """)
        #expect(shell.server.received.count == 1)
    }

    @Test func aConnectionLostAtThePromptIsResetWithTheSettingsRestored() throws {
        let shell = try InMemoryShell()
        shell.server.on("select pg_sleep(10)", reply: .loseConnection)
        let status = shell.runInteractive("set search_path = app;\nselect pg_sleep(10);\nshow search_path;\n")
        #expect(status == .success)
        #expect(
            shell.errors.contains(
                """
                The connection to the server was lost. Attempting reset: Succeeded.
                dsql: the statement was not sent again; it may or may not have taken effect.

                """))
        #expect(shell.server.statements(on: 2) == ["set search_path = app", "show search_path;"])
        // psql echoes \q when the input ends at the prompt.
        #expect(shell.output.hasSuffix(" search_path \n-------------\n app\n(1 row)\n\n\\q\n"))
    }

    @Test func aConflictInAutocommitIsRetriedOnADSQLEndpoint() throws {
        let shell = try InMemoryShell(host: Self.dsqlHost)
        shell.session.lifecycle.policy.backoff = Backoff(base: .zero, cap: .zero, jitter: 0)
        // DSQL's conflicts are SQLSTATE 40001 with the OC code in the message.
        let conflict = ServerError(
            sqlState: "40001", message: "change conflicts with another transaction, please retry: (OC000)")
        shell.server.on("update t set n = n + 1", reply: .error(conflict))
        shell.server.on("update t set n = n + 1", reply: .error(conflict))
        shell.server.on("update t set n = n + 1", reply: .command("UPDATE 1"))
        let status = shell.run("update t set n = n + 1;\n")
        #expect(status == .success)
        #expect(shell.output == "UPDATE 1\n")
        #expect(shell.server.received.count == 3)
        #expect(shell.errors.components(separatedBy: "retrying").count == 3)
        #expect(shell.errors.contains("(1/3)") && shell.errors.contains("(2/3)"))
    }

    @Test func aConflictInsideATransactionIsNotRetried() throws {
        let shell = try InMemoryShell(host: Self.dsqlHost)
        shell.server.on("commit", reply: .error(ServerError(sqlState: "40001", message: "serialization failure")))
        shell.run("begin;\ncommit;\n")
        #expect(shell.server.received.map(\.sql) == ["begin;", "commit;"])
        #expect(shell.errors.contains("ERROR:  serialization failure\n"))
        #expect(!shell.errors.contains("retrying"))
    }
}
