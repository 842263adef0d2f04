import Testing

@testable import LineEditing

@Suite("HistoryStore: psql's HISTCONTROL and HISTSIZE rules")
struct HistoryStoreTests {
    struct IgnoreCase: Sendable, CustomTestStringConvertible {
        let control: HistoryControl
        let previous: [String]
        let entry: String
        let recorded: Bool
        var testDescription: String { "\(control.rawValue) \(previous) + \(entry.debugDescription) -> \(recorded)" }
    }

    @Test(arguments: [
        IgnoreCase(control: [], previous: [], entry: "select 1;", recorded: true),
        IgnoreCase(control: [], previous: [], entry: " select 1;", recorded: true),
        IgnoreCase(control: [], previous: ["select 1;"], entry: "select 1;", recorded: true),
        IgnoreCase(control: .ignoreSpace, previous: [], entry: " select 1;", recorded: false),
        IgnoreCase(control: .ignoreSpace, previous: [], entry: "\tselect 1;", recorded: true),
        IgnoreCase(control: .ignoreSpace, previous: ["select 1;"], entry: "select 1;", recorded: true),
        IgnoreCase(control: .ignoreDuplicates, previous: ["select 1;"], entry: "select 1;", recorded: false),
        IgnoreCase(control: .ignoreDuplicates, previous: ["select 1;"], entry: "select 1;\n", recorded: false),
        IgnoreCase(
            control: .ignoreDuplicates, previous: ["select 1;", "select 2;"], entry: "select 1;", recorded: true),
        IgnoreCase(control: .ignoreDuplicates, previous: [], entry: " select 1;", recorded: true),
        IgnoreCase(control: .ignoreBoth, previous: [], entry: " select 1;", recorded: false),
        IgnoreCase(control: .ignoreBoth, previous: ["select 1;"], entry: "select 1;", recorded: false),
        IgnoreCase(control: .ignoreBoth, previous: ["select 1;"], entry: "select 2;", recorded: true),
        IgnoreCase(control: [], previous: [], entry: "", recorded: false),
        IgnoreCase(control: [], previous: [], entry: "\n", recorded: false),
    ])
    func ignoreRulesDecideWhatIsRecorded(_ example: IgnoreCase) {
        var store = HistoryStore(entries: example.previous, control: example.control)
        let stored = store.add(example.entry)
        #expect((stored != nil) == example.recorded)
        #expect(store.entries.count == example.previous.count + (example.recorded ? 1 : 0))
    }

    @Test func multiLineStatementIsOneEntryWithoutTrailingNewline() {
        var store = HistoryStore()
        store.add("select a,\n       b\n  from t;\n")
        #expect(store.entries == ["select a,\n       b\n  from t;"])
    }

    @Test func defaultLimitIsFiveHundredAndOldestEntriesGoFirst() {
        var store = HistoryStore()
        for number in 1...600 {
            store.add("select \(number);")
        }
        #expect(store.entries.count == 500)
        #expect(store.entries.first == "select 101;")
        #expect(store.entries.last == "select 600;")
    }

    @Test func loweringTheLimitDropsOldestEntries() {
        var store = HistoryStore(entries: ["a", "b", "c", "d"])
        store.limit = 2
        #expect(store.entries == ["c", "d"])
    }

    @Test func zeroLimitRecordsNothingAndNilIsUnlimited() {
        var none = HistoryStore(limit: 0)
        #expect(none.add("select 1;") == nil)
        var unlimited = HistoryStore(limit: nil)
        for number in 1...1000 { unlimited.add("select \(number);") }
        #expect(unlimited.entries.count == 1000)
    }

    @Test func loadedEntriesAreTrimmedToTheLimit() {
        let store = HistoryStore(entries: ["a", "", "b", "c"], limit: 2)
        #expect(store.entries == ["b", "c"])
    }
}
