import ResultFormatting
import Testing

@testable import Shell

@Suite("When output goes through a pager")
struct PagerPolicyTests {
    @Test(arguments: [
        (["PSQL_PAGER": "most", "PAGER": "less"], true, "most" as String?),
        (["PAGER": "pg"], true, "pg"),
        ([:], true, "less -SRXF"),
        ([:], false, "more"),
        (["PSQL_PAGER": ""], true, nil),
        (["PAGER": "  "], true, nil),
    ])
    func commandFollowsPsqlsOrder(environment: [String: String], less: Bool, expected: String?) {
        #expect(PagerPolicy.command(environment: environment, lessIsInstalled: less) == expected)
    }

    func text(lines: Int, width: Int) -> [UInt8] {
        Array(String(repeating: String(repeating: "x", count: width) + "\n", count: lines).utf8)
    }

    @Test func neverWhenOutputIsNotATerminal() {
        #expect(
            !PagerPolicy.shouldPage(
                text(lines: 500, width: 10), use: .always, minimumLines: 0,
                outputIsTerminal: false, width: 80, height: 24))
    }

    @Test func onPagesWhatIsTallerOrWiderThanTheScreen() {
        #expect(
            !PagerPolicy.shouldPage(
                text(lines: 10, width: 80), use: .on, minimumLines: 0, outputIsTerminal: true, width: 80, height: 24))
        #expect(
            PagerPolicy.shouldPage(
                text(lines: 30, width: 10), use: .on, minimumLines: 0, outputIsTerminal: true, width: 80, height: 24))
        #expect(
            PagerPolicy.shouldPage(
                text(lines: 2, width: 81), use: .on, minimumLines: 0, outputIsTerminal: true, width: 80, height: 24))
    }

    @Test func minimumLinesHoldsBackShortTallOutput() {
        #expect(
            !PagerPolicy.shouldPage(
                text(lines: 30, width: 10), use: .on, minimumLines: 100, outputIsTerminal: true, width: 80, height: 24))
    }

    @Test func offAndAlwaysAreObeyed() {
        #expect(
            !PagerPolicy.shouldPage(
                text(lines: 300, width: 300), use: .off, minimumLines: 0, outputIsTerminal: true, width: 80, height: 24)
        )
        #expect(
            PagerPolicy.shouldPage(
                text(lines: 1, width: 1), use: .always, minimumLines: 0, outputIsTerminal: true, width: 80, height: 24))
    }

    @Test func wideCharactersCountOncePerCharacterNotPerByte() {
        let line = Array((String(repeating: "é", count: 80) + "\n").utf8)
        #expect(!PagerPolicy.shouldPage(line, use: .on, minimumLines: 0, outputIsTerminal: true, width: 80, height: 24))
    }
}
