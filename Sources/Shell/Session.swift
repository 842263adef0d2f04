import PostgresClient
import ResultFormatting

/// One user's session: a connection, output settings, and how results are shown.
///
/// The main loop hands it command strings; it sends them, prints what comes
/// back, and reports success or failure.
public final class Session {
    private let connector: Connector
    private var connection: Connection
    let output: FileSink
    let errors: FileSink
    /// Suppresses command tags and informational messages (`-q`).
    public var quiet = false
    /// psql's `\pset` state.
    public var printOptions = PrintOptions()

    public init(connector: Connector, connection: Connection, output: FileSink, errors: FileSink) {
        self.connector = connector
        self.connection = connection
        self.output = output
        self.errors = errors
        connection.setNoticeHandler { [errors, output] message in
            output.flush()
            errors.write(message)
            errors.flush()
        }
    }

    /// The outcome of one command string.
    public enum Outcome: Equatable {
        case success
        /// A statement failed on the server.
        case failed
        /// The connection is gone.
        case connectionLost
    }

    /// Sends a whole command string (one or more statements) and prints every result, as `psql -c` does.
    public func runQuery(_ sql: String) -> Outcome {
        do {
            try connection.send(sql)
        } catch {
            reportError("\(error)\n")
            return .connectionLost
        }
        var outcome = Outcome.success
        while let result = connection.nextResult() {
            if !show(result) { outcome = .failed }
        }
        output.flush()
        if connection.isBroken { return .connectionLost }
        return outcome
    }

    /// Prints one result; returns false for an error.
    private func show(_ result: QueryResult) -> Bool {
        switch result.status {
        case .tuples, .singleTuple:
            printTuples(result)
        case .command:
            if !quiet { output.write(result.commandStatus + "\n") }
        case .emptyQuery, .copyIn, .copyOut:
            break
        case .error(let error):
            reportError(error.formatted)
            return false
        }
        return true
    }

    private func printTuples(_ result: QueryResult) {
        var sink = output
        ResultPrinter.print(result, options: printOptions, into: &sink)
    }

    /// Writes an error message to stderr after flushing stdout, so the two interleave as written.
    func reportError(_ message: String) {
        output.flush()
        errors.write(message)
        errors.flush()
    }
}
