import PostgresClient

extension Session {
    /// Switches the session to `connection`, opened by `connector` (`\connect`).
    ///
    /// The old connection closes when released; notices and Ctrl-C follow the new one.
    func adopt(_ connection: Connection, connector: Connector) {
        self.connector = connector
        self.connection = connection
        canceller = nil
        installNoticeHandler()
    }
}
