import SQLScanner
import Testing

/// Where statements end: each `⏎` marks the byte after a `;` that psql
/// treats as the end of a statement, and no other `;` may end one.
@Suite struct StatementBoundaryTests {
    static let cases: [String] = [
        "select 1;⏎",
        "select 1;⏎ select 2;⏎",
        "select 1;⏎select 2;⏎\nselect 3;⏎",
        "select 'a;b';⏎",
        "select 'it''s; fine';⏎",
        "select E'\\';still';⏎",
        "select U&'d\\0061t;a';⏎",
        "select U&\"d;a\" from t;⏎",
        "select B'0101', X'1F';⏎",
        "select \"semi;colon\"\"quoted\";⏎",
        "select $$a;b$$;⏎",
        "select $fn$ a; $x$; b $fn$;⏎",
        "select $a$ $b$ ; $b$ $a$;⏎",
        "select foo$bar$ from t;⏎ select 1;⏎",
        "select $1;⏎",
        "select 1 -- comment; not an end\n;⏎",
        "select /* a; /* nested; */ still; */ 1;⏎",
        "select (1;\n2);⏎",
        "select ((1);\n);⏎",
        "select 1 \\; select 2;⏎",
        "create function f() returns int language sql\nbegin atomic\n  select 1;\n  select 2;\nend;⏎ select 3;⏎",
        "CREATE OR REPLACE PROCEDURE p()\nBEGIN ATOMIC\n  SELECT CASE WHEN true THEN 1 END;\n  SELECT 2;\nEND;⏎",
        "create procedure p() language sql as $$ select 1; $$;⏎",
        "create table begin_end (begin int);⏎ select 1;⏎",
        "select 'a'\n'b';⏎",
        "select e'\\\\';⏎ select 2;⏎",
        "select 1::int;⏎",
        "sélect 'ü;';⏎ select 'ß';⏎",
        "select 1e'x';⏎",
        "select 1e'\\'';\nselect 2;",
        "select 1x$a$ y;⏎ select 2;⏎",
        "select 1e5$a$ y;⏎ select 2;⏎",
        "select $1x$a$ y;⏎ select 2;⏎",
        "select $1$a$ y; $a$;⏎",
        "select 1e-$$ y; $$;⏎",
        "select 1e-- y;⏎ select 2;⏎",
        "select 1..$$ y; $$;⏎",
        "select n'x;y';⏎",
    ]

    @Test(arguments: cases)
    func statementsEndExactlyAtMarkers(marked: String) {
        let marked = MarkedText(marked)
        var driver = ScriptDriver()
        driver.run(marked.text)
        #expect(driver.statementEnds == marked.markers, "\(driver.events)")
    }

    @Test func standardConformingStringsOffMakesBackslashEscapeQuotes() {
        let marked = MarkedText("select 'a\\';b';⏎")
        var driver = ScriptDriver(standardConformingStrings: false)
        driver.run(marked.text)
        #expect(driver.statementEnds == marked.markers)
        var standard = ScriptDriver()
        standard.run(marked.text)
        #expect(standard.statementEnds != marked.markers)
    }

    @Test func backslashAtEndOfEscapeStringLineDoesNotEscapeNextLine() {
        // psql lexes each line alone, so the newline is never escaped.
        let marked = MarkedText("select E'a\\\n';⏎")
        var driver = ScriptDriver()
        driver.run(marked.text)
        #expect(driver.statementEnds == marked.markers)
    }
}
