import Testing

@testable import ResultFormatting

/// `\pset` changes options and answers exactly as psql 15 does.
@Suite struct PsetCommandTests {
    /// Runs the commands like a quiet-less psql session and collects what it would print.
    private func transcript(_ psets: [RecordedPset]) -> String {
        var options = PrintOptions()
        var printed = ""
        for pset in psets {
            if pset.name.isEmpty {
                printed += options.psetListing()
                continue
            }
            do {
                let outcome = try options.applyingPset(pset.name, pset.value)
                options = outcome.options
                if let message = outcome.message { printed += message + "\n" }
            } catch {
                printed += error.message + "\n"
            }
        }
        return printed
    }

    @Test(arguments: RecordedFixtures.psetProbes)
    func answersWithPsqlsMessages(_ probe: RecordedPsetProbe) {
        #expect(transcript(probe.psets) == probe.output)
    }

    @Test func booleanOptionWithValuePrintsNothingButChangesIt() throws {
        let outcome = try PrintOptions().applyingPset("tuples_only", "on")
        #expect(outcome.message == nil)
        #expect(outcome.options.tuplesOnly)
    }

    @Test func formatAbbreviationMatchesOursUniquely() throws {
        #expect(try PrintOptions().applyingPset("format", "al").options.format == .aligned)
        #expect(try PrintOptions().applyingPset("format", "h").options.format == .html)
        #expect(try PrintOptions().applyingPset("format", "c").options.format == .csv)
        #expect(try PrintOptions().applyingPset("format", "json").options.format == .json)
        #expect(try PrintOptions().applyingPset("format", "jsonl").options.format == .jsonl)
    }

    @Test func aIsAmbiguousAsInPsql() {
        #expect(
            throws: PsetError(message: "\\pset: ambiguous abbreviation \"a\" matches both \"aligned\" and \"asciidoc\"")
        ) {
            try PrintOptions().applyingPset("format", "a")
        }
    }

    @Test func ambiguousFormatAbbreviationIsRefused() {
        #expect(throws: PsetError(message: "\\pset: ambiguous abbreviation \"j\" matches both \"json\" and \"jsonl\""))
        {
            try PrintOptions().applyingPset("format", "j")
        }
    }

    @Test func unknownFormatListsPsqlsFormats() {
        #expect(
            throws: PsetError(
                message:
                    "\\pset: allowed formats are aligned, asciidoc, csv, html, latex, latex-longtable, troff-ms, unaligned, wrapped"
            )
        ) {
            try PrintOptions().applyingPset("format", "bogus")
        }
    }

    @Test(arguments: ["html", "asciidoc", "latex", "latex-longtable", "troff-ms"])
    func psqlsMarkupFormatsAreAccepted(_ name: String) throws {
        #expect(try PrintOptions().applyingPset("format", name).options.format.rawValue == name)
    }

    @Test func latexAbbreviationIsAmbiguousOnlyBeyondItsExactName() throws {
        #expect(try PrintOptions().applyingPset("format", "latex").options.format == .latex)
        #expect(try PrintOptions().applyingPset("format", "latex-l").options.format == .latexLongtable)
    }

    @Test func borderAboveTwoIsKeptButDrawnAsTwo() throws {
        let options = try PrintOptions().applyingPset("border", "5").options
        let table = MemoryTable(columns: [Column(name: "a", typeOID: 23)], rows: [["1"]])
        var two = PrintOptions()
        two.border = 2
        #expect(options.border == 5)
        #expect(ResultPrinter.render(table, options: options) == ResultPrinter.render(table, options: two))
    }
}
