import Testing

@testable import SQLScanner

@Suite("The token lexer reads UTF-8 text as PostgreSQL would split it")
struct SQLLexerTests {
    private func kinds(_ text: String) -> [SQLToken.Kind] {
        var lexer = SQLLexer(text)
        return lexer.tokens().map(\.kind)
    }

    @Test func nonASCIILettersAreIdentifierLettersAnywhereInAWord() {
        #expect(
            kinds("SELECT Äpfel, naïve_1, 名前$x FROM Tàble") == [
                .word("select"), .word("äpfel"), .symbol(","), .word("naïve_1"), .symbol(","), .word("名前$x"),
                .word("from"), .word("tàble"),
            ])
    }

    @Test func nonASCIIWhitespaceSeparatesTokensButNotLettersInsideAWord() {
        #expect(kinds("\u{3000}begin\u{00A0};") == [.word("begin\u{00A0}"), .symbol(";")])
        #expect(kinds("\u{2028}\u{00A0}commit") == [.word("commit")])
    }

    @Test func tokenRangesAreUTF8OffsetsThatGiveBackTheText() {
        var lexer = SQLLexer("set \"Ä\"\"b\" = 'ü'; -- ø\nnaïve")
        let texts = lexer.tokens().map { lexer.text($0.range) }
        #expect(texts == ["set", "\"Ä\"\"b\"", "=", "'ü'", ";", "naïve"])
    }

    @Test(arguments: [
        ("select $$a;b$$; x", [SQLToken.Kind.word("select"), .literal, .symbol(";"), .word("x")]),
        ("$body$ $$ ; $b$ $body$;", [.literal, .symbol(";")]),
        ("$tág$ ; $tág$ x", [.literal, .word("x")]),
        ("$1 + $2", [.symbol("$"), .literal, .symbol("+"), .symbol("$"), .literal]),
        ("$a$ unterminated ;", [.literal]),
    ])
    func dollarQuotesRunToTheSameTag(text: String, expected: [SQLToken.Kind]) {
        #expect(kinds(text) == expected)
    }

    @Test(arguments: [
        ("/* a /* b */ ; */ x", [SQLToken.Kind.word("x")]),
        ("/* a /* b */ ; x", []),
        ("x -- ; y\nz", [.word("x"), .word("z")]),
        ("x /**/ y", [.word("x"), .word("y")]),
        (
            "x - - y / * z",
            [.word("x"), .symbol("-"), .symbol("-"), .word("y"), .symbol("/"), .symbol("*"), .word("z")]
        ),
    ])
    func commentsNestAndVanish(text: String, expected: [SQLToken.Kind]) {
        #expect(kinds(text) == expected)
    }

    @Test(arguments: [
        ("E'it\\'s;' x", [SQLToken.Kind.literal, .word("x")]),
        ("e'\\\\' x", [.literal, .word("x")]),
        ("'no \\' x", [.literal, .word("x")]),
        ("B'101' X'ff' n'ñ' x", [.literal, .literal, .literal, .word("x")]),
        ("ee'a' x", [.word("ee"), .literal, .word("x")]),
        ("select e from t", [.word("select"), .word("e"), .word("from"), .word("t")]),
        ("'it''s' x", [.literal, .word("x")]),
        ("E'\\", [.literal]),
    ])
    func stringConstantsAndTheirPrefixes(text: String, expected: [SQLToken.Kind]) {
        #expect(kinds(text) == expected)
    }

    @Test func numbersAndQuotedIdentifiers() {
        #expect(
            kinds("1.5e3 \"a\"\"b\" \"unterminated") == [
                .literal, .quotedIdentifier("a\"b"), .quotedIdentifier("unterminated"),
            ])
    }

    @Test func keywordsAreComparedWithoutCaseAndOnlyInASCII() {
        let keywords = [Array("begin".utf8), Array("set".utf8)]
        var lexer = SQLLexer("BeGiN sets sét SET")
        var matches: [Bool] = []
        while let lexeme = lexer.nextLexeme() { matches.append(lexer.isASCIIWord(lexeme, oneOf: keywords)) }
        #expect(matches == [true, false, false, true])
    }

    @Test func everyPrefixOfATrickyStringLexesToItsEnd() {
        let text = "SET a = E'x\\'y' /* c /* d */ */; select $q$ é $q$, \"Q\"\"\", 1.5 -- t\n\u{3000}commit"
        for length in 0...text.unicodeScalars.count {
            var scalars = String.UnicodeScalarView()
            scalars.append(contentsOf: text.unicodeScalars.prefix(length))
            var lexer = SQLLexer(String(scalars))
            let tokens = lexer.tokens()
            #expect(tokens.allSatisfy { !$0.range.isEmpty }, "prefix \(length)")
        }
    }

    @Test func lettersAreReadAfterCommentsAndStopAtTheFirstOtherByte() {
        var lexer = SQLLexer("/* a /* b */ c */ BEGIN1 -- x\n\tWORK; \u{00A0}end")
        #expect(lexer.nextLetters() == "begin")
        #expect(lexer.nextLetters() == "")
        lexer = SQLLexer(" -- x\nDrop\n/* y */Index ;")
        #expect([lexer.nextLetters(), lexer.nextLetters(), lexer.nextLetters()] == ["drop", "index", ""])
    }

    @Test(arguments: [
        ("'open", true), ("'closed'", false), ("'it''s", true), ("'it'''", false),
        ("E'\\'", true), ("E'\\''", false), ("$t$ body $", true), ("$t$ body $t$", false),
        ("\"open identifier", false), ("/* open comment 'x", false), ("-- 'x", false), ("", false),
    ])
    func endsInsideStringConstant(text: String, open: Bool) {
        var lexer = SQLLexer("select " + text)
        #expect(lexer.endsInsideStringConstant() == open, "\(text)")
    }
}
