import Testing

/// One `-c` run compared byte for byte with psql 15.
struct DifferentialCase: CustomTestStringConvertible, Sendable {
    var name: String
    var commands: [String]
    var testDescription: String { name }
}

@Suite("Aligned output and messages are byte-identical to psql 15", .serialized)
struct DifferentialAlignedTests {
    static let cases: [DifferentialCase] = [
        .init(name: "integers", commands: ["select 1 as a, 22 as bb, -333 as ccc, 9223372036854775807 as big"]),
        .init(
            name: "numeric and float",
            commands: ["select 1.5::numeric as n, 12345.678::numeric as m, -0.001 as small, 2.5::float8 as f"]),
        .init(
            name: "text with spaces", commands: ["select 'hello world' as greeting, '  padded  ' as p, 'x' as \"a b\""]),
        .init(name: "null", commands: ["select null as n, 1 as x, null::int as ni"]),
        .init(name: "empty string", commands: ["select '' as e, 'a' as f, '' as \"\""]),
        .init(
            name: "several rows",
            commands: ["select g, g * g as square, repeat('x', g) as xs from generate_series(1, 12) g"]),
        .init(name: "zero rows", commands: ["select 1 as a, 'b' as b where false"]),
        .init(name: "zero columns", commands: ["select;"]),
        .init(name: "zero columns, several rows", commands: ["select from generate_series(1, 3)"]),
        .init(
            name: "long header",
            commands: ["select 1 as \"a very long column header that is wider than its values\", 'v' as v"]),
        .init(
            name: "header wider and narrower than values",
            commands: ["select 'abcdefghij' as a, 1 as bb, 'xy' as ccc, 1234567 as d"]),
        .init(
            name: "command tags",
            commands: [
                "create table diff_tags (id int, name text)",
                "insert into diff_tags values (1, 'a'), (2, 'b')",
                "update diff_tags set name = 'c' where id = 1",
                "delete from diff_tags where id = 2",
                "drop table diff_tags",
            ]),
        .init(
            name: "several statements in one command",
            commands: ["select 1 as one; select 'two' as two; create table diff_multi (a int); drop table diff_multi"]),
        .init(name: "syntax error with caret", commands: ["select 1 +* 2"]),
        .init(name: "syntax error on a later line", commands: ["select 1,\n  2 as b\n  frm nowhere"]),
        .init(
            name: "runtime error stops the command string",
            commands: ["select 1 as before; select 1/0; select 2 as after"]),
        .init(name: "undefined table", commands: ["select * from no_such_table_here"]),
        .init(name: "failure then success exits 0", commands: ["selec", "select 1 as ok"]),
        .init(name: "success then failure exits 1", commands: ["select 1 as ok", "selec"]),
        .init(name: "notice goes to stderr", commands: ["do $$ begin raise notice 'hello %', 42; end $$"]),
        .init(name: "empty command", commands: [""]),
        .init(name: "copy to stdout", commands: ["copy (select g, 'v' || g from generate_series(1, 3) g) to stdout"]),
        .init(
            name: "copy to stdout as csv",
            commands: ["copy (select 1 as a, 'x,y' as b) to stdout with (format csv, header)"]),
        .init(
            name: "booleans and dates",
            commands: ["select true as t, false as f, date '2024-02-29' as d, interval '1 day 02:03:04' as i"]),
    ]

    @Test(arguments: cases)
    func sameBytesAsPsql(_ testCase: DifferentialCase) throws {
        let cluster = try TestCluster.current()
        let arguments = testCase.commands.flatMap { ["-c", $0] }
        let expected = normalisingProgramName(try runPSQL(cluster, arguments))
        let actual = try runDSQL(cluster, arguments)
        #expect(actual.stdout == expected.stdout, "stdout differs for \(testCase.name)")
        #expect(actual.stderr == expected.stderr, "stderr differs for \(testCase.name)")
        #expect(actual.status == expected.status, "exit status differs for \(testCase.name)")
    }
}
