import Testing

@testable import ResultFormatting

/// Streaming formats print the same bytes row by row as for a whole result, without holding rows.
@Suite struct StreamingFormatterTests {
    static let optionSets =
        RecordedFixtures.optionSets.filter { set in
            (try? set.options().format.isStreamable) == true
        } + [
            RecordedOptionSet(name: "json", psets: [RecordedPset(name: "format", value: "json")]),
            RecordedOptionSet(name: "jsonl", psets: [RecordedPset(name: "format", value: "jsonl")]),
        ]

    @Test(arguments: RecordedFixtures.queries, optionSets)
    func singleRowChunksPrintLikeTheWholeResult(_ query: RecordedQuery, _ optionSet: RecordedOptionSet) throws {
        let options = try optionSet.options()
        let table = query.table
        var formatter = try StreamingFormatter(options: options)
        var sink = MemorySink()
        formatter.begin(columns: table.columns, into: &sink)
        for chunk in table.singleRowChunks {
            formatter.rows(chunk, into: &sink)
        }
        formatter.end(totalRows: table.rowCount, into: &sink)
        #expect(sink.bytes == ResultPrinter.render(table, options: options))
    }

    @Test(arguments: [PrintOptions.Format.csv, .unaligned, .json, .jsonl])
    func everyChunkIsWrittenBeforeTheNextArrives(_ format: PrintOptions.Format) throws {
        var options = PrintOptions()
        options.format = format
        let columns = [Column(name: "n", typeOID: 23), Column(name: "s", typeOID: 25)]
        var formatter = try StreamingFormatter(options: options)
        var sink = CountingSink()
        formatter.begin(columns: columns, into: &sink)
        for row in 0..<20_000 {
            let before = sink.byteCount
            formatter.rows(MemoryTable(columns: columns, rows: [[String(row), "value \(row)"]]), into: &sink)
            #expect(sink.byteCount > before)
        }
        formatter.end(totalRows: 20_000, into: &sink)
        #expect(sink.byteCount > 20_000 * 8)
    }

    @Test(arguments: [PrintOptions.Format.aligned, .wrapped])
    func tableFormatsRefuseToStream(_ format: PrintOptions.Format) {
        var options = PrintOptions()
        options.format = format
        #expect(throws: StreamingFormatter.NotStreamable(format: format)) {
            try StreamingFormatter(options: options)
        }
    }
}
