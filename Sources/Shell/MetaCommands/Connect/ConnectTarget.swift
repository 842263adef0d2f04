import DSQLAuth
import PostgresClient

/// What `\c [DBNAME [USER] [HOST] [PORT]]` connects to, from the session's current settings.
///
/// As psql: a missing argument or `-` keeps the current value. A new host drops
/// `--hostaddr` (it named the old host's address) and a bare 26-character cluster id
/// is expanded in the current endpoint's region.
enum ConnectTarget {
    /// A `\c` argument that cannot be used.
    struct Problem: Error, Equatable {
        var message: String
        /// Whether a script stops (psql fails to connect); false for what psql only warns about.
        var stopsScript = true
    }

    static func resolve(
        _ arguments: [String], current: Settings, environment: [String: String] = [:],
        readFile: (String) -> String? = ServiceFile.readTextFile
    ) throws(Problem) -> Settings {
        if let first = arguments.first, ConnectionString.isConnectionString(first) {
            return try resolve(
                connectionString: first, extra: arguments.dropFirst().first, current: current,
                environment: environment, readFile: readFile)
        }
        var settings = current
        func given(_ index: Int) -> String? {
            guard index < arguments.count, arguments[index] != "-", !arguments[index].isEmpty else { return nil }
            return arguments[index]
        }
        if arguments.count > 4 {
            throw Problem(message: "\\connect: extra argument \"\(arguments[4])\" ignored", stopsScript: false)
        }
        if let database = given(0) { settings.database = database }
        if let user = given(1) { settings.user = user }
        if var host = given(2), host != current.host {
            if ClusterEndpoint.isClusterId(host), let region = RegionResolver.regionFromEndpoint(current.host) {
                host = (try? ClusterEndpoint.expand(host, region: region)) ?? host
            }
            if host != current.host {
                settings.host = host
                settings.hostAddress = nil
            }
        }
        if let portText = given(3) {
            guard let port = Int(portText), (1...65535).contains(port) else {
                throw Problem(message: "\\connect: invalid port number: \"\(portText)\"")
            }
            settings.port = port
        }
        return settings
    }

    /// `\c` with a connection string or URI: what it names replaces the current values.
    ///
    /// Unlike psql, values it does not name are kept (psql falls back to its defaults): a
    /// DSQL session has no local socket or `PGHOST` to fall back to, and the session's
    /// trust settings must carry over. `service=` reads the service file; a password is
    /// accepted only for password authentication (checked when connecting).
    static func resolve(
        connectionString text: String, extra: String?, current: Settings,
        environment: [String: String], readFile: (String) -> String?
    ) throws(Problem) -> Settings {
        if let extra {
            throw Problem(message: "\\connect: extra argument \"\(extra)\" after a connection string")
        }
        do throws(SettingsError) {
            var flags = try ConnectionStringFlags.flags(fromConnectionString: text)
            let service = try ConnectionStringFlags.flags(
                ofService: flags.service, environment: environment, readFile: readFile)
            flags = service.overlaid(by: flags)
            var settings = try current.applying(flags)
            if settings.host != current.host, ClusterEndpoint.isClusterId(settings.host),
                let region = RegionResolver.regionFromEndpoint(current.host)
            {
                settings.host = (try? ClusterEndpoint.expand(settings.host, region: region)) ?? settings.host
            }
            return settings
        } catch {
            throw Problem(message: "\\connect: \(error)")
        }
    }

    /// psql's confirmation line after a successful `\c`.
    static func confirmation(
        database: String, user: String, host: String, hostAddress: String?, port: String, hostOrPortChanged: Bool
    ) -> String {
        guard hostOrPortChanged else { return "You are now connected to database \"\(database)\" as user \"\(user)\"." }
        if let hostAddress, !hostAddress.isEmpty, hostAddress != host {
            return
                "You are now connected to database \"\(database)\" as user \"\(user)\" on host \"\(host)\" (address \"\(hostAddress)\") at port \"\(port)\"."
        }
        return
            "You are now connected to database \"\(database)\" as user \"\(user)\" on host \"\(host)\" at port \"\(port)\"."
    }
}
