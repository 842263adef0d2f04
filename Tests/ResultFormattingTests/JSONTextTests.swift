import Testing

@testable import ResultFormatting

/// `JSONText.isNumber` is RFC 8259's number grammar, no more and no less.
@Suite struct JSONTextTests {
    /// Every string up to four characters over the characters numbers are made of.
    static var candidates: [String] {
        let alphabet = ["-", "+", ".", "e", "E", "0", "1", "9", "x"]
        var all = [""]
        var previous = [""]
        for _ in 1...4 {
            previous = previous.flatMap { prefix in alphabet.map { prefix + $0 } }
            all += previous
        }
        return all + [
            "628122.0792", "-199937599811", "1.5e-07", "1e+30", "NaN", "Infinity", "-Infinity", "00", "-01", "0.", ".5",
        ]
    }

    @Test func numberMatchesTheGrammar() throws {
        let grammar = try Regex("^-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?$")
        for candidate in Self.candidates {
            let expected = candidate.wholeMatch(of: grammar) != nil
            let actual = Array(candidate.utf8).withUnsafeBytes { JSONText.isNumber($0) }
            #expect(actual == expected, "\(candidate)")
        }
    }
}
