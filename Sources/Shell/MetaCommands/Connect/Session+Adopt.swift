import PostgresClient

extension Session {
    /// Switches the session to `connection`, opened by `connector` (`\connect`).
    ///
    /// The old connection closes when released; notices and Ctrl-C follow the new one, and
    /// the lifecycle starts afresh (its age limit counts from now, no settings to restore).
    func adopt(_ connection: Connection, connector: Connector) {
        self.connector = connector
        replaceConnection(connection)
        lifecycle.connectionReplaced(now: .now)
        warnIfNotVerified()
    }
}
