import Foundation
import Testing

@testable import ResultFormatting

/// JSON output is valid JSON whose values round-trip to the server's text.
@Suite struct JSONFormatTests {
    private static let numericTypes: Set<UInt32> = [20, 21, 23, 26, 700, 701, 1700]

    private func render(_ table: some TabularResult, _ format: PrintOptions.Format = .json) -> Data {
        var options = PrintOptions()
        options.format = format
        return Data(ResultPrinter.render(table, options: options))
    }

    @Test(arguments: RecordedFixtures.queries.filter { !$0.columns.isEmpty })
    func valuesRoundTripThroughARealParser(_ query: RecordedQuery) throws {
        let parsed = try JSONSerialization.jsonObject(with: render(query.table))
        let objects = try #require(parsed as? [[String: Any]])
        try #require(objects.count == query.rows.count)
        for (row, object) in zip(query.rows, objects) {
            for (index, column) in query.columns.enumerated()
            where query.columns[..<index].allSatisfy({ $0.name != column.name }) {
                let value = try #require(object[column.name], "missing key \(column.name)")
                try expect(value, represents: row[index], typeOID: column.typeOID)
            }
        }
    }

    private func expect(_ value: Any, represents text: String?, typeOID: UInt32) throws {
        guard let text else {
            #expect(value is NSNull)
            return
        }
        switch typeOID {
        case 16:
            #expect((value as? Bool) == (text == "t"))
        case 114, 3802:
            let original = try JSONSerialization.jsonObject(with: Data(text.utf8), options: .fragmentsAllowed)
            #expect((value as? NSObject)?.isEqual(original) == true)
        case _ where Self.numericTypes.contains(typeOID) && Double(text)?.isFinite == true:
            let number = try #require(value as? NSNumber)
            #expect(number.doubleValue == Double(text))
        default:
            #expect(value as? String == text)
        }
    }

    @Test func keysFollowColumnOrderAndRepeatedNamesGetFreeSuffixes() throws {
        let query = try #require(RecordedFixtures.query("duplicates"))
        let text = String(decoding: render(query.table), as: UTF8.self)
        #expect(text == "[\n{\"a\":1,\"a_3\":2,\"a_2\":\"three\",\"a_4\":null}\n]\n")
    }

    @Test func nanAndInfinityBecomeStrings() throws {
        let query = try #require(RecordedFixtures.query("numbers"))
        let objects = try #require(try JSONSerialization.jsonObject(with: render(query.table)) as? [[String: Any]])
        #expect(objects[1]["exact"] as? String == "NaN")
        #expect(objects[1]["single"] as? String == "Infinity")
        #expect(objects[1]["dbl"] as? String == "-Infinity")
    }

    @Test func emptyResultIsAnEmptyArray() throws {
        let query = try #require(RecordedFixtures.query("empty"))
        #expect(String(decoding: render(query.table), as: UTF8.self) == "[]\n")
        #expect(render(query.table, .jsonl).isEmpty)
    }

    @Test func invalidUTF8AndControlCharactersStillMakeValidJSON() throws {
        let table = ByteTable(
            columns: [
                Column(name: "t\u{1}\"x", typeOID: 25), Column(name: "j", typeOID: 114),
                Column(name: "n", typeOID: 1700),
            ],
            cells: [[[0x61, 0xFF, 0x00, 0x0B, 0xC3, 0x28, 0xE2, 0x82], [0x22, 0xFE, 0x22], Array("12abc".utf8)]])
        let objects = try #require(try JSONSerialization.jsonObject(with: render(table)) as? [[String: Any]])
        #expect(objects[0]["t\u{1}\"x"] as? String == "a\u{FFFD}\u{0}\u{B}\u{FFFD}(\u{FFFD}\u{FFFD}")
        #expect(objects[0]["j"] as? String == "\"\u{FFFD}\"")
        #expect(objects[0]["n"] as? String == "12abc")
    }

    @Test(arguments: RecordedFixtures.queries.filter { !$0.columns.isEmpty })
    func jsonLinesHoldOneObjectPerRow(_ query: RecordedQuery) throws {
        let lines = render(query.table, .jsonl).split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        #expect(lines.count == query.rows.count + 1)
        #expect(lines.last?.isEmpty == true)
        for line in lines.dropLast() {
            #expect(try JSONSerialization.jsonObject(with: Data(line)) is [String: Any])
        }
    }
}
