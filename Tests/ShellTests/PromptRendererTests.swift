import PostgresClient
import SQLScanner
import Testing
@testable import Shell

@Suite("Prompt rendering: psql's escapes plus the TLS trust marker")
struct PromptRendererTests {
    private func context(sslMode: SSLMode = .verifyFull, trust: TrustSource = .file("/ca.pem"),
                         transaction: Connection.TransactionStatus? = .idle, status: PromptStatus = .ready,
                         colour: Bool = false, superuser: Bool = true) -> PromptContext {
        PromptContext(user: "admin", database: "postgres", host: "abcdefghijklmnopqrstuvwxyz.dsql.us-east-1.on.aws",
                      port: "5432", sslMode: sslMode, trust: trust, transaction: transaction, status: status,
                      lineNumber: 3, isSuperuser: superuser, colour: colour,
                      variable: { $0 == "DBNAME" ? "postgres" : nil })
    }

    @Test func defaultPromptShowsUserClusterDatabaseAndTrust() {
        #expect(PromptRenderer.render(PromptRenderer.defaultPrompt, context())
            == "admin@abcdefghijklmnopqrstuvwxyz/postgres [verify-full·file]=# ")
    }

    @Test func systemTrustIsNamedSystem() {
        let rendered = PromptRenderer.render("%S", context(trust: .system(bundle: "/etc/ssl/certs/ca-certificates.crt")))
        #expect(rendered == "[verify-full·system]")
        #expect(PromptRenderer.render("%S", context(trust: .sslCertFile("/b.pem"))) == "[verify-full·SSL_CERT_FILE]")
    }

    @Test func continuationPromptShowsWhatIsOpen() {
        #expect(PromptRenderer.render("%R", context(status: .continue)) == "-")
        #expect(PromptRenderer.render("%R", context(status: .singleQuote)) == "'")
        #expect(PromptRenderer.render("%R", context(status: .doubleQuote)) == "\"")
        #expect(PromptRenderer.render("%R", context(status: .dollarQuote)) == "$")
        #expect(PromptRenderer.render("%R", context(status: .comment)) == "*")
        #expect(PromptRenderer.render("%R", context(status: .parenthesis)) == "(")
    }

    @Test func transactionStateMarkers() {
        #expect(PromptRenderer.render("%x", context(transaction: .idle)) == "")
        #expect(PromptRenderer.render("%x", context(transaction: .inTransaction)) == "*")
        #expect(PromptRenderer.render("%x", context(transaction: .failedTransaction)) == "!")
        #expect(PromptRenderer.render("%x", context(transaction: nil)) == "?")
    }

    @Test func requireModeCarriesAnUnmistakableMarker() {
        #expect(PromptRenderer.render("%S", context(sslMode: .require, trust: .unverified)) == "[REQUIRE·UNVERIFIED]")
    }

    @Test func requireMarkerIsRedAndInvisibleToWidthOnAColourTerminal() {
        let rendered = PromptRenderer.render("%S", context(sslMode: .require, trust: .unverified, colour: true))
        #expect(rendered == "\u{01}\u{1B}[1;31m\u{02}[REQUIRE·UNVERIFIED]\u{01}\u{1B}[0m\u{02}")
    }

    @Test func psqlEscapes() {
        let rendered = PromptRenderer.render("%n %/ %~ %M:%> %l %s %T %:DBNAME: %% %[x%]", context(superuser: false))
        #expect(rendered == "admin postgres postgres abcdefghijklmnopqrstuvwxyz.dsql.us-east-1.on.aws:5432 3 verify-full file postgres % \u{01}x\u{02}")
        #expect(PromptRenderer.render("%#", context(superuser: false)) == ">")
    }

    @Test func numericHostIsShownWhole() {
        var numeric = context()
        numeric.host = "127.0.0.1"
        #expect(PromptRenderer.render("%m", numeric) == "127.0.0.1")
    }
}
