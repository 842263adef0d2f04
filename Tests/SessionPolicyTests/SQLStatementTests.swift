import SQLScanner
import Testing

@testable import SessionPolicy

@Suite("Command strings are split into statements without being fooled by quotes or comments")
struct SQLStatementTests {
    @Test(arguments: [
        ("select 1; select 2", ["select 1", "select 2"]),
        ("select ';'; select 2;", ["select ';'", "select 2"]),
        ("select \"a;b\" from t", ["select \"a;b\" from t"]),
        ("select $$;$$; select $f$ $$ ; $f$", ["select $$;$$", "select $f$ $$ ; $f$"]),
        ("select E'\\';'; select 2", ["select E'\\';'", "select 2"]),
        ("select 'it''s;'; select 2", ["select 'it''s;'", "select 2"]),
        ("-- a; b\nselect 1 /* ; */ ; ;  ", ["select 1"]),
        ("select 1 /* inner */ + 2 -- tail", ["select 1 /* inner */ + 2"]),
        ("select $1; select 2", ["select $1", "select 2"]),
        ("", []),
        ("  ;; -- only comments", []),
        ("select 'unterminated; still", ["select 'unterminated; still"]),
    ])
    func splitsAtTopLevelSemicolons(text: String, expected: [String]) {
        #expect(SQLStatement.split(text).map(\.text) == expected)
    }

    @Test func wordsFoldAndQuotedIdentifiersKeepTheirCase() {
        var lexer = SQLLexer("SeT \"Mixed\"\"Case\" = Ünïcode")
        let kinds = lexer.tokens().map(\.kind)
        #expect(kinds == [SQLToken.Kind.word("set"), .quotedIdentifier("Mixed\"Case"), .symbol("="), .word("ünïcode")])
    }

    @Test(arguments: [
        ("begin", TransactionControl.begin), ("START TRANSACTION READ ONLY", .begin),
        ("commit", .commit(chain: false)), ("END", .commit(chain: false)), ("COMMIT AND CHAIN", .commit(chain: true)),
        ("commit and no chain", .commit(chain: false)), ("rollback", .rollback(chain: false)),
        ("ABORT", .rollback(chain: false)),
        ("ROLLBACK AND CHAIN", .rollback(chain: true)), ("PREPARE TRANSACTION 'x'", .prepare),
        ("COMMIT PREPARED 'x'", .finishPrepared), ("ROLLBACK PREPARED 'x'", .finishPrepared),
    ])
    func recognisesTransactionControl(text: String, expected: TransactionControl) {
        #expect(SQLStatement.split(text).first?.transactionControl == expected)
    }

    @Test(arguments: ["ROLLBACK TO SAVEPOINT s", "rollback work to s", "SAVEPOINT s", "RELEASE s", "select 1", "start"])
    func otherStatementsAreNotTransactionControl(text: String) {
        #expect(SQLStatement.split(text).first?.transactionControl == nil)
    }

    @Test func commandShapeSeesTransactionsInsideTheString() {
        let plain = CommandShape("update t set a = 1; update u set b = 2")
        #expect(
            plain.statementCount == 2 && !plain.controlsTransactions && !plain.beginsTransaction
                && !plain.endsWithCommit)
        let wrapped = CommandShape("begin; update t set a = 1; commit;")
        #expect(
            wrapped.statementCount == 3 && wrapped.controlsTransactions && wrapped.beginsTransaction
                && wrapped.endsWithCommit)
        let quoted = CommandShape("select 'commit'")
        #expect(!quoted.controlsTransactions)
    }
}
