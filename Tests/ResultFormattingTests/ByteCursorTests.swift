import Testing

@testable import ResultFormatting

/// The cursor's short-copy cases write exactly the bytes given, and nothing around them.
@Suite struct ByteCursorTests {
    @Test func copiesEveryLengthExactly() {
        for length in 0...70 {
            let source = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
            var target = [UInt8](repeating: 0xEE, count: length + 16)
            target.withUnsafeMutableBytes { raw in
                guard let base = raw.baseAddress else { return }
                var cursor = ByteCursor(base + 8)
                source.withUnsafeBytes { cursor.put($0) }
                #expect(cursor.position == base + 8 + length)
            }
            #expect(Array(target[8..<8 + length]) == source, "length \(length)")
            #expect(
                target[..<8].allSatisfy { $0 == 0xEE } && target[(8 + length)...].allSatisfy { $0 == 0xEE },
                "bytes around a copy of \(length) are untouched")
        }
    }

    @Test func appendDirectAddsExactlyTheReservedBytes() {
        var out = OutputBuffer(flushThreshold: 0)
        out.append("ab")
        out.appendDirect(5) { cursor in
            cursor.put(UInt8(ascii: "c"))
            cursor.put("null")
        }
        #expect(out.bytes == Array("abcnull".utf8))
    }
}
