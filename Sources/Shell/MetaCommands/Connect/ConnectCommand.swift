import FoundationEssentials
import PostgresClient

/// `\c` / `\connect [DBNAME [USER] [HOST] [PORT]]`: a new connection with a fresh token,
/// keeping the session's trust settings. `\password` changes a `--no-iam` role's
/// password as psql does, and explains that IAM roles have none.
enum ConnectCommand {
    static let all = [
        MetaCommand(
            names: ["c", "connect"], usage: "\\c [DB [USER [HOST [PORT]]]]",
            summary: "connect anew (fresh IAM token, same TLS trust; - keeps a value)"
        ) { invocation in
            var arguments: [String] = []
            while let argument = invocation.argument(.sqlIdentifierKeepingCase, stripSemicolons: true) {
                arguments.append(argument)
            }
            return connect(invocation, arguments: arguments)
        },
        MetaCommand(
            names: ["password"], usage: "\\password [USERNAME]",
            summary: "change a role's password (--no-iam; IAM roles sign in with tokens)"
        ) { invocation in
            guard !invocation.session.connector.usesIAM else {
                invocation.discardArguments()
                return invocation.fail(
                    "\\password: IAM roles have no password; dsql signs a fresh IAM auth token for every connection (see `dsql token`)"
                )
            }
            let user = invocation.argument(.sqlIdentifierKeepingCase, stripSemicolons: true)
            return PasswordChange(session: invocation.session).run(user: user) ? .done : .failed
        },
    ]

    /// A `\\connect` that cannot be made: an interactive session keeps its connection; a script
    /// stops, as psql's does, so that nothing meant for the new connection runs on the old one.
    private static func refuse(_ invocation: MetaInvocation, _ message: String) -> MetaOutcome {
        guard !invocation.loop.source.isInteractive else { return invocation.fail(message) }
        invocation.session.reportOwnError(message)
        return .stop(.connectionLost)
    }

    private static func connect(_ invocation: MetaInvocation, arguments: [String]) -> MetaOutcome {
        let session = invocation.session
        let current = session.connector.settings
        let environment = ProcessInfo.processInfo.environment
        let settings: Settings
        do throws(ConnectTarget.Problem) {
            settings = try ConnectTarget.resolve(arguments, current: current, environment: environment)
        } catch {
            return error.stopsScript ? refuse(invocation, error.message) : invocation.fail(error.message)
        }
        let connector: Connector
        do {
            connector = try Connector(session.connector, settings: settings, environment: environment)
            try SSLNegotiation.check(
                requested: settings.sslNegotiation, libpqVersion: LibraryInfo.libpqVersion,
                libpqVersionText: LibraryInfo.libpqVersionText)
            try HostKind.check(settings.host, usesIAM: connector.usesIAM)
            if connector.usesIAM, settings.password != nil { throw SettingsError.passwordWithIAM }
        } catch {
            return refuse(invocation, "\\connect: \(error)")
        }
        if let warning = (connector.passwordSource as? IAMTokenSource)?.regionWarning(for: settings.host) {
            session.reportOwnError("\\connect: warning: \(warning)")
        }
        let connection: any DatabaseConnection
        do {
            connection = try connector.connect()
        } catch {
            session.reportOwnError("\\connect: \(error)")
            if invocation.loop.source.isInteractive {
                session.reportInfo("Previous connection kept")
                return .failed
            }
            // As psql in a script: nothing more runs against the old connection.
            return .stop(.connectionLost)
        }
        let hostOrPortChanged = settings.host != current.host || settings.port != current.port
        session.adopt(connection, connector: connector)
        invocation.say(
            ConnectTarget.confirmation(
                database: connection.database, user: connection.user, host: settings.host,
                hostAddress: settings.hostAddress,
                port: connection.port, hostOrPortChanged: hostOrPortChanged))
        return .done
    }
}
