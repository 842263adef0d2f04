import Testing

@testable import Shell

/// Input held in memory and read `chunk` bytes at a time, so blocks split lines anywhere.
private final class ChunkedInput: CopyInputSource {
    private let bytes: [UInt8]
    private let chunk: Int
    /// `bytes[start..<end]` are read and not consumed.
    private var start = 0
    private var end = 0

    init(_ text: String, chunk: Int) {
        bytes = Array(text.utf8)
        self.chunk = chunk
    }

    /// What no reader has consumed.
    var rest: String { String(decoding: bytes[start...], as: UTF8.self) }

    func withUnconsumedBytes<Result, Failure: Error>(_ body: (UnsafeRawBufferPointer) throws(Failure) -> Result)
        throws(Failure) -> Result
    {
        let outcome = bytes[start..<end].withUnsafeBytes { buffer in
            Swift.Result { () throws(Failure) -> Result in try body(buffer) }
        }
        return try outcome.get()
    }

    func consume(_ count: Int) {
        #expect(count >= 0 && start + count <= end)
        start += count
    }

    func readMore() -> Bool {
        guard end < bytes.count else { return false }
        end = min(end + chunk, bytes.count)
        return true
    }
}

/// A load as the old line-by-line reader cut it: lines end at `\n`, a line `\.` (or `\.\r`)
/// outside CSV quotes ends the data, and a batch ends after the row that fills it.
private func expectedBatches(_ text: String, csv: Bool, limit: CopyInputScanner.Limit?) -> (
    batches: [String], rows: [Int], rest: String
) {
    // Bytes, not Characters: Swift counts "\r\n" as one Character.
    var lines = Array(text.utf8).split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
    if lines.last == [] { lines.removeLast() }
    let endMarkers: [[UInt8]] = [Array("\\.".utf8), Array("\\.\r".utf8)]
    var batches: [String] = []
    var rows: [Int] = []
    var current: [UInt8] = []
    var currentRows = 0
    var inQuotes = false
    var consumedLines = 0
    var ended = false
    for line in lines {
        consumedLines += 1
        if !inQuotes && endMarkers.contains(line) {
            ended = true
            break
        }
        current += line
        if consumedLines < lines.count || text.utf8.last == 0x0A { current.append(0x0A) }
        if csv { for byte in line where byte == UInt8(ascii: "\"") { inQuotes.toggle() } }
        if !inQuotes {
            currentRows += 1
            if let limit, currentRows >= limit.rows || current.count >= limit.bytes {
                batches.append(String(decoding: current, as: UTF8.self))
                rows.append(currentRows)
                current = []
                currentRows = 0
            }
        }
    }
    if !current.isEmpty || batches.isEmpty {
        batches.append(String(decoding: current, as: UTF8.self))
        rows.append(currentRows)
    }
    let rest = ended ? lines.dropFirst(consumedLines).map { String(decoding: $0 + [0x0A], as: UTF8.self) }.joined() : ""
    return (batches, rows, rest)
}

/// Drives a ``CopyInputReader`` as the runner does: batches while data remains.
private func load(_ text: String, csv: Bool, limit: CopyInputScanner.Limit?, chunk: Int) -> (
    batches: [String], rows: [Int], rest: String, lines: Int
) {
    let input = ChunkedInput(text, chunk: chunk)
    let reader = CopyInputReader(source: input, format: CopyFormat(kind: csv ? .csv : .text))
    var batches: [String] = []
    var rows: [Int] = []
    repeat {
        if !batches.isEmpty && !reader.hasMoreData() { break }
        var data: [UInt8] = []
        let sent = reader.send(upTo: limit) { data.append(contentsOf: $0) }
        #expect(sent.bytes == data.count)
        batches.append(String(decoding: data, as: UTF8.self))
        rows.append(sent.rows)
    } while !reader.finished
    return (batches, rows, input.rest, reader.lineCount)
}

@Suite("\\copy from: input read in blocks, cut at rows, batches and \\.")
struct CopyInputReaderTests {
    static let inputs: [(String, Bool)] = [
        ("1\tone\n2\t\\N\n3\tthree\n", false),
        ("1\tone\n2\ttwo\n\\.\nselect 1;\n\\.\n", false),
        ("1\r\n2\r\n\\.\r\nrest\r\n", false),
        ("1\tno newline at the end", false),
        ("1\n2\n\\.", false),
        ("1\n\\.\r", false),
        ("\\\n\\N\t\\.x\n\\\\.\nx\\.\n", false),
        ("", false),
        ("\n\n", false),
        ("\\.\nafter\n", false),
        ("1,\"two\nlines\"\n2,\"\\.\n\\.\n\"\n3,x\n\\.\nafter\n", true),
        ("a,\"\"\"quoted\"\" \"\"\"\n\"\"\nb,\"open\nc\n", true),
        ("1,\"unterminated", true),
    ]

