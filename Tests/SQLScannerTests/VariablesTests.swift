import SQLScanner
import Testing

/// The variable store: names, special variables' hooks and messages.
@Suite struct VariablesTests {
    @Test func startsWithPsqlDefaults() {
        let variables = Variables()
        #expect(variables["AUTOCOMMIT"] == "on")
        #expect(variables["ON_ERROR_STOP"] == "off")
        #expect(variables["ECHO"] == "none")
        #expect(variables["FETCH_COUNT"] == "0")
        #expect(variables["HISTSIZE"] == "500")
        #expect(variables["VERBOSITY"] == "default")
        #expect(variables["SHOW_CONTEXT"] == "errors")
        #expect(variables["LAST_ERROR_SQLSTATE"] == "00000")
        #expect(variables["PROMPT1"] == "%/%R%x%# ")
        #expect(variables.settings.autocommit)
        #expect(variables.settings.showAllResults)
        #expect(variables["HISTFILE"] == nil)
    }

    static let booleans: [(String, Bool?)] = [
        ("on", true), ("ON", true), ("off", false), ("of", false), ("o", nil), ("t", true), ("TRUE", true),
        ("f", false), ("y", true), ("yes", true), ("n", false), ("no", false), ("1", true), ("0", false),
        ("", nil), ("2", nil), ("maybe", nil), ("tru", true), ("truex", nil),
    ]

    @Test(arguments: booleans)
    func booleansParseAsParseVariableBool(value: String, expected: Bool?) {
        let parsed = try? VariableValueParser.parseBoolean(value, name: "X")
        #expect(parsed == expected)
    }

    @Test func badBooleanKeepsOldValueWithPsqlMessage() {
        var variables = Variables()
        #expect(throws: VariableError.notBoolean(value: "maybe", name: "ON_ERROR_STOP")) {
            try variables.set("ON_ERROR_STOP", to: "maybe")
        }
        #expect(variables["ON_ERROR_STOP"] == "off")
        #expect(
            VariableError.notBoolean(value: "maybe", name: "ON_ERROR_STOP").message
                == "unrecognized value \"maybe\" for \"ON_ERROR_STOP\": Boolean expected")
    }

    @Test func booleanSetWithoutValueIsOnAndUnsetIsOff() throws {
        var variables = Variables()
        try variables.set("QUIET", to: "")
        #expect(variables["QUIET"] == "on")
        #expect(variables.settings.quiet)
        try variables.unset("QUIET")
        #expect(variables["QUIET"] == "off")
        try variables.unset("AUTOCOMMIT")
        #expect(!variables.settings.autocommit)
    }

    @Test func enumeratedVariablesListTheirChoices() throws {
        var variables = Variables()
        try variables.set("ECHO", to: "ALL")
        #expect(variables.settings.echo == .all)
        #expect(variables["ECHO"] == "ALL")
        do {
            try variables.set("ECHO", to: "loud")
            Issue.record("accepted a bad ECHO")
        } catch {
            #expect(
                error.message
                    == "unrecognized value \"loud\" for \"ECHO\"\nAvailable values are: none, errors, queries, all.")
        }
        try variables.set("ON_ERROR_ROLLBACK", to: "interactive")
        #expect(variables.settings.onErrorRollback == .interactive)
        try variables.set("ECHO_HIDDEN", to: "noexec")
        #expect(variables.settings.echoHidden == .noexec)
        #expect(throws: VariableError.notAChoice(value: "x", name: "ECHO_HIDDEN", choices: "on, off, noexec")) {
            try variables.set("ECHO_HIDDEN", to: "x")
        }
    }

    @Test func integersFollowStrtol() throws {
        var variables = Variables()
        try variables.set("FETCH_COUNT", to: "0x10")
        #expect(variables.settings.fetchCount == 16)
        try variables.set("FETCH_COUNT", to: " 010")
        #expect(variables.settings.fetchCount == 8)
        #expect(throws: VariableError.notInteger(value: "ten", name: "FETCH_COUNT")) {
            try variables.set("FETCH_COUNT", to: "ten")
        }
        try variables.set("IGNOREEOF", to: "lots")
        #expect(variables["IGNOREEOF"] == "10")
    }

    @Test func namesFollowPsqlRules() throws {
        var variables = Variables()
        try variables.set("ok_1", to: "x")
        try variables.set("ünï", to: "x")
        #expect(throws: VariableError.invalidName("bad-name")) { try variables.set("bad-name", to: "x") }
        try variables.unset("bad-name")
        #expect(VariableError.invalidName("bad-name").message == "invalid variable name: \"bad-name\"")
    }

    @Test func commandLineAssignmentSetsOrUnsets() throws {
        var variables = Variables()
        try variables.apply(commandLineAssignment: "tbl=a=b")
        #expect(variables["tbl"] == "a=b")
        try variables.apply(commandLineAssignment: "tbl")
        #expect(variables["tbl"] == nil)
        try variables.apply(commandLineAssignment: "ON_ERROR_STOP=1")
        #expect(variables.settings.onErrorStop)
    }

    @Test func queryResultsAreRecorded() {
        var variables = Variables()
        variables.recordQueryResult(error: true, sqlState: "42P01", rowCount: 0, errorMessage: "relation missing")
        #expect(variables["ERROR"] == "true")
        #expect(variables["SQLSTATE"] == "42P01")
        #expect(variables["LAST_ERROR_MESSAGE"] == "relation missing")
        variables.recordQueryResult(error: false, sqlState: "00000", rowCount: 3)
        #expect(variables["ROW_COUNT"] == "3")
        #expect(variables["LAST_ERROR_SQLSTATE"] == "42P01")
    }

    @Test func recordedResultsAreListedAndLookedUpLikeOtherVariables() {
        var variables = Variables()
        #expect(variables["ROW_COUNT"] == nil && variables.lookup("ERROR") == nil)
        variables.recordQueryResult(error: false, sqlState: "00000", rowCount: 12)
        let listed = Dictionary(uniqueKeysWithValues: variables.all.map { ($0.name, $0.value) })
        #expect(listed["ERROR"] == "false" && listed["SQLSTATE"] == "00000" && listed["ROW_COUNT"] == "12")
        #expect(variables.lookup("ROW_COUNT") == "12")
    }

    @Test func aRecordedResultSetByHandKeepsTheOthersUntilTheNextQuery() throws {
        var variables = Variables()
        variables.recordQueryResult(error: false, sqlState: "00000", rowCount: 5)
        try variables.set("ROW_COUNT", to: "mine")
        #expect(variables["ROW_COUNT"] == "mine" && variables["ERROR"] == "false" && variables["SQLSTATE"] == "00000")
        try variables.unset("ERROR")
        #expect(variables["ERROR"] == nil && variables["ROW_COUNT"] == "mine")
        variables.recordQueryResult(error: true, sqlState: "23505", rowCount: 0, errorMessage: "duplicate")
        #expect(variables["ROW_COUNT"] == "0" && variables["ERROR"] == "true" && variables["SQLSTATE"] == "23505")
    }

    @Test func revisionCountsSetsAndUnsetsButNotRecordedResults() throws {
        var variables = Variables()
        let start = variables.revision
        variables.recordQueryResult(error: false, sqlState: "00000", rowCount: 1)
        #expect(variables.revision == start)
        try variables.set("RETRY_OCC", to: "3")
        try variables.unset("RETRY_OCC")
        #expect(variables.revision == start + 2)
    }
}
