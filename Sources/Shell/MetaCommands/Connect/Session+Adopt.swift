import PostgresClient
import SessionPolicy

extension Session {
    /// Switches the session to `connection`, opened by `connector` (`\connect`).
    ///
    /// The old connection closes when released; notices and Ctrl-C follow the new one, and
    /// the lifecycle starts afresh (its age limit counts from now, no settings to restore).
    /// Unless `CONNECTION_MAX_AGE` says otherwise, the new host decides whether the
    /// connection is recycled by age (DSQL endpoints only).
    func adopt(_ connection: any DatabaseConnection, connector: Connector) {
        self.connector = connector
        replaceConnection(connection)
        lifecycle.connectionReplaced(now: .now)
        lifecycle.policy.connectionMaxAge = Self.maxAge(
            dsqlEndpoint: connector.isDSQLEndpoint,
            variable: variables["CONNECTION_MAX_AGE"],
            current: lifecycle.policy.connectionMaxAge)
        lifecycle.policy.dsqlEndpoint = connector.isDSQLEndpoint
        warnIfNotVerified()
    }

    /// The age limit after connecting to a host (a DSQL endpoint or not): the default for
    /// it, unless the `CONNECTION_MAX_AGE` variable is set (then the limit already in force stays).
    static func maxAge(dsqlEndpoint: Bool, variable: String?, current: Duration?) -> Duration? {
        variable == nil ? SessionPolicy.defaultMaxAge(dsqlEndpoint: dsqlEndpoint) : current
    }
}
