import Testing

@testable import SessionPolicy

@Suite("A command string's transaction and setting effects are read in one pass")
struct CommandEffectsTests {
    /// The effects worked out the long way: every statement split and read in full.
    private func effectsReadInFull(_ text: String) -> [CommandEffects.Entry] {
        SQLStatement.split(text).enumerated().flatMap { index, statement in
            CommandEffects.effects(of: statement).map { CommandEffects.Entry(statement: index, effect: $0) }
        }
    }

    @Test(arguments: [
        "insert into t values (1, 'row 1');",
        "select 1; select 2",
        "BEGIN; SET a = 1; insert into t values (1); COMMIT AND CHAIN; RESET a; ROLLBACK",
        "StArT TRANSACTION; sEt LOCAL x = 1; set search_path = app; end",
        "select 'begin'; \"set\" x; (commit); $$set a = 1$$; 1; ;;",
        "-- begin\n/* set a = 1 */ update t set a = 1; set b to 2",
        "discard all; reset all; prepare transaction 'x'; commit prepared 'x'",
        "ROLLBAC\u{212A}; set naïve.x = 1; Ünïcode; settle; beginning",
        "rollback to savepoint s; abort",
        "",
        "  ;; -- only comments",
    ])
    func agreesWithReadingEveryStatementInFull(text: String) {
        let effects = CommandEffects(text)
        #expect(effects.entries == effectsReadInFull(text))
        #expect(effects.statementCount == SQLStatement.split(text).count)
    }

    @Test func ordinaryStatementsHaveNoEffects() {
        let effects = CommandEffects("insert into bench_ins values (1, 'row 1');")
        #expect(effects.statementCount == 1 && effects.entries.isEmpty)
    }

    @Test func effectsKeepTheirStatementsPlaces() {
        let effects = CommandEffects("select 1; begin; set a = 1; select 2; commit")
        #expect(
            effects.entries == [
                .init(statement: 1, effect: .transaction(.begin)),
                .init(statement: 2, effect: .setting(.set(key: "a", statement: "set a = 1"))),
                .init(statement: 4, effect: .transaction(.commit(chain: false))),
            ])
        #expect(CommandShape(effects).endsWithCommit)
        #expect(!CommandShape(CommandEffects("commit; select 1")).endsWithCommit)
    }
}
