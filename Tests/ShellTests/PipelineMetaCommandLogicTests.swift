import PostgresClient
import SQLScanner
import SessionPolicy
import Testing

@testable import Shell

/// The bookkeeping behind psql 18's `\syncpipeline`, `\flushrequest`, `\getresults` and
/// `\endpipeline`, and the PIPELINE_* variables it publishes.
@Suite("Explicit pipeline counters, \\getresults' argument and %P")
struct PipelineMetaCommandLogicTests {
    @Test func aSyncMakesTheQueuedCommandsAvailable() {
        var counters = PipelineCounters()
        counters.commands = 3
        counters.synced()
        #expect(counters == PipelineCounters(syncs: 1, commands: 0, available: 3, requested: 0))
        #expect(counters.variables.map(\.1) == ["1", "0", "3"])
    }

    @Test func aFlushRequestMakesThemAvailableWithoutASync() {
        var counters = PipelineCounters()
        counters.commands = 2
        counters.flushRequested()
        #expect(counters == PipelineCounters(syncs: 0, commands: 0, available: 2, requested: 0))
        #expect(counters.hasPendingResults)
    }

    @Test(arguments: [(0, 4), (1, 1), (3, 3), (4, 4), (9, 4)])
    func getResultsAsksForAtMostWhatIsPending(asked: Int, requested: Int) {
        var counters = PipelineCounters()
        counters.commands = 3
        counters.synced()
        counters.request(asked)
        #expect(counters.requested == requested, "3 results and a sync are pending")
    }

    @Test func endingWantsEveryResultAndEverySync() {
        var counters = PipelineCounters()
        counters.commands = 1
        counters.synced()
        counters.commands = 2
        counters.ending()
        #expect(counters == PipelineCounters(syncs: 2, commands: 0, available: 3, requested: 5))
        counters.commandRead()
        counters.syncRead()
        #expect(counters == PipelineCounters(syncs: 1, commands: 0, available: 2, requested: 3))
    }

    @Test func readsNeverGoBelowZero() {
        var counters = PipelineCounters()
        counters.commandRead()
        counters.syncRead()
        #expect(counters == PipelineCounters())
        #expect(!counters.hasPendingResults)
    }

    @Test(arguments: [
        ("3", 3), ("-1", -1), ("x", 0), ("", 0), ("  12abc", 12), ("+7", 7), ("99999999999", Int(Int32.max)),
    ])
    func getResultsReadsItsArgumentAsAtoiDoes(text: String, value: Int) {
        #expect(PipelineCommands.leadingInteger(text) == value)
    }

    @Test func onlyBoundQueriesCanBeSentToThePipeline() {
        #expect(PipelineRequest.parameters(["1"]).isBoundQuery)
        #expect(PipelineRequest.prepared(name: "s", parameters: []).isBoundQuery)
        #expect(!PipelineRequest.query.isBoundQuery)
        #expect(!PipelineRequest.parse(name: "s").isBoundQuery)
        #expect(PipelineRequest.close(name: "s").isCommand && !PipelineRequest.sync.isCommand)
    }

    @Test(arguments: [(Connection.PipelineStatus.off, "off"), (.on, "on"), (.aborted, "abort")])
    func percentPShowsThePipelineState(status: Connection.PipelineStatus, shown: String) {
        var context = PromptContext(
            user: "admin", database: "postgres", host: "localhost", port: "5432", sslMode: .verifyFull,
            trust: .system(bundle: "/b.pem"), transaction: .idle, status: .ready, lineNumber: 1,
            isSuperuser: false, colour: false, variable: { _ in nil })
        context.pipeline = status
        #expect(PromptRenderer.render("%P> ", context) == shown + "> ")
    }

    @Test func everyPipelineCommandIsInTheTable() {
        for name in [
            "startpipeline", "sendpipeline", "syncpipeline", "flushrequest", "flush", "getresults", "endpipeline",
            "bind", "bind_named", "parse", "close_prepared",
        ] {
            #expect(MetaCommandTable.command(named: name) != nil, "\\\(name)")
        }
        #expect(MetaCommandTable.command(named: "close") == nil, "psql 18 has no \\close")
    }

    @Test func stateHeldWithoutATrackedStatementMakesAReconnectLoud() {
        var tracker = SessionSettingsTracker()
        #expect(tracker.unreplayable.isEmpty)
        tracker.hold(.preparedStatements)
        tracker.hold(.preparedStatements)
        #expect(tracker.unreplayable == [.preparedStatements])
    }
}
