import SQLScanner
import Testing

/// `\if` / `\elif` / `\else` / `\endif`, as psql's conditional.c and command.c.
@Suite struct ConditionalStackTests {
    @Test func emptyStackIsActive() {
        let stack = ConditionalStack()
        #expect(stack.isActive)
        #expect(stack.state == nil)
        #expect(stack.depth == 0)
    }

    static let transitions: [(steps: [String], states: [ConditionalState?])] = [
        (["if t", "endif"], [.active, nil]),
        (["if f", "endif"], [.inactive, nil]),
        (["if f", "elif t", "elif t", "else", "endif"], [.inactive, .active, .ignored, .elseInactive, nil]),
        (["if f", "elif f", "else", "endif"], [.inactive, .inactive, .elseActive, nil]),
        (["if t", "else", "endif"], [.active, .elseInactive, nil]),
        (["if f", "if t", "endif", "endif"], [.inactive, .ignored, .inactive, nil]),
        (["if t", "if f", "else", "endif", "endif"], [.active, .inactive, .elseActive, .active, nil]),
    ]

    @Test(arguments: transitions)
    func branchesFollowPsql(steps: [String], states: [ConditionalState?]) throws {
        var stack = ConditionalStack()
        var seen: [ConditionalState?] = []
        for step in steps {
            let condition: Bool? = step.hasSuffix(" t") ? true : (step.hasSuffix(" f") ? false : nil)
            switch step.prefix(while: { $0 != " " }) {
            case "if": stack.beginIf(condition, queryLength: 0, parenthesisDepth: 0)
            case "elif":
                _ = try stack.elif(stack.evaluatesNextElif ? condition : nil, queryLength: 0, parenthesisDepth: 0)
            case "else": _ = try stack.else(queryLength: 0, parenthesisDepth: 0)
            default: _ = try stack.endIf()
            }
            seen.append(stack.state)
        }
        #expect(seen == states)
    }

    @Test func misplacedCommandsAreErrorsWithPsqlMessages() throws {
        var stack = ConditionalStack()
        #expect(throws: ConditionalError.endifWithoutIf) { _ = try stack.endIf() }
        #expect(throws: ConditionalError.elseWithoutIf) { _ = try stack.else(queryLength: 0, parenthesisDepth: 0) }
        #expect(throws: ConditionalError.elifWithoutIf) {
            _ = try stack.elif(true, queryLength: 0, parenthesisDepth: 0)
        }
        stack.beginIf(true, queryLength: 0, parenthesisDepth: 0)
        _ = try stack.else(queryLength: 0, parenthesisDepth: 0)
        #expect(throws: ConditionalError.elifAfterElse) {
            _ = try stack.elif(true, queryLength: 0, parenthesisDepth: 0)
        }
        #expect(throws: ConditionalError.elseAfterElse) { _ = try stack.else(queryLength: 0, parenthesisDepth: 0) }
        #expect(ConditionalError.elifAfterElse.message == "\\elif: cannot occur after \\else")
        #expect(ConditionalError.endifWithoutIf.message == "\\endif: no matching \\if")
    }

    @Test func skippedBranchTextIsDiscardedAndActiveTextKept() {
        var driver = ScriptDriver()
        let events = driver.run(
            """
            select 1,
            \\if false
            2,
            \\else
            3,
            \\endif
            4;
            """)
        #expect(events.contains(.statement("select 1,\n3,\n4;")), "\(events)")
    }

    @Test func inactiveBranchSkipsStatementsAndVariables() {
        var driver = ScriptDriver()
        let events = driver.run(
            """
            \\set x 1
            \\if :x
            select :x;
            \\elif true
            select 'not reached';
            \\else
            \\set x 2
            select 2;
            \\endif
            select :x;
            """)
        #expect(
            events == [
                .meta("set", ["x", "1"]), .meta("if", ["1"]), .statement("select 1;"), .meta("elif", ["true"]),
                .skipped("select 'not reached';"), .meta("else", []), .skipped("select 2;"), .meta("endif", []),
                .statement("select 1;"),
            ])
    }

    @Test func invalidConditionIsAnErrorAndFalse() {
        var driver = ScriptDriver()
        let events = driver.run("\\if maybe\nselect 1;\n\\endif\n")
        #expect(events.contains(.error("unrecognized value \"maybe\" for \"\\if expression\": Boolean expected")))
        #expect(events.contains(.skipped("select 1;")))
    }

    @Test func quotesAreStillTrackedInSkippedBranches() {
        var driver = ScriptDriver()
        let events = driver.run("\\if false\nselect '\n\\endif\n';\n\\endif\nselect 2;")
        #expect(events.last == .statement("select 2;"))
        #expect(driver.conditions.depth == 0)
    }

    @Test func statementsEndingInAnInactiveBranchStayBufferedUntilDiscarded() {
        // psql keeps such text in the buffer; the \else cuts it back to what
        // was there at the \if, so the unfinished "select 1," survives.
        var driver = ScriptDriver()
        let events = driver.run("select 1,\n\\if false\n2; 3;\n\\else\n4;\n\\endif")
        #expect(events.contains(.statement("select 1,\n4;")), "\(events)")
    }

    @Test func inactiveScanKeepsTheBufferButActiveScanClearsIt() {
        var scanner = StatementScanner()
        scanner.feed(line: "select 1; select 2;")
        #expect(scanner.next(branchActive: false) == .semicolon("select 1;"))
        #expect(scanner.next(branchActive: false) == .semicolon("select 1; select 2;"))
        #expect(scanner.queryBuffer == "select 1; select 2;")
        scanner.restoreQueryBuffer(length: 0, parenthesisDepth: 0)
        scanner.feed(line: "select 3;")
        #expect(scanner.next() == .semicolon("select 3;"))
        #expect(scanner.queryBufferLength == 0)
    }
}
