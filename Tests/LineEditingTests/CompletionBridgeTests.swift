import Testing

@testable import LineEditing

@Suite("CompletionBridge: which word, and what TAB does with the candidates")
struct CompletionBridgeTests {
    @Test(arguments: [
        ("sel", "sel"),
        ("select * from pg_cl", "pg_cl"),
        ("select * from t where a=b", "b"),
        ("select (col", "col"),
        ("select 1 ", ""),
        ("", ""),
        ("\\d pub", "pub"),
    ])
    func wordIsTextAfterLastPsqlWordBreak(_ line: String, _ word: String) {
        #expect(CompletionBridge.wordBeforeCursor(in: line) == word)
    }

    @Test func singleCandidateCompletesAndAddsASpace() {
        #expect(CompletionBridge.action(word: "sel", candidates: ["SELECT"]) == .replaceWord(with: "SELECT "))
    }

    @Test func singleDirectoryCandidateAddsNoSpace() {
        #expect(CompletionBridge.action(word: "/tm", candidates: ["/tmp/"]) == .replaceWord(with: "/tmp/"))
    }

    @Test func severalCandidatesExtendToTheirCommonPrefix() {
        let action = CompletionBridge.action(word: "pg_", candidates: ["pg_class", "pg_catalog"])
        #expect(action == .replaceWord(with: "pg_c"))
    }

    @Test func severalCandidatesWithNothingToAddAreListedSorted() {
        let action = CompletionBridge.action(word: "pg_c", candidates: ["pg_class", "pg_catalog", "pg_class"])
        #expect(action == .list(["pg_catalog", "pg_class"]))
    }

    @Test func noCandidatesDoNothing() {
        #expect(CompletionBridge.action(word: "zz", candidates: []) == .none)
    }

    @Test func columnsFillDownThenAcross() {
        let text = CompletionBridge.columns(["a", "b", "c", "d", "e"], width: 9)
        #expect(text == "a  c  e\nb  d\n")
    }

    @Test func narrowTerminalGivesOneColumn() {
        #expect(CompletionBridge.columns(["alpha", "beta"], width: 3) == "alpha\nbeta\n")
    }
}
