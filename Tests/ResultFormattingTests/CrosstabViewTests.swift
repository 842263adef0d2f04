import Testing

@testable import ResultFormatting

@Suite struct CrosstabViewTests {
    let columns = [Column(name: "v", typeOID: 25), Column(name: "h", typeOID: 25), Column(name: "n", typeOID: 23)]

    @Test func headersKeepFirstAppearanceOrder() throws {
        let table = try CrosstabView.pivot(
            columns: columns, rows: [["b", "y", "1"], ["a", "x", "2"], ["b", "x", "3"]],
            arguments: [], nullString: "")
        #expect(table.columns.map(\.name) == ["v", "y", "x"])
        #expect(table.rows == [["b", "1", "3"], ["a", "", "2"]])
        #expect(table.columns[1].alignment == .right)
    }

    @Test func sortColumnRanksHorizontalHeaderStablyByName() throws {
        let four = columns + [Column(name: "s", typeOID: 23)]
        let table = try CrosstabView.pivot(
            columns: four, rows: [["a", "z", "1", "2"], ["a", "y", "2", "1"], ["a", "x", "3", "junk"]],
            arguments: [nil, nil, "n", "s"], nullString: "")
        #expect(table.columns.map(\.name) == ["v", "x", "y", "z"])
    }

    @Test func duplicateCellIsRefused() {
        #expect(
            throws: CrosstabView.Failure(
                message: "\\crosstabview: query result contains multiple data values for row \"a\", column \"(null)\"")
        ) {
            try CrosstabView.pivot(
                columns: columns, rows: [["a", nil, "1"], ["a", nil, "2"]], arguments: [], nullString: "")
        }
    }

    @Test func columnReferencesAreNumbersOrDequotedNames() throws {
        #expect(try CrosstabView.index(of: "3", in: columns) == 2)
        #expect(try CrosstabView.index(of: "\"h\"", in: columns) == 1)
        #expect(try CrosstabView.index(of: "V", in: columns) == 0)
        #expect(throws: CrosstabView.Failure(message: "\\crosstabview: column number 9 is out of range 1..3")) {
            try CrosstabView.index(of: "9", in: columns)
        }
    }
}
