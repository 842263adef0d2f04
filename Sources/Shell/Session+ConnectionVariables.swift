import PostgresClient

extension Session {
    /// Sets psql's connection variables from the open connection (psql's `SyncVariables`):
    /// DBNAME, USER, HOST, PORT, ENCODING, SERVER_VERSION_NAME and SERVER_VERSION_NUM.
    ///
    /// Called after every connect, `\connect` and reconnect, so they always describe the
    /// connection in use. As in psql, they are ordinary variables a script may overwrite.
    func syncConnectionVariables() {
        let serverVersion = connection.serverVersion
        let versionName = connection.parameterStatus("server_version") ?? Self.versionText(serverVersion)
        let values = [
            ("DBNAME", connection.database), ("USER", connection.user), ("HOST", connection.host),
            ("PORT", connection.port), ("ENCODING", connection.clientEncodingName),
            ("SERVER_VERSION_NAME", versionName), ("SERVER_VERSION_NUM", String(serverVersion)),
        ]
        for (name, value) in values {
            try? variables.set(name, to: value)
        }
        encodingID = connection.clientEncodingID
    }

    /// psql's ENCODING follows `SET client_encoding` (psql checks after every query).
    func syncEncodingVariable() {
        let id = connection.clientEncodingID
        guard id != encodingID, id >= 0 else { return }
        encodingID = id
        try? variables.set("ENCODING", to: connection.clientEncodingName)
    }

    /// psql's `formatPGVersionNumber` with a suffix: `15.4`, or `9.6.24` before version 10.
    static func versionText(_ number: Int) -> String {
        number >= 100000
            ? "\(number / 10000).\(number % 10000)" : "\(number / 10000).\(number / 100 % 100).\(number % 100)"
    }
}
