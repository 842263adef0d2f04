/// How a session keeps itself alive: connection recycling, conflict retries, and who is watching.
///
/// Built once from the endpoint and the `CONNECTION_MAX_AGE` and `RETRY_OCC`
/// variables, and rebuilt when either variable changes.
public struct SessionPolicy: Equatable, Sendable {
    /// Aurora DSQL ends connections after 60 minutes; the AWS connectors recycle them at 55.
    public static let dsqlMaxAge: Duration = .seconds(3300)
    /// The AWS connectors retry conflicts three times.
    public static let defaultRetryLimit = 3
    /// The largest `RETRY_OCC` accepted.
    public static let largestRetryLimit = 100

    /// Replace a connection this old before sending a statement outside a transaction; nil never does.
    public var connectionMaxAge: Duration?
    /// How many times a conflicting statement is retried (0 disables retries).
    public var retryLimit: Int
    /// How many times a reconnect refused by the connection rate limit (53400) is tried again.
    public var rateLimitRetries: Int
    /// The delays between retries, of statements and of reconnects.
    public var backoff: Backoff
    /// Whether a person is at the terminal: a lost connection is then reset instead of ending the run.
    public var interactive: Bool
    /// Whether the session is connected to an Aurora DSQL endpoint.
    public var dsqlEndpoint = true
    /// Whether `RETRY_OCC` was set, asking for conflict retries whatever the server.
    public var retriesRequested = false

    /// Whether conflicts (40001) are retried and explained, and DSQL's limits explained:
    /// on a DSQL endpoint, for a person at the terminal, or when `RETRY_OCC` asks for it.
    /// A script against another server gets exactly what psql prints.
    public var handlesDSQLFailures: Bool { dsqlEndpoint || interactive || retriesRequested }

    /// Creates a policy.
    public init(
        connectionMaxAge: Duration?, retryLimit: Int = SessionPolicy.defaultRetryLimit,
        rateLimitRetries: Int = 3, backoff: Backoff = Backoff(), interactive: Bool
    ) {
        self.connectionMaxAge = connectionMaxAge
        self.retryLimit = max(0, retryLimit)
        self.rateLimitRetries = max(0, rateLimitRetries)
        self.backoff = backoff
        self.interactive = interactive
    }

    /// The age limit a connection gets when `CONNECTION_MAX_AGE` is not set: 3300 s for a
    /// DSQL endpoint, none elsewhere. Decided anew for every host the session connects to
    /// (`\connect` into a DSQL endpoint turns recycling on, into another host off).
    public static func defaultMaxAge(dsqlEndpoint: Bool) -> Duration? {
        dsqlEndpoint ? dsqlMaxAge : nil
    }

    /// The default policy: connections recycled at 3300 s on a DSQL endpoint, never elsewhere; three retries.
    public static func defaults(dsqlEndpoint: Bool, interactive: Bool) -> SessionPolicy {
        var policy = SessionPolicy(connectionMaxAge: dsqlEndpoint ? dsqlMaxAge : nil, interactive: interactive)
        policy.dsqlEndpoint = dsqlEndpoint
        return policy
    }

    /// Reads a `CONNECTION_MAX_AGE` value: `off` or `0` disables recycling, otherwise seconds (decimals allowed).
    public static func parseConnectionMaxAge(_ value: String) throws(PolicyValueError) -> Duration? {
        let trimmed = value.trimmingSpaces
        if trimmed.lowercased() == "off" { return nil }
        guard let seconds = Double(trimmed), seconds.isFinite, seconds >= 0, seconds <= 1e9 else {
            throw .invalidMaxAge(value)
        }
        return seconds == 0 ? nil : .milliseconds(Int64((seconds * 1000).rounded()))
    }

    /// Reads a `RETRY_OCC` value: `off` is 0, otherwise a whole number from 0 to 100.
    public static func parseRetryLimit(_ value: String) throws(PolicyValueError) -> Int {
        let trimmed = value.trimmingSpaces
        if trimmed.lowercased() == "off" { return 0 }
        guard let limit = Int(trimmed), (0...largestRetryLimit).contains(limit) else {
            throw .invalidRetryLimit(value)
        }
        return limit
    }
}

extension String {
    /// The string without leading and trailing spaces and tabs.
    fileprivate var trimmingSpaces: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        return String(drop(while: isSpace).reversed().drop(while: isSpace).reversed())
    }
}
