/// Decides, without doing any I/O, when a session recycles, reconnects, retries or gives up.
///
/// The session loop tells it events and performs the ``LifecycleAction`` it returns,
/// in the manner of postgres-nio's `ConnectionStateMachine`. Time arrives as
/// `Instant` values and randomness through an injected generator, so every
/// transition is tested with plain values. It also keeps the session's `SET`
/// settings (``settings``) to restore them on every new connection, and knows which
/// session state no statement can restore: with any of it, a closed connection is a
/// loss (a script stops with status 2; a person is told what did not survive), and a
/// connection past its age limit is kept rather than replaced.
///
/// A statement is sent again only when it is known not to have taken effect: after a
/// recycle before sending, or after a conflict (SQLSTATE 40001) outside any
/// explicit transaction in a command string that does not commit by itself.
///
/// How the session drives it, for each command string it would send:
/// 1. ``aboutToSend(_:now:connectionIsOpen:)``; act on the result until it says to send.
/// 2. Send the string and read every result; then exactly one of
///    ``statementSucceeded(transactionAfter:)`` (no result was an error),
///    ``statementFailed(sqlState:message:transactionAfter:connectionIsOpen:using:)`` (one was;
///    pass the first error), or ``connectionLost()`` (sending or reading failed).
/// 3. After ``LifecycleAction/reconnect(notice:)``: ``reconnected(now:)`` or
///    ``reconnectFailed(sqlState:message:using:)``. After
///    ``LifecycleAction/retry(after:notice:)``: ``backoffElapsed(now:connectionIsOpen:)``
///    or ``retryCancelled()``. The restoring `SET`s of
///    ``LifecycleAction/restoreThenSend(restoring:)`` are run directly, not through the machine.
/// Meta-commands that replace the connection (`\connect`) call ``connectionReplaced(now:)``.
///
/// The methods called for every statement carry an exported specialization for
/// `ContinuousClock.Instant`, the session's clock: Shell, in another module, cannot
/// specialize them itself, and unspecialized they cost 2,400 instructions a statement.
public struct ConnectionLifecycle<Instant: InstantProtocol>: Sendable where Instant.Duration == Duration {
    /// Recycling, retry and interactivity settings; may be changed between statements.
    public var policy: SessionPolicy
    /// The session settings to restore after a reconnect.
    public private(set) var settings = SessionSettingsTracker()
    private(set) var state: State

    /// Starts tracking a session whose first connection was made at `connectedAt`.
    @_specialize(exported:true,where Instant == ContinuousClock.Instant)
    public init(policy: SessionPolicy, connectedAt: Instant) {
        self.policy = policy
        self.state = .idle(connectedAt: connectedAt)
    }

    /// How long the current connection has been open, or nil without one.
    @_specialize(exported:true,where Instant == ContinuousClock.Instant)
    public func connectionAge(now: Instant) -> Duration? {
        switch state {
        case .idle(let connectedAt), .inFlight(let connectedAt, _), .backingOff(let connectedAt, _):
            connectedAt.duration(to: now)
        case .reconnecting, .waitingToReconnect, .disconnected, .finished:
            nil
        }
    }

    /// The session is about to send `statement`; `connectionIsOpen` is false when it found the server had hung up.
    ///
    /// Returns ``LifecycleAction/send``, or a reconnect first when the connection is
    /// too old or closed and no transaction is open.
    @_specialize(exported:true,where Instant == ContinuousClock.Instant)
    public mutating func aboutToSend(_ statement: OutgoingStatement, now: Instant, connectionIsOpen: Bool)
        throws(LifecycleError) -> LifecycleAction
    {
        switch state {
        case .idle(let connectedAt):
            return prepare(Attempt(statement), connectedAt: connectedAt, now: now, connectionIsOpen: connectionIsOpen)
        case .disconnected:
            state = .reconnecting(.toSend(Attempt(statement)), failures: 0)
            return .reconnect(notice: nil)
        default:
            throw unexpected("aboutToSend")
        }
    }

