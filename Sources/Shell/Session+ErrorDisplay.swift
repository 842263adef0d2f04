import PostgresClient
import SQLScanner

extension Session {
    /// Applies VERBOSITY and SHOW_CONTEXT to the connection when either variable or the
    /// connection changed since last time, as psql does: libpq formats each error and
    /// notice as it arrives, so they must be set before the statement is sent.
    func syncErrorDisplay(force: Bool = false) {
        let connectionID = ObjectIdentifier(connection)
        guard
            force || errorDisplayApplied?.revision != variables.revision
                || errorDisplayApplied?.connection != connectionID
        else { return }
        errorDisplayApplied = (variables.revision, connectionID)
        let settings = variables.settings
        let verbosity: ErrorVerbosity =
            switch settings.verbosity {
            case .default: .default
            case .verbose: .verbose
            case .terse: .terse
            case .sqlstate: .sqlstate
            }
        let context: ErrorContextVisibility =
            switch settings.showContext {
            case .never: .never
            case .errors: .errors
            case .always: .always
            }
        connection.setErrorDisplay(verbosity, context: context)
    }
}
