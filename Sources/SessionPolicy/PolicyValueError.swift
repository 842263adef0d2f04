/// A value given for `CONNECTION_MAX_AGE` or `RETRY_OCC` that the shell cannot use.
public enum PolicyValueError: Error, Equatable, Sendable, CustomStringConvertible {
    /// `CONNECTION_MAX_AGE` must be `off`, `0`, or a positive number of seconds.
    case invalidMaxAge(String)
    /// `RETRY_OCC` must be `off` or a whole number from 0 to 100.
    case invalidRetryLimit(String)

    public var description: String {
        switch self {
        case .invalidMaxAge(let value):
            "invalid value \"\(value)\" for \"CONNECTION_MAX_AGE\": expected off or a number of seconds"
        case .invalidRetryLimit(let value):
            "invalid value \"\(value)\" for \"RETRY_OCC\": expected off or a whole number from 0 to 100"
        }
    }
}
