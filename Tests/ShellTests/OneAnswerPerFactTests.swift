import DSQLAuth
import PostgresClient
import SessionPolicy
import SystemSupport
import Testing

@testable import Shell

/// Facts dsql decides in one place, so `dsql`, `dsql token`, paths and variables agree.
@Suite("One answer per fact")
struct OneAnswerPerFactTests {
    @Test(arguments: [
        (nil as String?, nil as String?, nil as String?, "admin"),
        ("", nil, nil, "admin"),
        (nil, nil, "", "admin"),
        ("", nil, "reader", "reader"),
        ("writer", nil, "reader", "writer"),
        (nil, "from_service", "reader", "from_service"),
    ])
    func userFromFlagServiceOrPGUSER(flag: String?, service: String?, pguser: String?, expected: String) {
        let environment = pguser.map { ["PGUSER": $0] } ?? [:]
        #expect(Settings.user(flag: flag, service: service, environment: environment) == expected)
    }

    @Test func anEmptyHomeCountsAsNone() {
        #expect(HomeDirectory.path(environment: ["HOME": "/home/someone"]) == "/home/someone")
        let fallback = HomeDirectory.path(environment: ["HOME": ""])
        #expect(!fallback.isEmpty)
        #expect(fallback == HomeDirectory.path(environment: [:]))
    }

    @Test(arguments: [
        ("on", PipelineSetting.on), ("TRU", .on), ("y", .on), ("1", .on), ("of", .off), ("n", .off),
        ("0", .off), ("auto", .auto), ("o", .auto), ("maybe", .auto), ("", .auto),
    ])
    func pipelineReadsPsqlsBooleans(_ value: String, _ expected: PipelineSetting) {
        #expect(PipelineSetting(value) == expected)
    }

    /// The connector decides once whether its host is a DSQL endpoint; connection recycling,
    /// COPY batching, TLS negotiation and the prompt's `%c` all follow that one answer (an
    /// `.on.aws` host that is not a DSQL endpoint once got COPY batching and `%c` anyway).
    @Test(arguments: [
        ("abcdefghijklmnopqrstuvwxyz.dsql.us-east-1.on.aws", true),
        ("ABCDEFGHIJKLMNOPQRSTUVWXYZ.DSQL.US-EAST-1.ON.AWS", true),
        ("abcdefghijklmnopqrstuvwxyz.example.on.aws", false),
        ("localhost", false),
    ])
    func oneAnswerToIsThisADSQLEndpoint(host: String, isDSQL: Bool) throws {
        let settings = try Settings.resolve(flags: ConnectionFlags(host: host, sslMode: "require"), environment: [:])
        let connector = try Connector(settings: settings, environment: [:], passwordSource: LibpqPasswordSource())
        #expect(connector.isDSQLEndpoint == isDSQL)

        let batching = CopyBatchPolicy.resolve(
            dsqlEndpoint: connector.isDSQLEndpoint, rowsVariable: nil,
            bytesVariable: nil, inTransaction: false)
        #expect((batching != nil) == isDSQL)
        #expect((SessionPolicy.defaultMaxAge(dsqlEndpoint: connector.isDSQLEndpoint) != nil) == isDSQL)
        if LibraryInfo.libpqVersion >= 170000 {
            #expect(connector.parameters.sslNegotiation == (isDSQL ? "direct" : "postgres"))
        }
        let context = PromptContext(
            user: "admin", database: "postgres", host: host,
            isDSQLEndpoint: connector.isDSQLEndpoint, port: "5432", sslMode: .require,
            trust: .system(bundle: "/b.pem"), status: .ready, lineNumber: 1,
            isSuperuser: false, colour: false, variable: { _ in nil })
        let short = String(host.prefix { $0 != "." })
        let abbreviated = isDSQL && ClusterEndpoint.isClusterId(short)
        #expect(PromptRenderer.render("%c", context) == (abbreviated ? String(short.prefix(6)) + "…" : short))
    }
}
