import Testing

@testable import LineEditing

@Suite("Where the cursor of a wrapped line is")
struct ScreenPositionTests {
    @Test func aShortLineStaysOnTheFirstRow() {
        #expect(ScreenPosition.cursorRow(prompt: "db=> ", line: "select 1", columns: 80) == 0)
    }

    @Test func aLineLongerThanTheTerminalWraps() {
        #expect(ScreenPosition.cursorRow(prompt: "db=> ", line: String(repeating: "x", count: 100), columns: 80) == 1)
        #expect(
            ScreenPosition.cursorRow(prompt: "db=> ", line: String(repeating: "x", count: 75), columns: 80) == 1,
            "a full row moves the cursor to the next one")
        #expect(ScreenPosition.cursorRow(prompt: "db=> ", line: String(repeating: "x", count: 200), columns: 80) == 2)
    }

    @Test func lineBreaksAndInvisiblePromptTextCount() {
        #expect(ScreenPosition.cursorRow(prompt: "db=> ", line: "a\nb\nc", columns: 80) == 2)
        let coloured = "\u{01}\u{1B}[31m\u{02}db=> \u{01}\u{1B}[0m\u{02}"
        #expect(ScreenPosition.visiblePrompt(coloured) == "db=> ")
    }
}
