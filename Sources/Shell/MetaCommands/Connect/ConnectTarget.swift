import DSQLAuth

/// What `\c [DBNAME [USER] [HOST] [PORT]]` connects to, from the session's current settings.
///
/// As psql: a missing argument or `-` keeps the current value. A new host drops
/// `--hostaddr` (it named the old host's address) and a bare 26-character cluster id
/// is expanded in the current endpoint's region.
enum ConnectTarget {
    /// A `\c` argument that cannot be used.
    struct Problem: Error, Equatable {
        var message: String
    }

    static func resolve(_ arguments: [String], current: Settings) throws(Problem) -> Settings {
        var settings = current
        func given(_ index: Int) -> String? {
            guard index < arguments.count, arguments[index] != "-", !arguments[index].isEmpty else { return nil }
            return arguments[index]
        }
        if arguments.count > 4 {
            throw Problem(message: "\\connect: extra argument \"\(arguments[4])\" ignored")
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

    /// psql's confirmation line after a successful `\c`.
    static func confirmation(database: String, user: String, host: String, hostAddress: String?, port: String, hostOrPortChanged: Bool) -> String {
        guard hostOrPortChanged else { return "You are now connected to database \"\(database)\" as user \"\(user)\"." }
        if let hostAddress, !hostAddress.isEmpty, hostAddress != host {
            return "You are now connected to database \"\(database)\" as user \"\(user)\" on host \"\(host)\" (address \"\(hostAddress)\") at port \"\(port)\"."
        }
        return "You are now connected to database \"\(database)\" as user \"\(user)\" on host \"\(host)\" at port \"\(port)\"."
    }
}