    /// Whether a statement may be sent ahead of earlier results now: the connection is
    /// idle, open and not due to be replaced (a pipeline cannot stop to reconnect).
    @_specialize(exported:true,where Instant == ContinuousClock.Instant)
    public func canSendAhead(now: Instant, connectionIsOpen: Bool) -> Bool {
        guard case .idle(let connectedAt) = state, connectionIsOpen else { return false }
        if settings.unreplayable.isEmpty, let maxAge = policy.connectionMaxAge, connectedAt.duration(to: now) >= maxAge
        {
            return false
        }
        return true
    }

    /// The session may now hold `state` without the statement that made it being tracked
    /// (psql 18's `\parse`, a statement in an explicit pipeline): a reconnect is not silent.
    public mutating func untrackedStateHeld(_ state: UnreplayableState) {
        settings.hold(state)
    }

    /// A statement sent ahead in a pipeline is having its results read: it is now the one
    /// in flight, whatever the connection's age (it was checked when the pipeline began).
    @_specialize(exported:true,where Instant == ContinuousClock.Instant)
    public mutating func sentAhead(_ statement: OutgoingStatement) throws(LifecycleError) {
        guard case .idle(let connectedAt) = state else { throw unexpected("sentAhead") }
        state = .inFlight(connectedAt: connectedAt, Attempt(statement))
    }

    /// The statement in flight finished without error; `transactionAfter` is the state it left.
    @_specialize(exported:true,where Instant == ContinuousClock.Instant)
    public mutating func statementSucceeded(transactionAfter: TransactionState) throws(LifecycleError) {
        guard case .inFlight(let connectedAt, let attempt) = state else { throw unexpected("statementSucceeded") }
        settings.record(
            attempt.effects, succeeded: true,
            before: attempt.statement.effectiveTransaction, after: transactionAfter)
        state = .idle(connectedAt: connectedAt)
    }

    /// The statement in flight failed with a server error; `transactionAfter` is the state it left.
    ///
    /// Conflicts are retried when safe (``LifecycleAction/retry(after:notice:)``). Whether
    /// the error ended the connection is `connectionIsOpen`, read from the connection
    /// itself: a class-08 SQLSTATE raised on a healthy connection (by `RAISE … USING
    /// ERRCODE`, a failed `CREATE SUBSCRIPTION`) is an ordinary error.
    public mutating func statementFailed(
        sqlState: String?, message: String, transactionAfter: TransactionState,
        connectionIsOpen: Bool, using random: inout some RandomNumberGenerator
    )
        throws(LifecycleError) -> LifecycleAction
    {
        guard case .inFlight(let connectedAt, let attempt) = state else { throw unexpected("statementFailed") }
        if !connectionIsOpen { return lose(attempt) }
        let kind = FailureKind(sqlState: sqlState, message: message)
        settings.record(
            attempt.effects, succeeded: false,
            before: attempt.statement.effectiveTransaction, after: transactionAfter)
        guard policy.handlesDSQLFailures else {
            state = .idle(connectedAt: connectedAt)
            return .fail(notice: nil)
        }
        guard case .conflict(let code) = kind else {
            state = .idle(connectedAt: connectedAt)
            return .fail(notice: kind.explanation.map { $0 + "\n" })
        }
        if let reason = noRetryReason(attempt, transactionAfter: transactionAfter) {
            state = .idle(connectedAt: connectedAt)
            return .fail(notice: LifecycleMessages.notRetried(code, because: reason))
        }
        let delay = policy.backoff.delay(beforeRetry: attempt.number, using: &random)
        var next = attempt
        next.number += 1
        state = .backingOff(connectedAt: connectedAt, next)
        let notice = LifecycleMessages.retrying(code, delay: delay, retry: attempt.number, of: policy.retryLimit)
        return .retry(after: delay, notice: notice)
    }

