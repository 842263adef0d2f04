import SQLScanner
import Testing

/// Meta-command names and arguments, lexed as psqlscanslash does.
@Suite struct MetaCommandLexerTests {
    static let values = ["v": "val", "q": "it's", "sp": "a b"]

    /// Positions a scanner just after the backslash of `line`.
    func scanner(at line: String) -> StatementScanner {
        var scanner = StatementScanner()
        scanner.feed(line: line)
        _ = scanner.next()
        return scanner
    }

    /// The name and all arguments (as text) of the meta-command in `line`.
    func lex(_ line: String, _ mode: MetaArgumentMode = .normal) throws -> (String, [String]) {
        var scanner = scanner(at: line)
        let name = scanner.readMetaCommandName()
        let arguments = try scanner.readMetaArguments(mode, variables: { Self.values[$0] })
        return (name, arguments.map(\.text))
    }

    static let cases: [(line: String, name: String, arguments: [String])] = [
        ("\\set x 1", "set", ["x", "1"]),
        ("\\set x 'a b' c", "set", ["x", "a b", "c"]),
        ("\\echo 'it''s' 'tab\\there' '\\x41\\101\\q'", "echo", ["it's", "tab\there", "AAq"]),
        ("\\echo \"keep quotes\" x\"y z\"w", "echo", ["\"keep quotes\"", "x\"y z\"w"]),
        ("\\echo :v :'v' :\"v\" :{?v} :{?nope} :nope", "echo", ["val", "'val'", "\"val\"", "TRUE", "FALSE", ":nope"]),
        ("\\echo pre:v:v", "echo", ["prevalval"]),
        ("\\echo :sp", "echo", ["a b"]),
        ("\\echo ''", "echo", [""]),
        ("\\d+ t1", "d+", ["t1"]),
        ("\\gx", "gx", []),
        ("\\g", "g", []),
        ("\\echo a\\echo b", "echo", ["a"]),
        ("\\echo a; b;", "echo", ["a;", "b;"]),
    ]

    @Test(arguments: cases)
    func argumentsAreLexedInNormalMode(line: String, name: String, arguments: [String]) throws {
        let (lexedName, lexedArguments) = try lex(line)
        #expect(lexedName == name)
        #expect(lexedArguments == arguments)
    }

    @Test func backquotedCommandsAreReportedNotRun() throws {
        var scanner = scanner(at: "\\set t pre`echo :v :'q'`post")
        #expect(scanner.readMetaCommandName() == "set")
        #expect(try scanner.readMetaArgument()?.text == "t")
        let argument = try #require(try scanner.readMetaArgument(variables: { Self.values[$0] }))
        #expect(argument.pieces == [.text("pre"), .shellCommand("echo val 'it'\"'\"'s'"), .text("post")])
        #expect(argument.quote == .backquote)
        #expect(argument.resolved(running: { _ in "OUT" }) == "preOUTpost")
    }

    @Test func noEvaluationModeKeepsBackquotedTextInert() throws {
        var scanner = scanner(at: "\\set t `rm -rf /`")
        _ = scanner.readMetaCommandName()
        _ = try scanner.readMetaArgument(.noEvaluation)
        let argument = try #require(try scanner.readMetaArgument(.noEvaluation))
        #expect(!argument.hasShellCommand)
    }

    @Test func wholeLineModeTakesEverythingIncludingBackslashes() throws {
        let (name, arguments) = try lex("\\!   echo a \\\\ b :v", .wholeLine)
        #expect(name == "!")
        #expect(arguments == ["echo a \\\\ b :v"])
    }

    @Test func wholeLineStripsSemicolonsAndSpaceWhenAsked() throws {
        var scanner = scanner(at: "\\h select ;  ")
        _ = scanner.readMetaCommandName()
        #expect(try scanner.readMetaArgument(.wholeLine, stripSemicolons: true)?.text == "select")
    }

    @Test func unquotedTrailingSemicolonsAreStrippedOnRequest() throws {
        var scanner = scanner(at: "\\c db;; 'x;';")
        _ = scanner.readMetaCommandName()
        #expect(try scanner.readMetaArgument(stripSemicolons: true)?.text == "db")
        #expect(try scanner.readMetaArgument(stripSemicolons: true)?.text == "x;")
    }

    @Test func sqlIdentifierModeDequotesAndLowercases() throws {
        var scanner = scanner(at: "\\d Foo.\"Bar\"\"X\" Foo")
        _ = scanner.readMetaCommandName()
        #expect(try scanner.readMetaArgument(.sqlIdentifier)?.text == "foo.Bar\"X")
        #expect(try scanner.readMetaArgument(.sqlIdentifierKeepingCase)?.text == "Foo")
    }

    @Test func filePipeModeTakesTheRestOfTheLineAfterABar() throws {
        var scanner = scanner(at: "\\o | grep x \\\\ y")
        _ = scanner.readMetaCommandName()
        #expect(try scanner.readMetaArgument(.filePipe)?.text == "| grep x \\\\ y")
    }

    @Test(arguments: ["\\echo 'open", "\\echo \"open", "\\echo `open"])
    func unterminatedQuotesAreAnError(line: String) {
        var scanner = scanner(at: line)
        _ = scanner.readMetaCommandName()
        #expect(throws: MetaCommandError.unterminatedQuotedString) {
            _ = try scanner.readMetaArgument()
        }
    }

    @Test func doubleBackslashEndsTheCommandAndSQLContinues() throws {
        var scanner = scanner(at: "\\set x 1 \\\\ select :x;")
        _ = scanner.readMetaCommandName()
        _ = try scanner.readMetaArguments()
        scanner.endMetaCommand()
        #expect(scanner.next(variables: { $0 == "x" ? "1" : nil }) == .semicolon("select 1;"))
    }

    @Test func metaCommandInsideAVariableReadsOnIntoTheLine() throws {
        var scanner = StatementScanner()
        scanner.feed(line: ":cmd world")
        #expect(scanner.next(variables: { $0 == "cmd" ? "\\echo hello" : nil }) == .backslash)
        #expect(scanner.readMetaCommandName() == "echo")
        #expect(try scanner.readMetaArguments().map(\.text) == ["hello", "world"])
    }

    @Test func endOfMetaCommandIsReported() throws {
        var atEnd = scanner(at: "\\x")
        _ = atEnd.readMetaCommandName()
        #expect(atEnd.endMetaCommand() == .endOfLine)
        var separated = scanner(at: "\\echo a \\\\ select 1;")
        _ = separated.readMetaCommandName()
        _ = try separated.readMetaArguments()
        #expect(separated.endMetaCommand() == .separator)
        var chained = scanner(at: "\\g \\x")
        _ = chained.readMetaCommandName()
        _ = try chained.readMetaArguments()
        #expect(chained.endMetaCommand() == .moreInput)
        #expect(chained.next() == .backslash)
        #expect(chained.readMetaCommandName() == "x")
    }
}
