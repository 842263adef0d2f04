/// Why a variable could not be set; each case carries psql's message.
public enum VariableError: Error, Equatable, Sendable {
    /// The name has a character other than a letter, digit, `_` or non-ASCII.
    case invalidName(String)
    /// A Boolean was expected (`ON_ERROR_STOP`, `\if` expressions, …).
    case notBoolean(value: String, name: String)
    /// An integer was expected (`FETCH_COUNT`, `HISTSIZE`, …).
    case notInteger(value: String, name: String)
    /// The value is not one of the listed choices (`ECHO`, `VERBOSITY`, …).
    case notAChoice(value: String, name: String, choices: String)

    /// The message psql prints (after its `psql: error: ` prefix).
    public var message: String {
        switch self {
        case .invalidName(let name):
            "invalid variable name: \"\(name)\""
        case .notBoolean(let value, let name):
            "unrecognized value \"\(value)\" for \"\(name)\": Boolean expected"
        case .notInteger(let value, let name):
            "invalid value \"\(value)\" for \"\(name)\": integer expected"
        case .notAChoice(let value, let name, let choices):
            "unrecognized value \"\(value)\" for \"\(name)\"\nAvailable values are: \(choices)."
        }
    }
}
