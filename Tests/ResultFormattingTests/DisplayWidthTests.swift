import Foundation
import TestSupport
import Testing

@testable import ResultFormatting

/// Display width follows psql 15; bytes psql cannot print are dropped, never crash.
@Suite struct DisplayWidthTests {
    @Test(arguments: [
        (UInt32(0x61), 1), (0x65E5, 2), (0xFF46, 2), (0x1F600, 2), (0x0301, 0), (0x1D167, 0),
        (0x200B, 1), (0x07, -1), (0x7F, -1), (0x85, -1), (0x00E9, 1), (0xAC00, 2),
    ])
    func codePointWidthMatchesPsql(_ codePoint: UInt32, _ expected: Int) {
        #expect(DisplayWidth.columns(of: codePoint) == expected)
    }

    @Test func stringWidthAddsCharacterWidths() {
        #expect(DisplayWidth.width(of: "日本語") == 6)
        #expect(DisplayWidth.width(of: "e\u{301}e\u{301}") == 2)
        #expect(DisplayWidth.width(of: "😀 emoji") == 8)
    }

    @Test func noncharacterPassesPsqlsCheckAsItDoesInPsql() {
        let bytes: [UInt8] = [0xEF, 0xBF, 0xBE]
        #expect(bytes.withUnsafeBytes { UTF8Cleaner.isClean($0) })
    }

    @Test func bytesPsqlRejectsAreDroppedFromAlignedOutput() {
        let raw = ByteTable(
            columns: [Column(name: "x", typeOID: 25), Column(name: "y", typeOID: 25)],
            cells: [[[0x61, 0xFF, 0x62], [0xE6, 0x97]], [[0x80, 0x63], [0xED, 0xA0, 0x80, 0x64]]])
        let cleaned = MemoryTable(columns: raw.columns, rows: [["ab", ""], ["c", "d"]])
        for format in [PrintOptions.Format.aligned, .unaligned, .csv] {
            var options = PrintOptions()
            options.format = format
            #expect(ResultPrinter.render(raw, options: options) == ResultPrinter.render(cleaned, options: options))
        }
    }

    @Test func arbitraryBytesNeverBreakAnyFormat() throws {
        var generator = SplitMix(seed: 42)
        let columns = [
            Column(name: "t", typeOID: 25), Column(name: "n", typeOID: 1700), Column(name: "j", typeOID: 3802),
        ]
        let cells: [[[UInt8]?]] = (0..<200).map { _ in
            (0..<3).map { _ in
                generator.next() % 7 == 0
                    ? nil : (0..<Int(generator.next() % 12)).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
            }
        }
        let table = ByteTable(columns: columns, cells: cells)
        for format in PrintOptions.Format.allCases {
            for expanded in [PrintOptions.Expanded.off, .on] {
                for style in PrintOptions.LineStyle.allCases {
                    var options = PrintOptions()
                    options.format = format
                    options.expanded = expanded
                    options.lineStyle = style
                    options.columns = 20
                    let bytes = ResultPrinter.render(table, options: options)
                    #expect(!bytes.isEmpty)
                    if format == .json {
                        #expect(try JSONSerialization.jsonObject(with: Data(bytes)) is [Any])
                    }
                }
            }
        }
    }

    @Test func terminalWidthDecidesExpandedAutoLikePsetColumns() throws {
        let query = try #require(RecordedFixtures.query("longvalues"))
        let expected = try #require(RecordedFixtures.outputs["longvalues/autoNarrow"])
        var options = PrintOptions()
        options.expanded = .auto
        #expect(ResultPrinter.render(query.table, options: options, terminalColumns: 20) == Array(expected.utf8))
        #expect(
            ResultPrinter.render(query.table, options: options, terminalColumns: nil)
                == Array((RecordedFixtures.outputs["longvalues/aligned"] ?? "").utf8))
    }
}
