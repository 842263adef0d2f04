import Testing

@testable import ResultFormatting

/// A sink that reports itself stopped once it has taken `limit` bytes (Ctrl-C).
private struct StoppingSink: ByteSink {
    let limit: Int
    var byteCount = 0

    mutating func write(_ bytes: UnsafeRawBufferPointer) { byteCount += bytes.count }
    var isStopped: Bool { byteCount >= limit }
}

@Suite("Formatters print no more rows once the output is stopped")
struct StoppedSinkTests {
    private let table = MemoryTable(
        columns: [Column(name: "r", typeOID: 25)],
        rows: (1...100_000).map { ["row number \($0)"] })

    @Test(arguments: [PrintOptions.Format.aligned, .unaligned, .csv])
    func aStoppedSinkEndsThePrinting(format: PrintOptions.Format) {
        var options = PrintOptions()
        options.format = format
        var sink = StoppingSink(limit: 1)
        ResultPrinter.print(table, options: options, terminalColumns: 80, into: &sink)
        #expect(sink.byteCount < 200_000, "a whole result is about 1.6 MB")
    }

    @Test func expandedOutputStopsToo() {
        var options = PrintOptions()
        options.expanded = .on
        var sink = StoppingSink(limit: 1)
        ResultPrinter.print(table, options: options, terminalColumns: 80, into: &sink)
        #expect(sink.byteCount < 200_000)
    }
}
