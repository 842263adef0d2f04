/// psql's variable store: `\set`, `\unset`, `-v NAME=VALUE`, with the special
/// variables' validation and typed ``settings``.
///
/// A fresh store holds what psql sets at startup (`AUTOCOMMIT=on`, the three
/// prompts, `SHOW_ALL_RESULTS=on`, `LAST_ERROR_MESSAGE`, `LAST_ERROR_SQLSTATE`)
/// and the values special variables report while unset (`ECHO=none`,
/// `FETCH_COUNT=0`, …). Values the shell maintains after each query (`ERROR`,
/// `SQLSTATE`, `ROW_COUNT`, `LAST_ERROR_*`) are written with
/// ``recordQueryResult(error:sqlState:rowCount:errorMessage:)``; as in psql,
/// a script may still `\set` them.
public struct Variables: Sendable {
    /// Values by name.
    private var values: [String: String] = [:]
    /// The typed view of the special variables.
    public private(set) var settings = ShellSettings()

    /// Creates the store psql starts with.
    public init() {
        for special in SpecialVariable.allCases {
            try? store(special.rawValue, nil)
        }
        try? store("AUTOCOMMIT", "on")
        try? store("PROMPT1", "%/%R%x%# ")
        try? store("PROMPT2", "%/%R%x%# ")
        try? store("PROMPT3", ">> ")
        try? store("SHOW_ALL_RESULTS", "on")
        values["LAST_ERROR_MESSAGE"] = ""
        values["LAST_ERROR_SQLSTATE"] = "00000"
    }

    /// A variable's value, nil when unset.
    public subscript(name: String) -> String? { values[name] }

    /// All set variables, sorted by name (what `\set` without arguments lists).
    public var all: [(name: String, value: String)] {
        values.sorted { $0.key < $1.key }.map { (name: $0.key, value: $0.value) }
    }

    /// A lookup for the scanner's `variables` parameter.
    public var lookup: @Sendable (String) -> String? {
        let snapshot = values
        return { snapshot[$0] }
    }

    /// Whether `name` is a valid psql variable name: ASCII letters, digits,
    /// underscores and any non-ASCII characters, at least one.
    public static func isValidName(_ name: String) -> Bool {
        !name.isEmpty && name.utf8.allSatisfy { $0 >= 0x80 || ByteClass.isVariableChar($0) }
    }

    /// Sets a variable (`\set NAME VALUE`); a special variable keeps its old
    /// value when the new one is invalid.
    public mutating func set(_ name: String, to value: String) throws(VariableError) {
        try store(name, value)
    }

    /// Unsets a variable (`\unset NAME`); special variables fall back to
    /// psql's unset value (Booleans become `off`). Unsetting an unknown or
    /// invalid name is not an error.
    public mutating func unset(_ name: String) throws(VariableError) {
        guard Self.isValidName(name) else { return }
        try store(name, nil)
    }

    /// Applies a `-v`/`--set` option: `NAME=VALUE` sets, a bare `NAME` unsets.
    public mutating func apply(commandLineAssignment assignment: String) throws(VariableError) {
        guard let equals = assignment.firstIndex(of: "=") else {
            guard Self.isValidName(assignment) else { throw .invalidName(assignment) }
            try store(assignment, nil)
            return
        }
        try store(String(assignment[..<equals]), String(assignment[assignment.index(after: equals)...]))
    }

    /// Records the outcome of a query as psql does (`ERROR`, `SQLSTATE`,
    /// `ROW_COUNT`, and on failure `LAST_ERROR_MESSAGE`, `LAST_ERROR_SQLSTATE`).
    public mutating func recordQueryResult(error: Bool, sqlState: String, rowCount: Int, errorMessage: String? = nil) {
        values["ERROR"] = error ? "true" : "false"
        values["SQLSTATE"] = sqlState
        values["ROW_COUNT"] = String(rowCount)
        if error {
            values["LAST_ERROR_MESSAGE"] = errorMessage ?? ""
            values["LAST_ERROR_SQLSTATE"] = sqlState
        }
    }

    /// Runs the hooks and stores the value (psql's `SetVariable`).
    private mutating func store(_ name: String, _ value: String?) throws(VariableError) {
        guard Self.isValidName(name) else {
            if value == nil { return }
            throw .invalidName(name)
        }
        guard let special = SpecialVariable(rawValue: name) else {
            values[name] = value
            return
        }
        let substituted = special.substitute(value)
        var updated = settings
        try special.assign(substituted, to: &updated)
        settings = updated
        values[name] = substituted
    }
}
