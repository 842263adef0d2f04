import Testing

@testable import LineEditing

@Suite("Bracketed paste: bytes up to the end marker, line ends as LF")
struct PasteCollectorTests {
    private func collect(_ text: String) -> PasteCollector {
        var collector = PasteCollector()
        for byte in text.utf8 { collector.add(byte) }
        return collector
    }

    @Test func stopsAtTheEndMarkerAndKeepsTabs() {
        let collector = collect("select 'x\ty';\u{1B}[201~ignored")
        #expect(collector.finished)
        #expect(collector.text == "select 'x\ty';")
    }

    @Test func carriageReturnsBecomeLineFeeds() {
        #expect(collect("a\rb\r\nc\u{1B}[201~").text == "a\nb\nc")
    }

    @Test func anEscapeThatIsNotTheMarkerIsKept() {
        let collector = collect("a\u{1B}[A b")
        #expect(!collector.finished)
        #expect(collector.text == "a\u{1B}[A b")
    }
}