    @Test(arguments: inputs.indices)
    func everyBlockSizeSendsWhatTheLineReaderSent(_ index: Int) {
        let (text, csv) = Self.inputs[index]
        let expected = expectedBatches(text, csv: csv, limit: nil)
        for chunk in [1, 2, 3, 4, 5, 7, 64 * 1024] {
            // Without a limit text is only searched for \.; with one every row is counted.
            for limit in [nil, CopyInputScanner.Limit(rows: .max, bytes: .max)] {
                let actual = load(text, csv: csv, limit: limit, chunk: chunk)
                #expect(actual.batches == expected.batches, "chunk \(chunk), limit \(String(describing: limit))")
                #expect(actual.rest == expected.rest, "chunk \(chunk): what follows \\. is left for the next reader")
                if limit != nil || csv { #expect(actual.rows == expected.rows, "chunk \(chunk)") }
            }
        }
    }

    @Test(arguments: [1, 2, 3, 5, 11, 64 * 1024])
    func batchesEndAtRowsWhateverTheBlocks(_ chunk: Int) {
        var text = "id,note\n"
        for id in 1...40 { text += id % 3 == 0 ? "\(id),\"first\nsecond\"\n" : "\(id),\"plain, \(id)\"\n" }
        text += "\\.\nnot data\n"
        for limit in [
            CopyInputScanner.Limit(rows: 7, bytes: .max), .init(rows: .max, bytes: 50), .init(rows: 1, bytes: 1),
        ] {
            let expected = expectedBatches(text, csv: true, limit: limit)
            let actual = load(text, csv: true, limit: limit, chunk: chunk)
            #expect(actual.batches == expected.batches)
            #expect(actual.rows == expected.rows)
            #expect(actual.rest == "not data\n")
            #expect(actual.lines == 1 + 40 + 40 / 3)
        }
    }

    @Test func aBatchThatEndsJustBeforeTheEndMarkerIsTheLast() {
        for chunk in [1, 2, 3, 64] {
            let actual = load("1\n2\n\\.\nafter\n", csv: false, limit: .init(rows: 2, bytes: .max), chunk: chunk)
            #expect(actual.batches == ["1\n2\n"])
            #expect(actual.rest == "after\n")
        }
    }

    @Test func anEmptyInputStillMakesOneEmptyBatch() {
        let actual = load("", csv: false, limit: .init(rows: 2, bytes: .max), chunk: 64)
        #expect(actual.batches == [""])
        #expect(actual.rows == [0])
        #expect(actual.lines == 0)
    }

    @Test func aLastLineWithoutNewlineIsCountedAndSentAsItIs() {
        for chunk in [1, 4, 64] {
            let actual = load("1\r\n2", csv: false, limit: .init(rows: 5, bytes: .max), chunk: chunk)
            #expect(actual.batches == ["1\r\n2"])
            #expect(actual.rows == [2])
            #expect(actual.lines == 2)
        }
    }

    @Test func scriptLinesAreReadOnlyUpToTheEndMarker() {
        var lines = ["1\tone", "\\.", "select 1;"].map { Array($0.utf8) }[...]
        let input = CopyLineInput { lines.popFirst() }
        let reader = CopyInputReader(source: input, format: CopyFormat(kind: .text))
        var data: [UInt8] = []
        reader.send(upTo: nil) { data.append(contentsOf: $0) }
        #expect(String(decoding: data, as: UTF8.self) == "1\tone\n")
        #expect(reader.finished)
        #expect(lines.map { String(decoding: $0, as: UTF8.self) } == ["select 1;"])
    }

    @Test func endMarkerSpellings() {
        func check(_ text: String, atEnd: Bool) -> CopyInputScanner.EndMarkerCheck {
            Array(text.utf8).withUnsafeBytes { CopyInputScanner.endMarker($0, atEnd: atEnd) }
        }
        #expect(check("\\.\n", atEnd: false) == .marker(length: 3))
        #expect(check("\\.\r\nx", atEnd: false) == .marker(length: 4))
        #expect(check("\\.", atEnd: true) == .marker(length: 2))
        #expect(check("\\.\r", atEnd: true) == .marker(length: 3))
        #expect(check("\\.", atEnd: false) == .undecided)
        #expect(check("\\.\r", atEnd: false) == .undecided)
        #expect(check("\\", atEnd: false) == .undecided)
        #expect(check("\\", atEnd: true) == .data)
        #expect(check("\\.x\n", atEnd: false) == .data)
        #expect(check("\\.\rx", atEnd: false) == .data)
        #expect(check("\\N\n", atEnd: false) == .data)
    }
}
