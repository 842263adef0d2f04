import Testing

@testable import Shell

@Suite("\\copy arguments parse as psql's parse_slash_copy")
struct CopyCommandParserTests {
    @Test func tableFromQuotedFileWithOptions() throws {
        let command = try CopyCommandParser.parse("public.t (a, b) from '/tmp/it''s.csv' with (format csv, header)")
        #expect(command.target == " public.t ( a, b )")
        #expect(command.direction == .from)
        #expect(command.endpoint == .file("/tmp/it's.csv"))
        #expect(command.statement == "COPY  public.t ( a, b ) FROM STDIN with (format csv, header)")
    }

    @Test func queryToStdoutKeepsParenthesesInsideStrings() throws {
        let command = try CopyCommandParser.parse("(select ')' as x, f(1)) TO STDOUT csv")
        #expect(command.target == " ( select ')' as x, f ( 1 ) )")
        #expect(command.endpoint == .stdout)
        #expect(command.statement == "COPY  ( select ')' as x, f ( 1 ) ) TO STDOUT csv")
    }

    @Test(arguments: [
        ("t from stdin", CopyCommand.Endpoint.stdin),
        ("t from pstdin", .pstdin),
        ("t to pstdout", .pstdout),
        ("t from program 'gzip -dc x.gz'", .program("gzip -dc x.gz")),
        ("t to data.txt", .file("data.txt")),
        ("\"My T\" from ~/in.csv", .file("/home/u/in.csv")),
    ])
    func endpoints(_ line: String, _ endpoint: CopyCommand.Endpoint) throws {
        #expect(try CopyCommandParser.parse(line, homeDirectory: "/home/u").endpoint == endpoint)
    }

    @Test func trailingSemicolonIsDropped() throws {
        #expect(try CopyCommandParser.parse("t to stdout with csv;").options == "with csv")
    }

    @Test func errorsAreWordedAsPsql() {
        #expect(throws: CopyParseError(message: "\\copy: parse error at \"into\"")) {
            try CopyCommandParser.parse("t into x")
        }
        #expect(throws: CopyParseError(message: "\\copy: parse error at end of line")) {
            try CopyCommandParser.parse("t from")
        }
        #expect(throws: CopyParseError(message: "\\copy: parse error at end of line")) {
            try CopyCommandParser.parse("(select 1 to stdout")
        }
    }

    @Test(arguments: [
        ("with (format csv, header true, quote '''')", CopyFormat.Kind.csv, true, UInt8(ascii: "'")),
        ("csv header quote as '|'", .csv, true, UInt8(ascii: "|")),
        ("with (format text)", .text, false, UInt8(ascii: "\"")),
        ("with (format csv, header false)", .csv, false, UInt8(ascii: "\"")),
        ("binary", .binary, false, UInt8(ascii: "\"")),
        ("", .text, false, UInt8(ascii: "\"")),
    ])
    func formatFromOptions(_ options: String, _ kind: CopyFormat.Kind, _ header: Bool, _ quote: UInt8) {
        let format = CopyFormat(options: options)
        #expect(format.kind == kind)
        #expect(format.header == header)
        #expect(format.quote == quote)
    }
}
