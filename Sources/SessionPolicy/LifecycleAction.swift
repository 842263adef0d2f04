/// What the session must do next, as decided by ``ConnectionLifecycle``.
///
/// Notices go to stderr (after flushing stdout) exactly as given: a notice without
/// a trailing newline is the start of a line the next notice finishes, as psql's
/// "Attempting reset: " is finished by "Succeeded.".
public enum LifecycleAction: Equatable, Sendable {
    /// Send the statement on the current connection, then report how it ended.
    case send
    /// Print `notice` if there is one, close the connection, open a new one with a fresh
    /// token, then call `reconnected(now:)` or `reconnectFailed(sqlState:message:using:)`.
    case reconnect(notice: String?)
    /// On the new connection run each statement in `restoring` (print any that fails
    /// and go on), then send the statement.
    case restoreThenSend(restoring: [String])
    /// Print `notice`, run each statement in `restoring` on the new connection (print any
    /// that fails), and wait for the next statement: the one that was lost is not sent again.
    case restoreThenWait(restoring: [String], notice: String)
    /// Print `notice`, wait `delay` (Ctrl-C calls `retryCancelled()`), then call `backoffElapsed(now:connectionIsOpen:)`.
    /// Used for a conflicting statement and for a reconnect refused by the connection rate limit.
    case retry(after: Duration, notice: String)
    /// The statement failed: show the server's error as usual, then `notice` if there is one.
    case fail(notice: String?)
    /// Print `message`; the session has no connection now and the statement was not sent.
    /// The next statement starts with a reconnect.
    case report(String)
    /// Print `message` as a fatal error (`dsql: error: …`) and exit with `code`.
    case exit(code: Int32, message: String)
}
