/// What a server error or connection failure means for the session: retry, reconnect, explain, or just report.
///
/// Matches SQLSTATEs by class where PostgreSQL groups them, as GRDB's `ResultCode` does.
public enum FailureKind: Equatable, Sendable {
    /// SQLSTATE 40001: an optimistic-concurrency conflict; the statement did not take effect.
    case conflict(ConflictCode)
    /// SQLSTATE class 08: the connection could not be made or broke (when the connection
    /// says so too: a server can raise these codes on a healthy connection).
    case connectionProblem
    /// SQLSTATE 57P01, 57P02 or 57P03: the server ended (or refused) the session.
    case serverShutdown
    /// SQLSTATE 53300 or 53400: the cluster's connection limits were hit.
    case connectionLimit(ConnectionLimit)
    /// Anything else: report it and carry on.
    case other

    /// Aurora DSQL's connection limits.
    public enum ConnectionLimit: Equatable, Sendable {
        /// 53300: at most 10,000 connections per cluster.
        case tooManyConnections
        /// 53400: at most 100 new connections per second.
        case connectionRateExceeded
    }

    /// Classifies an error by its SQLSTATE (empty or nil when there was none) and message.
    public init(sqlState: String?, message: String) {
        let state = sqlState ?? ""
        switch state {
        case "40001": self = .conflict(ConflictCode(message: message))
        case "57P01", "57P02", "57P03": self = .serverShutdown
        case "53300": self = .connectionLimit(.tooManyConnections)
        case "53400": self = .connectionLimit(.connectionRateExceeded)
        case _ where state.hasPrefix("08"): self = .connectionProblem
        default: self = .other
        }
    }

    /// A plain explanation worth printing after the server's own message, when there is one.
    public var explanation: String? {
        switch self {
        case .connectionLimit(.tooManyConnections):
            "dsql: the cluster has reached its limit of 10,000 connections (53300); close idle sessions and try again."
        case .connectionLimit(.connectionRateExceeded):
            "dsql: the cluster accepts at most 100 new connections per second (53400); try again in a moment."
        case .conflict, .connectionProblem, .serverShutdown, .other:
            nil
        }
    }
}