    /// The connection broke while the statement was in flight (send or receive failed).
    ///
    /// The statement is never sent again: it may have reached the server.
    public mutating func connectionLost() throws(LifecycleError) -> LifecycleAction {
        guard case .inFlight(_, let attempt) = state else { throw unexpected("connectionLost") }
        return lose(attempt)
    }

    /// The delay of a ``LifecycleAction/retry(after:notice:)`` has passed.
    ///
    /// After a conflict, sends the statement again (recycling the connection first if
    /// needed); after a rate-limited reconnect, reconnects again. `connectionIsOpen`
    /// matters only for the first.
    public mutating func backoffElapsed(now: Instant, connectionIsOpen: Bool) throws(LifecycleError) -> LifecycleAction
    {
        switch state {
        case .backingOff(let connectedAt, let attempt):
            return prepare(attempt, connectedAt: connectedAt, now: now, connectionIsOpen: connectionIsOpen)
        case .waitingToReconnect(let reconnect, let failures):
            state = .reconnecting(reconnect, failures: failures)
            if case .afterLoss = reconnect { return .reconnect(notice: LifecycleMessages.attemptingResetAgain) }
            return .reconnect(notice: nil)
        default:
            throw unexpected("backoffElapsed")
        }
    }

    /// The user interrupted the wait before a retry.
    ///
    /// A conflicting statement is dropped and the session stays connected; a
    /// rate-limited reconnect is abandoned and the session is left without a
    /// connection (the next statement reconnects).
    public mutating func retryCancelled() throws(LifecycleError) {
        switch state {
        case .backingOff(let connectedAt, _): state = .idle(connectedAt: connectedAt)
        case .waitingToReconnect: state = .disconnected
        default: throw unexpected("retryCancelled")
        }
    }

    /// A new connection was made at `now`, after a ``LifecycleAction/reconnect(notice:)``.
    public mutating func reconnected(now: Instant) throws(LifecycleError) -> LifecycleAction {
        guard case .reconnecting(let reconnect, _) = state else { throw unexpected("reconnected") }
        let lost = settings.unreplayable
        settings.connectionReplaced()
        switch reconnect {
        case .toSend(let attempt):
            state = .inFlight(connectedAt: now, attempt)
            return .restoreThenSend(restoring: settings.statementsToReplay)
        case .afterLoss(let loss):
            state = .idle(connectedAt: now)
            return .restoreThenWait(
                restoring: settings.statementsToReplay,
                notice: LifecycleMessages.succeeded + LifecycleMessages.loss(loss) + LifecycleMessages.lostState(lost))
        }
    }

    /// The new connection could not be made; `message` is libpq's, `sqlState` the server's if it sent one.
    ///
    /// A refusal by the connection rate limit (53400) is tried again after a backoff,
    /// in every mode; any other failure is reported (interactive) or ends the run with status 2.
    public mutating func reconnectFailed(
        sqlState: String?, message: String, using random: inout some RandomNumberGenerator
    )
        throws(LifecycleError) -> LifecycleAction
    {
        guard case .reconnecting(let reconnect, let failures) = state else { throw unexpected("reconnectFailed") }
        let kind = FailureKind(sqlState: sqlState, message: message)
        if kind == .connectionLimit(.connectionRateExceeded), failures < policy.rateLimitRetries {
            let delay = policy.backoff.delay(beforeRetry: failures + 1, using: &random)
            state = .waitingToReconnect(reconnect, failures: failures + 1)
            var afterLoss = false
            if case .afterLoss = reconnect { afterLoss = true }
            let notice = LifecycleMessages.reconnectingAfterRateLimit(
                delay: delay, retry: failures + 1, of: policy.rateLimitRetries, afterLoss: afterLoss)
            return .retry(after: delay, notice: notice)
        }
        guard policy.interactive else {
            state = .finished
            return .exit(code: 2, message: message + (kind.explanation.map { "\n" + $0 } ?? ""))
        }
        state = .disconnected
        let reason = LifecycleMessages.reconnectFailed(message, kind: kind)
        let lost = settings.unreplayable
        // The old connection is gone whatever comes next: the next one starts without its state.
        settings.connectionReplaced()
        switch reconnect {
        case .toSend:
            return .report(reason + LifecycleMessages.statementNotSent + LifecycleMessages.lostState(lost))
        case .afterLoss(let loss):
            return .report(
                LifecycleMessages.failed + reason + LifecycleMessages.loss(loss) + LifecycleMessages.lostState(lost))
        }
    }

