import PostgresClient
import SQLScanner
import Testing

@testable import Shell

@Suite("Prompt rendering")
struct PromptRendererTests {
    func context(
        mode: SSLMode = .verifyFull, trust: TrustSource = .system(bundle: "/b.pem"),
        transaction: Connection.TransactionStatus? = .idle, status: PromptStatus = .ready,
        superuser: Bool = false, colour: Bool = false
    ) -> PromptContext {
        PromptContext(
            user: "admin", database: "postgres", host: "abcdefghijklmnopqrstuvwxyz.dsql.us-east-1.on.aws",
            isDSQLEndpoint: true, port: "5432", sslMode: mode, trust: trust, transaction: transaction, status: status,
            lineNumber: 3, isSuperuser: superuser, colour: colour, variable: { $0 == "X" ? "vx" : nil })
    }

    @Test func defaultPromptShowsUserClusterAndTrustWithinFortyColumns() {
        let prompt = PromptRenderer.render(PromptRenderer.defaultPrompt, context())
        #expect(prompt == "admin@abcdef… [verify-full·system]=> ")
        #expect(prompt.count <= 40)
        #expect(
            PromptRenderer.render("%n@%m/%/ %S%R%x%# ", context())
                == "admin@abcdefghijklmnopqrstuvwxyz/postgres [verify-full·system]=> ",
            "PROMPT1 can still show everything")
    }

    @Test func anotherDatabaseIsShownAndOtherHostsAreNotCut() {
        var other = context()
        other.database = "reports"
        other.host = "db.example.com"
        other.isDSQLEndpoint = false
        #expect(PromptRenderer.render("%c%D", other) == "db/reports")
        other.host = "localhost"
        #expect(PromptRenderer.render("%c", other) == "localhost")
    }

    @Test(arguments: [
        (TrustSource.sslCertFile("/x.pem"), "SSL_CERT_FILE"), (.file("/ca.pem"), "file"), (.nativeSystem, "system"),
    ])
    func trustSourceIsNamed(trust: TrustSource, name: String) {
        #expect(PromptRenderer.render("%S", context(trust: trust)) == "[verify-full·\(name)]")
    }

    @Test func socketIsNeverShownAsVerified() {
        var socket = context()
        socket.transport = .socket("/var/run/postgresql")
        #expect(PromptRenderer.render("%S", socket) == "[socket·no TLS]")
        #expect(PromptRenderer.render("%s %T", socket) == "none none")
        socket.sslMode = .require
        #expect(PromptRenderer.render("%S", socket) == "[socket·no TLS]")
        socket.colour = true
        #expect(PromptRenderer.render("%S", socket).contains("\u{1B}[1;31m"))
    }

    @Test func requireCarriesAnUnmistakableMarker() {
        #expect(PromptRenderer.render("%S", context(mode: .require, trust: .unverified)) == "[REQUIRE·UNVERIFIED]")
        let coloured = PromptRenderer.render("%S", context(mode: .require, trust: .unverified, colour: true))
        #expect(
            coloured.contains("\u{1B}[1;31m") && coloured.contains("\u{01}")
                && coloured.contains("[REQUIRE·UNVERIFIED]"))
    }

    @Test(arguments: [
        (Connection.TransactionStatus.idle, ""), (.inTransaction, "*"), (.failedTransaction, "!"), (.unknown, "?"),
    ])
    func transactionMarker(status: Connection.TransactionStatus, marker: String) {
        #expect(PromptRenderer.render("%x", context(transaction: status)) == marker)
    }

    @Test func continuationShowsWhatIsOpen() {
        #expect(PromptRenderer.render("%R", context(status: .singleQuote)) == "'")
        #expect(PromptRenderer.render("%R", context(status: .continue)) == "-")
        #expect(PromptRenderer.render("%R", context(status: .parenthesis)) == "(")
    }

    @Test func psqlEscapes() {
        #expect(
            PromptRenderer.render("%n %/ %m %M %> %# %l %:X: %% %s %T", context(superuser: true))
                == "admin postgres abcdefghijklmnopqrstuvwxyz abcdefghijklmnopqrstuvwxyz.dsql.us-east-1.on.aws 5432 # 3 vx % verify-full system"
        )
    }
}
