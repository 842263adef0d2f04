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
    /// Values by name, except those ``lastQuery`` holds.
    private var values: [String: String] = [:]
    /// The OID ``recordLastOID(_:)`` stored last, so an unchanged one costs no write.
    private var recordedOID: UInt32?
    /// The last query's `ERROR`, `SQLSTATE` and `ROW_COUNT`, kept typed so that recording
    /// them costs no dictionary writes; nil once they are in ``values``.
    private var lastQuery: QueryOutcome?
    /// The typed view of the special variables.
    public private(set) var settings = ShellSettings()
    /// Counts the times a variable was set or unset; recording a query result does not count.
    ///
    /// Lets a caller re-read the variables it depends on only when something may have changed them.
    public private(set) var revision = 0

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
    public subscript(name: String) -> String? {
        if let lastQuery, let value = lastQuery.value(of: name) { return value }
        return values[name]
    }

    /// All set variables, sorted by name (what `\set` without arguments lists).
    public var all: [(name: String, value: String)] {
        allValues.sorted { $0.key < $1.key }.map { (name: $0.key, value: $0.value) }
    }

    /// A lookup for the scanner's `variables` parameter.
    public var lookup: @Sendable (String) -> String? {
        let snapshot = allValues
        return { snapshot[$0] }
    }

    /// Every value by name, the last query's included.
    private var allValues: [String: String] {
        var all = values
        lastQuery?.write(into: &all)
        return all
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
        lastQuery = QueryOutcome(error: error, sqlState: sqlState, rowCount: rowCount)
        if error {
            values["LAST_ERROR_MESSAGE"] = errorMessage ?? ""
            values["LAST_ERROR_SQLSTATE"] = sqlState
        }
    }

    /// Records the OID a command reported (psql's LASTOID, set with every command tag).
    ///
    /// Like the query outcome it does not count as a change in ``revision``.
    public mutating func recordLastOID(_ oid: UInt32) {
        // Nearly every command reports 0: the text is made and stored only when it changes
        // (or when LASTOID was set or unset by hand since, which forgets `recordedOID`).
        if oid == recordedOID { return }
        recordedOID = oid
        values["LASTOID"] = oid == 0 ? "0" : String(oid)
    }

    /// Runs the hooks and stores the value (psql's `SetVariable`).
    private mutating func store(_ name: String, _ value: String?) throws(VariableError) {
        guard Self.isValidName(name) else {
            if value == nil { return }
            throw .invalidName(name)
        }
        revision += 1
        if name == "LASTOID" { recordedOID = nil }
        if let lastQuery, QueryOutcome.holds(name) {
            // Set by hand: the recorded values become ordinary ones, to be overwritten like any other.
            lastQuery.write(into: &values)
            self.lastQuery = nil
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

/// The variables psql sets after every query (`ERROR`, `SQLSTATE`, `ROW_COUNT`), as typed values.
private struct QueryOutcome: Sendable {
    var error: Bool
    var sqlState: String
    var rowCount: Int

    /// Whether `name` is one of the three.
    static func holds(_ name: String) -> Bool {
        name == "ERROR" || name == "SQLSTATE" || name == "ROW_COUNT"
    }

    /// The value of `name` when it is one of the three, else nil.
    func value(of name: String) -> String? {
        switch name {
        case "ERROR": error ? "true" : "false"
        case "SQLSTATE": sqlState
        case "ROW_COUNT": String(rowCount)
        default: nil
        }
    }

    /// Writes the three values into a dictionary of values.
    func write(into values: inout [String: String]) {
        values["ERROR"] = error ? "true" : "false"
        values["SQLSTATE"] = sqlState
        values["ROW_COUNT"] = String(rowCount)
    }
}
