import PostgresClient
import SQLScanner
import Testing

@testable import Shell

@Suite("Prompt rendering: the escapes and states PromptRendererTests leaves out")
struct PromptRendererEdgeTests {
    private func context(
        sslMode: SSLMode = .verifyFull, trust: TrustSource = .file("/ca.pem"),
        transaction: Connection.TransactionStatus? = .idle, status: PromptStatus = .ready,
        colour: Bool = false
    ) -> PromptContext {
        PromptContext(
            user: "admin", database: "postgres", host: "abcdefghijklmnopqrstuvwxyz.dsql.us-east-1.on.aws",
            isDSQLEndpoint: true, port: "5432", sslMode: sslMode, trust: trust, transaction: transaction,
            status: status,
            lineNumber: 3, isSuperuser: true, colour: colour, variable: { _ in nil })
    }

    @Test func superuserPromptWithFileTrust() {
        #expect(
            PromptRenderer.render(PromptRenderer.defaultPrompt, context())
                == "admin@abcdef… [verify-full·file]=# ")
    }

    @Test func continuationInsideQuotesCommentsAndDollarQuotes() {
        #expect(PromptRenderer.render("%R", context(status: .doubleQuote)) == "\"")
        #expect(PromptRenderer.render("%R", context(status: .dollarQuote)) == "$")
        #expect(PromptRenderer.render("%R", context(status: .comment)) == "*")
    }

    @Test func lostConnectionShowsUnknownTransactionState() {
        #expect(PromptRenderer.render("%x", context(transaction: nil)) == "?")
    }

    @Test func requireMarkerIsRedAndInvisibleToWidthOnAColourTerminal() {
        let rendered = PromptRenderer.render("%S", context(sslMode: .require, trust: .unverified, colour: true))
        #expect(rendered == "\u{01}\u{1B}[1;31m\u{02}[REQUIRE·UNVERIFIED]\u{01}\u{1B}[0m\u{02}")
    }

    @Test func tildeInvisibleSpansAndUnknownEscapes() {
        #expect(PromptRenderer.render("%~ %[x%] %q", context()) == "postgres \u{01}x\u{02} q")
    }

    @Test func numericHostIsShownWhole() {
        var numeric = context()
        numeric.host = "127.0.0.1"
        #expect(PromptRenderer.render("%m", numeric) == "127.0.0.1")
    }
}
