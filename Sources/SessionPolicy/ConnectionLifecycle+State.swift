extension ConnectionLifecycle {
    /// Where the session stands with its connection.
    enum State: Equatable, Sendable {
        /// Connected since `connectedAt`; nothing in flight.
        case idle(connectedAt: Instant)
        /// A statement has been sent and has not finished.
        case inFlight(connectedAt: Instant, Attempt)
        /// A conflicting statement waits for its backoff before being sent again.
        case backingOff(connectedAt: Instant, Attempt)
        /// The session is replacing the connection; `failures` earlier attempts hit the connection rate limit.
        case reconnecting(Reconnect, failures: Int)
        /// A reconnect hit the connection rate limit (53400) and waits for its backoff.
        case waitingToReconnect(Reconnect, failures: Int)
        /// A reconnect failed; the next statement starts with another one.
        case disconnected
        /// The run is over (a non-interactive run lost its connection).
        case finished

        /// A short name for error messages.
        var name: String {
            switch self {
            case .idle: "idle"
            case .inFlight: "a statement is in flight"
            case .backingOff: "waiting to retry"
            case .reconnecting: "reconnecting"
            case .waitingToReconnect: "waiting to reconnect"
            case .disconnected: "disconnected"
            case .finished: "finished"
            }
        }
    }

    /// One attempt at sending a statement: the first (1) or a retry (2, 3, …).
    struct Attempt: Equatable, Sendable {
        var statement: OutgoingStatement
        /// What the statement's text does, read once for every use.
        var effects: CommandEffects
        var number: Int

        init(_ statement: OutgoingStatement, number: Int = 1) {
            self.statement = statement
            self.effects = CommandEffects(statement.text)
            self.number = number
        }

        /// What the statement does to transactions.
        var shape: CommandShape { CommandShape(effects) }
    }

    /// Why the session is reconnecting, and what follows.
    enum Reconnect: Equatable, Sendable {
        /// The connection was recycled (too old, found closed, or none); then the statement is sent.
        case toSend(Attempt)
        /// The connection was lost with work in flight or a transaction open; nothing is sent again.
        case afterLoss(TransactionLoss)
    }
}
