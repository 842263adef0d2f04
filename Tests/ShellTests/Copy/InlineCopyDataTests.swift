import Testing

@testable import Shell

@Suite("In-line COPY data: which statements leave data blocks in a script")
struct InlineCopyDataTests {
    @Test(arguments: [
        ("copy t from stdin;", 1),
        ("COPY /* c */ t FROM STDIN", 1),
        ("copy t (a, b, c, d, e, f, g, h, i) from stdin;", 1), // parentheses take no places
        ("copy (select 1) from stdin;", 1),
        ("copy binary a.b.c from stdin;", 1),
        ("copy a.b.c.d from stdin;", 1), // copy a b c d from stdin: seven places
        ("copy a.b.c.d.e.f from stdin;", 0), // stdin would be the ninth identifier
        ("copy t to stdout from stdin;", 1),
        ("copy t from 'stdin';", 0),
        ("copy \"t\" from \"stdin\";", 0),
        ("copy t to stdout;", 0),
        ("select 'copy t from stdin';", 0),
        ("select 1; copy t from stdin;", 1),
        ("copy n1 from stdin; copy n2 from stdin;", 2),
        ("copy t from stdin\nselect 2;", 1),
        ("with x as (select 1) copy t from stdin;", 0),
    ])
    func countsCopyFromStdinStatements(_ sql: String, _ expected: Int) {
        #expect(InlineCopyData.copyFromStdinCount(in: sql) == expected)
    }

    @Test func onlyABackslashDotLineEndsTheData() {
        #expect(InlineCopyData.isEndMarker(Array("\\.".utf8)))
        #expect(InlineCopyData.isEndMarker(Array("\\.\r".utf8)))
        #expect(!InlineCopyData.isEndMarker(Array("\\. ".utf8)))
        #expect(!InlineCopyData.isEndMarker(Array("\\.x".utf8)))
        #expect(!InlineCopyData.isEndMarker(Array("x\\.".utf8)))
    }
}
