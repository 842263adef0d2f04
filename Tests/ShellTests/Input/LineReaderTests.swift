import Glibc
import Testing

@testable import Shell

@Suite("LineReader: lines and blocks from one buffer")
struct LineReaderTests {
    /// A reader over a pipe that already holds `text` and is closed for writing.
    private static func reader(_ text: String, bufferSize: Int) -> LineReader {
        var ends: [Int32] = [0, 0]
        #expect(pipe(&ends) == 0)
        let bytes = Array(text.utf8)
        #expect(bytes.withUnsafeBytes { write(ends[1], $0.baseAddress, $0.count) } == bytes.count)
        close(ends[1])
        return LineReader(descriptor: ends[0], ownsDescriptor: true, bufferSize: bufferSize)
    }

    private static func unconsumed(_ reader: LineReader) -> String {
        reader.withUnconsumedBytes { String(decoding: $0, as: UTF8.self) }
    }

    @Test func linesFollowWhereBlocksStopped() {
        let reader = Self.reader("first\nsecond\nthird\n", bufferSize: 16)
        #expect(reader.readLine() == Array("first".utf8))
        #expect(Self.unconsumed(reader) == "second\nthi")
        reader.consume(3)
        #expect(reader.readMore())
        #expect(Self.unconsumed(reader) == "ond\nthird\n", "unconsumed bytes are kept in front of new ones")
        #expect(reader.readLine() == Array("ond".utf8))
        #expect(reader.readLine() == Array("third".utf8))
        #expect(reader.readLine() == nil)
        #expect(!reader.readMore())
    }

    @Test func aFullBufferGrowsRatherThanDropBytes() {
        let reader = Self.reader(String(repeating: "x", count: 40), bufferSize: 16)
        while reader.readMore() {}
        #expect(Self.unconsumed(reader) == String(repeating: "x", count: 40))
        reader.consume(40)
        #expect(reader.readLine() == nil)
    }

    @Test func aLastLineWithoutNewlineIsALine() {
        let reader = Self.reader("a\nb", bufferSize: 16)
        #expect(reader.readLine() == Array("a".utf8))
        #expect(reader.readLine() == Array("b".utf8))
        #expect(reader.readLine() == nil)
    }
}

@Suite("LineReader: no line grows without bound")
struct LineReaderLimitTests {
    /// A reader over a pipe holding `bytes`, with small limits so the test stays small.
    private static func reader(_ bytes: [UInt8], lineLimit: Int, binaryLineLimit: Int) -> LineReader {
        var ends: [Int32] = [0, 0]
        #expect(pipe(&ends) == 0)
        #expect(bytes.withUnsafeBytes { write(ends[1], $0.baseAddress, $0.count) } == bytes.count)
        close(ends[1])
        return LineReader(
            descriptor: ends[0], ownsDescriptor: true, bufferSize: 16, lineLimit: lineLimit,
            binaryLineLimit: binaryLineLimit)
    }

    @Test func aShortLineWithANulByteIsStillALine() {
        let reader = Self.reader(Array("select 1\0;\nselect 2;\n".utf8), lineLimit: 1000, binaryLineLimit: 100)
        #expect(reader.readLine() == Array("select 1\0;".utf8))
        #expect(reader.readLine() == Array("select 2;".utf8))
        #expect(reader.readLine() == nil && reader.failure == nil)
    }

    @Test func nulBytesWithoutALineEndStopTheInputEarly() {
        let reader = Self.reader([UInt8](repeating: 0, count: 500), lineLimit: 1000, binaryLineLimit: 100)
        #expect(reader.readLine() == nil)
        #expect(reader.failure?.contains("line 1 holds a NUL byte") == true, "\(reader.failure ?? "")")
        #expect(reader.readLine() == nil, "nothing more is read")
    }

    @Test func aLineLongerThanTheLimitStopsTheInput() {
        let text = Array("ok\n".utf8) + [UInt8](repeating: UInt8(ascii: "x"), count: 300) + Array("\n".utf8)
        let reader = Self.reader(text, lineLimit: 200, binaryLineLimit: 100)
        #expect(reader.readLine() == Array("ok".utf8))
        #expect(reader.readLine() == nil)
        #expect(reader.failure?.contains("line 2 is longer than 200 bytes") == true, "\(reader.failure ?? "")")
    }
}
