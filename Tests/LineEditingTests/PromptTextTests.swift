import Testing

@testable import LineEditing

@Suite("PromptText: readline-style invisible spans in libedit's form")
struct PromptTextTests {
    @Test(arguments: [
        ("db=> ", "db=> "),
        ("\u{01}\u{1b}[1m\u{02}db=> ", "\u{01}\u{1b}[1m\u{01}db=> "),
        ("\u{01}\u{1b}[31m\u{02}db=> \u{01}\u{1b}[0m\u{02}", "\u{01}\u{1b}[31m\u{01}db=>\u{01}\u{1b}[0m\u{01} "),
        ("a\u{01}X\u{02}\u{01}Y\u{02}", "\u{01}XY\u{01}a"),
        ("\u{01}\u{1b}[0m\u{02}", ""),
        ("plain\u{02}text", "plaintext"),
    ])
    func trailingInvisibleSpanMovesBeforeTheLastVisibleCharacter(_ readline: String, _ libedit: String) {
        #expect(PromptText.libeditPrompt(readline) == libedit)
    }
}
