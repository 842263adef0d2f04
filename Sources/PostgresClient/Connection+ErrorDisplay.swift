import CLibPQ

/// How much of an error or notice libpq puts in the text it formats (psql's VERBOSITY).
public enum ErrorVerbosity: Sendable {
    case terse, `default`, verbose, sqlstate
}

/// When libpq's formatted text includes a message's CONTEXT (psql's SHOW_CONTEXT).
public enum ErrorContextVisibility: Sendable {
    case never, errors, always
}

extension Connection {
    /// Sets how errors and notices received from now on are formatted.
    /// The corresponding libpq functions are `PQsetErrorVerbosity` and `PQsetErrorContextVisibility`.
    public func setErrorDisplay(_ verbosity: ErrorVerbosity, context: ErrorContextVisibility) {
        let libpqVerbosity: PGVerbosity =
            switch verbosity {
            case .terse: PQERRORS_TERSE
            case .default: PQERRORS_DEFAULT
            case .verbose: PQERRORS_VERBOSE
            case .sqlstate: PQERRORS_SQLSTATE
            }
        let libpqContext: PGContextVisibility =
            switch context {
            case .never: PQSHOW_CONTEXT_NEVER
            case .errors: PQSHOW_CONTEXT_ERRORS
            case .always: PQSHOW_CONTEXT_ALWAYS
            }
        _ = PQsetErrorVerbosity(handle, libpqVerbosity)
        _ = PQsetErrorContextVisibility(handle, libpqContext)
    }
}
