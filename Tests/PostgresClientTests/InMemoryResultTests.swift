import Testing

@testable import PostgresClient

/// Results built in memory read back through the same accessors as a server's result.
@Suite struct InMemoryResultTests {
    @Test func rowsAreReadBackCellByCellWithNullsAndTypes() {
        let result = QueryResult(
            columns: [.init(name: "id", typeOID: 23), .init(name: "note", typeModifier: 14)],
            rows: [["1", "first"], ["2", nil], ["3", ""]], commandTag: "SELECT 3")
        #expect(result.status == .tuples)
        #expect(result.fieldCount == 2 && result.rowCount == 3)
        #expect(result.fieldName(0) == "id" && result.fieldName(1) == "note")
        #expect(result.fieldType(0) == 23 && result.fieldType(1) == 25)
        #expect(result.fieldTypeModifier(0) == -1 && result.fieldTypeModifier(1) == 14)
        #expect(result.string(row: 0, column: 1) == "first")
        #expect(result.string(row: 1, column: 1) == nil && result.isNull(row: 1, column: 1))
        // An empty string is not NULL.
        #expect(result.string(row: 2, column: 1) == "" && !result.isNull(row: 2, column: 1))
        let cells = result.withRow(1) { row in row.map { $0.map { String(decoding: $0, as: UTF8.self) } } }
        #expect(cells == ["2", nil])
        #expect(result.commandStatus == "SELECT 3")
        #expect(result.affectedRows == 3)
    }

    @Test func aCommandResultCarriesItsTagAndCount() {
        let result = QueryResult(columns: [], rows: [], commandTag: "INSERT 0 12")
        #expect(result.status == .command)
        #expect(result.withCommandStatus { Array($0) } == Array("INSERT 0 12".utf8))
        #expect(result.affectedRows == 12)
        #expect(result.oidValue == 0)
        #expect(result.errorMessage == "")
    }

    @Test(
        arguments: [("CREATE TABLE", nil), ("UPDATE 7", 7), ("COPY 0", 0), ("SET", nil), ("DELETE x", nil)]
            as [(String, Int?)])
    func theCountIsReadFromTheTagAsLibpqReadsIt(tag: String, count: Int?) {
        #expect(QueryResult(columns: [], rows: [], commandTag: tag).affectedRows == count)
    }

    @Test func anErrorResultCarriesTheServerErrorGiven() {
        let error = ServerError(
            sqlState: "42P01", message: "relation \"t\" does not exist", detail: "None here.", hint: "Create it.")
        let result = QueryResult(error: error)
        #expect(result.status == .error(error))
        #expect(error.formatted == "ERROR:  relation \"t\" does not exist\nDETAIL:  None here.\nHINT:  Create it.\n")
        #expect(error.verboseFormatted.hasPrefix("ERROR:  42P01: relation"))
        #expect(result.errorMessage == "ERROR:  relation \"t\" does not exist\nDETAIL:  None here.\nHINT:  Create it.")
    }
}
