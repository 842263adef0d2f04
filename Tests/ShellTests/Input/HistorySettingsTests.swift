import LineEditing
import SQLScanner
import Testing

@testable import Shell

/// `HISTSIZE` and `HISTCONTROL` are parsed once, by the variable hooks, with psql 15's
/// rules; the line editor's history takes what they parsed.
@Suite("History settings")
struct HistorySettingsTests {
    /// The editor's limit after `\set HISTSIZE value` (nil value: `\unset HISTSIZE`).
    private func limit(after value: String?) throws -> Int? {
        var variables = Variables()
        if let value { try variables.set("HISTSIZE", to: value) } else { try variables.unset("HISTSIZE") }
        return HistorySettings.limit(variables.settings)
    }

    @Test(
        arguments: [
            (String?.none, Int?.some(HistoryStore.defaultLimit)),
            ("1000", 1000),
            (" 20", 20),
            ("0", 0),
            ("-1", nil),
            ("0x10", 16),
            ("010", 8),
        ] as [(String?, Int?)])
    func histsizeIsAnIntegerAsPsqlReadsIt(_ value: String?, _ expected: Int?) throws {
        #expect(try limit(after: value) == expected)
    }

    @Test func aBadHistsizeIsRefusedAndTheOldOneStays() throws {
        var variables = Variables()
        try variables.set("HISTSIZE", to: "40")
        for bad in ["lots", "20 ", "", "99999999999"] {
            #expect(throws: VariableError.self) { try variables.set("HISTSIZE", to: bad) }
        }
        #expect(variables["HISTSIZE"] == "40")
        #expect(HistorySettings.limit(variables.settings) == 40)
    }

    @Test(
        arguments: [
            (String?.none, HistoryControl()),
            ("none", []),
            ("ignorespace", .ignoreSpace),
            ("IgnoreDups", .ignoreDuplicates),
            ("ignoreboth", .ignoreBoth),
        ] as [(String?, HistoryControl)])
    func histcontrolIsOneOfPsqlsWords(_ value: String?, _ expected: HistoryControl) throws {
        var variables = Variables()
        if let value { try variables.set("HISTCONTROL", to: value) } else { try variables.unset("HISTCONTROL") }
        #expect(HistorySettings.control(variables.settings) == expected)
    }

    @Test func aBadHistcontrolIsRefusedAndTheOldOneStays() throws {
        var variables = Variables()
        try variables.set("HISTCONTROL", to: "ignoredups")
        #expect(throws: VariableError.self) { try variables.set("HISTCONTROL", to: "sometimes") }
        #expect(variables["HISTCONTROL"] == "ignoredups")
        #expect(HistorySettings.control(variables.settings) == .ignoreDuplicates)
    }

    @Test func theEditorsStoreStartsWithTheSessionsRules() throws {
        var variables = Variables()
        try variables.set("HISTSIZE", to: "2")
        try variables.set("HISTCONTROL", to: "ignoreboth")
        var store = HistorySettings.store(variables.settings)
        #expect(store.limit == 2 && store.control == .ignoreBoth)
        for entry in ["a;", "a;", " b;", "c;", "d;"] { store.add(entry) }
        #expect(store.entries == ["c;", "d;"])
    }
}
