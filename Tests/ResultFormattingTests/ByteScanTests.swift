import Testing

@testable import ResultFormatting

/// The word-at-a-time scans agree with a byte-by-byte reading of their definitions.
@Suite struct ByteScanTests {
    /// Every byte value at every position of fields up to 24 bytes long (every third position
    /// up to 40), between plain letters: each of the short, one-word and multi-word paths.
    static var fields: [[UInt8]] {
        var fields: [[UInt8]] = [[], Array("\\.".utf8), Array("a\\.".utf8), Array("2024-01-01 00:00:00+00".utf8)]
        for length in 1...40 {
            for position in stride(from: 0, to: length, by: length <= 24 ? 1 : 3) {
                for byte in UInt8.min...UInt8.max {
                    var field = [UInt8](repeating: UInt8(ascii: "a"), count: length)
                    field[position] = byte
                    fields.append(field)
                }
            }
        }
        return fields
    }

    /// Control bytes below 0x0E count as special: CR and LF need quotes, the others only take the slow path.
    static func naivePlainCSV(_ field: [UInt8], separator: UInt8) -> Bool {
        field != Array("\\.".utf8) && !field.contains { $0 >= 0x80 || $0 < 0x0E || $0 == separator || $0 == 0x22 }
    }

    static func naivePlainJSON(_ text: [UInt8]) -> Bool {
        !text.contains { $0 < 0x20 || $0 >= 0x80 || $0 == 0x22 || $0 == 0x5C }
    }

    @Test(arguments: [
        UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t"), UInt8(ascii: "|"), UInt8(ascii: "a"), 0x7F,
    ])
    func plainCSVMatchesTheDefinition(_ separator: UInt8) {
        for field in Self.fields {
            let scanned = field.withUnsafeBytes { ByteScan.isPlainCSV($0, separator: separator) }
            #expect(scanned == Self.naivePlainCSV(field, separator: separator), "\(field)")
        }
    }

    @Test func plainJSONTextMatchesTheDefinition() {
        for field in Self.fields {
            let scanned = field.withUnsafeBytes { ByteScan.isPlainJSONText($0) }
            #expect(scanned == Self.naivePlainJSON(field), "\(field)")
        }
    }
}
