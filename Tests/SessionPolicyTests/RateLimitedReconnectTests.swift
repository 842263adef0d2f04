import Testing

@testable import SessionPolicy

@Suite("A reconnect refused by the connection rate limit (53400) is tried again after a backoff")
struct RateLimitedReconnectTests {
    private static let rateLimited = "FATAL:  too many connections per second"

    @Test(arguments: [true, false])
    func recycleRetriesThenSendsInEveryMode(interactive: Bool) throws {
        let policy = SessionPolicy.defaults(dsqlEndpoint: true, interactive: interactive)
        var lifecycle = Lifecycle(policy: policy, connectedAt: .seconds(0))
        #expect(
            try lifecycle.aboutToSend(OutgoingStatement("select 1"), now: .seconds(3300), connectionIsOpen: true)
                == .reconnect(notice: nil))
        #expect(
            try lifecycle.reconnectFailed(sqlState: "53400", message: Self.rateLimited)
                == .retry(
                    after: .milliseconds(100),
                    notice: "dsql: too many new connections (53400), reconnecting in 0.10 s (1/3)\n"))
        #expect(try lifecycle.backoffElapsed(now: .seconds(3301), connectionIsOpen: false) == .reconnect(notice: nil))
        #expect(
            try lifecycle.reconnectFailed(sqlState: "53400", message: Self.rateLimited)
                == .retry(
                    after: .milliseconds(200),
                    notice: "dsql: too many new connections (53400), reconnecting in 0.20 s (2/3)\n"))
        #expect(try lifecycle.backoffElapsed(now: .seconds(3302), connectionIsOpen: false) == .reconnect(notice: nil))
        #expect(try lifecycle.reconnected(now: .seconds(3303)) == .restoreThenSend(restoring: []))
    }

    @Test func resetAfterALossKeepsPsqlsLineShape() throws {
        var lifecycle = Lifecycle(policy: .interactiveDSQL, connectedAt: .seconds(0))
        _ = try lifecycle.aboutToSend(OutgoingStatement("select 1"), now: .seconds(1), connectionIsOpen: true)
        #expect(
            try lifecycle.connectionLost()
                == .reconnect(notice: "The connection to the server was lost. Attempting reset: "))
        #expect(
            try lifecycle.reconnectFailed(sqlState: "53400", message: Self.rateLimited)
                == .retry(
                    after: .milliseconds(100),
                    notice: "Failed.\ndsql: too many new connections (53400), reconnecting in 0.10 s (1/3)\n"))
        #expect(
            try lifecycle.backoffElapsed(now: .seconds(2), connectionIsOpen: false)
                == .reconnect(notice: "Attempting reset: "))
        guard case .restoreThenWait(_, let notice) = try lifecycle.reconnected(now: .seconds(3)) else {
            Issue.record("expected restoreThenWait")
            return
        }
        #expect(notice.hasPrefix("Succeeded.\n"))
    }

    @Test func exhaustedRetriesAreReportedWithTheExplanation() throws {
        var lifecycle = Lifecycle(policy: .interactiveDSQL, connectedAt: .seconds(0))
        _ = try lifecycle.aboutToSend(OutgoingStatement("select 1"), now: .seconds(0), connectionIsOpen: false)
        for _ in 1...3 {
            guard case .retry = try lifecycle.reconnectFailed(sqlState: "53400", message: Self.rateLimited) else {
                Issue.record("expected a retry")
                return
            }
            _ = try lifecycle.backoffElapsed(now: .seconds(1), connectionIsOpen: false)
        }
        #expect(
            try lifecycle.reconnectFailed(sqlState: "53400", message: Self.rateLimited)
                == .report(
                    """
                    dsql: could not reconnect: \(Self.rateLimited)
                    dsql: the cluster accepts at most 100 new connections per second (53400); try again in a moment.
                    dsql: the statement was not sent.

                    """))
    }

    @Test func exhaustedRetriesEndAScriptWithStatusTwo() throws {
        let policy = SessionPolicy(connectionMaxAge: .seconds(3300), rateLimitRetries: 1, interactive: false)
        var lifecycle = Lifecycle(policy: policy, connectedAt: .seconds(0))
        _ = try lifecycle.aboutToSend(OutgoingStatement("select 1"), now: .seconds(3300), connectionIsOpen: true)
        _ = try lifecycle.reconnectFailed(sqlState: "53400", message: Self.rateLimited)
        _ = try lifecycle.backoffElapsed(now: .seconds(3301), connectionIsOpen: false)
        guard
            case .exit(code: 2, let message) = try lifecycle.reconnectFailed(
                sqlState: "53400", message: Self.rateLimited)
        else {
            Issue.record("expected exit status 2")
            return
        }
        #expect(message.contains("53400"))
    }

    @Test func tooManyConnectionsIsNotRetried() throws {
        var lifecycle = Lifecycle(policy: .interactiveDSQL, connectedAt: .seconds(0))
        _ = try lifecycle.aboutToSend(OutgoingStatement("select 1"), now: .seconds(0), connectionIsOpen: false)
        guard case .report = try lifecycle.reconnectFailed(sqlState: "53300", message: "too many connections") else {
            Issue.record("expected a report")
            return
        }
    }

    @Test func cancellingTheWaitLeavesTheSessionDisconnected() throws {
        var lifecycle = Lifecycle(policy: .interactiveDSQL, connectedAt: .seconds(0))
        _ = try lifecycle.aboutToSend(OutgoingStatement("select 1"), now: .seconds(0), connectionIsOpen: false)
        _ = try lifecycle.reconnectFailed(sqlState: "53400", message: Self.rateLimited)
        try lifecycle.retryCancelled()
        #expect(lifecycle.connectionAge(now: .seconds(1)) == nil)
        #expect(
            try lifecycle.aboutToSend(OutgoingStatement("select 2"), now: .seconds(5), connectionIsOpen: false)
                == .reconnect(notice: nil))
    }
}