    /// The user replaced the connection (`\connect`) at `now`: a new session with no settings to restore.
    @_specialize(exported:true,where Instant == ContinuousClock.Instant)
    public mutating func connectionReplaced(now: Instant) {
        settings = SessionSettingsTracker()
        state = .idle(connectedAt: now)
    }

    /// Sends, or recycles the connection first, for an attempt about to go out.
    private mutating func prepare(_ attempt: Attempt, connectedAt: Instant, now: Instant, connectionIsOpen: Bool)
        -> LifecycleAction
    {
        let transactionOpen = attempt.statement.transaction.isOpen
        if !connectionIsOpen {
            if transactionOpen {
                settings.transactionLost()
                return reset(after: .idleTransaction)
            }
            // Silent only when everything the session changed can be replayed.
            guard settings.unreplayable.isEmpty else { return reset(after: .idleSessionState) }
            state = .reconnecting(.toSend(attempt), failures: 0)
            // A person is told in one line; a script carries on silently (nothing was lost).
            return .reconnect(notice: policy.interactive ? LifecycleMessages.idleConnectionReplaced : nil)
        }
        // A connection holding state that cannot be replayed is kept past its age limit
        // rather than given up: replacing it would run later statements in another session.
        if !transactionOpen, settings.unreplayable.isEmpty, let maxAge = policy.connectionMaxAge,
            connectedAt.duration(to: now) >= maxAge
        {
            state = .reconnecting(.toSend(attempt), failures: 0)
            return .reconnect(notice: nil)
        }
        state = .inFlight(connectedAt: connectedAt, attempt)
        return .send
    }

    /// Handles a connection lost with `attempt` in flight.
    private mutating func lose(_ attempt: Attempt) -> LifecycleAction {
        let loss: TransactionLoss
        if attempt.statement.runsInExplicitTransaction || attempt.shape.beginsTransaction {
            loss = attempt.shape.endsWithCommit ? .commitInFlight : .openTransaction
            settings.transactionLost()
        } else {
            loss = .autocommitStatement
        }
        return reset(after: loss)
    }

    /// Resets the connection as psql does, or ends a non-interactive run with status 2.
    private mutating func reset(after loss: TransactionLoss) -> LifecycleAction {
        guard policy.interactive else {
            state = .finished
            return .exit(code: 2, message: LifecycleMessages.connectionLost(losing: settings.unreplayable))
        }
        state = .reconnecting(.afterLoss(loss), failures: 0)
        return .reconnect(notice: LifecycleMessages.attemptingReset)
    }

    /// Why a conflict on `attempt` must not be retried, or nil when it may be.
    private func noRetryReason(_ attempt: Attempt, transactionAfter: TransactionState) -> NoRetryReason? {
        if attempt.statement.runsInExplicitTransaction {
            return transactionAfter == .idle ? .transactionRolledBack : .transactionAborted
        }
        if attempt.shape.controlsTransactions { return .controlsTransactions }
        if transactionAfter.isOpen { return .transactionAborted }
        if policy.retryLimit == 0 { return .retriesDisabled }
        if attempt.number > policy.retryLimit { return .retriesExhausted(policy.retryLimit) }
        return nil
    }

    private func unexpected(_ event: String) -> LifecycleError {
        .unexpectedEvent(event: event, state: state.name)
    }
}
