import Testing

@testable import Shell

@Suite("\\copy batching: rows, limits and the resume report")
struct CopyBatchingTests {
    /// Scans `text` as one block, whole lines only, and returns the rows it completes
    /// (counted, as in a batched load, under a limit).
    private static func rows(_ text: String, _ scanner: inout CopyInputScanner) -> Int {
        Array(text.utf8).withUnsafeBytes { scanner.scan($0, atEnd: false, limit: .init(rows: .max, bytes: .max)).rows }
    }

    @Test func csvRowsMaySpanLinesInsideQuotes() {
        var scanner = CopyInputScanner(format: CopyFormat(kind: .csv))
        #expect(Self.rows("1,\"two\n", &scanner) == 0)
        #expect(scanner.inQuotes)
        do {
            let step = Array("\\.\n".utf8).withUnsafeBytes { scanner.scan($0, atEnd: false) }
            #expect(!step.ended && step.rows == 0)
        }
        #expect(Self.rows("lines\"\"\",x\n", &scanner) == 1)
        #expect(Self.rows("2,\"\"\n", &scanner) == 1)
        do {
            let step = Array("\\.\n".utf8).withUnsafeBytes { scanner.scan($0, atEnd: false) }
            #expect(step.ended && step.dataCount == 0)
        }
    }

    @Test func aDifferentEscapeCharacterKeepsQuotesInside() {
        var format = CopyFormat(kind: .csv)
        format.escape = UInt8(ascii: "\\")
        var scanner = CopyInputScanner(format: format)
        #expect(Self.rows("1,\"a\\\"\n", &scanner) == 0)
        #expect(Self.rows("b\"\n", &scanner) == 1)
    }

    @Test func textRowsAreLines() {
        var scanner = CopyInputScanner(format: CopyFormat(kind: .text))
        #expect(Self.rows("1\t\"open\n2\t\"\n", &scanner) == 2)
    }

    @Test func batchingOnDSQLEndpointsOrWhenAsked() {
        #expect(
            CopyBatchPolicy.resolve(dsqlEndpoint: true, rowsVariable: nil, bytesVariable: nil, inTransaction: false)
                == CopyBatchPolicy(rows: 2_500, bytes: 4 * 1024 * 1024))
        #expect(
            CopyBatchPolicy.resolve(dsqlEndpoint: false, rowsVariable: nil, bytesVariable: nil, inTransaction: false)
                == nil)
        #expect(
            CopyBatchPolicy.resolve(
                dsqlEndpoint: false, rowsVariable: "100", bytesVariable: "5000", inTransaction: false)
                == CopyBatchPolicy(rows: 100, bytes: 5000))
        #expect(
            CopyBatchPolicy.resolve(dsqlEndpoint: true, rowsVariable: "0", bytesVariable: nil, inTransaction: false)
                == nil)
        #expect(
            CopyBatchPolicy.resolve(dsqlEndpoint: true, rowsVariable: nil, bytesVariable: nil, inTransaction: true)
                == nil)
    }

    @Test func aBatchIsFullAtEitherLimit() {
        let policy = CopyBatchPolicy(rows: 3, bytes: 100)
        #expect(!policy.isFull(rows: 2, bytes: 99))
        #expect(policy.isFull(rows: 3, bytes: 1))
        #expect(policy.isFull(rows: 1, bytes: 100))
    }

    @Test func failureReportSaysCommittedRowsAndResumeLine() {
        let failure = CopyLoadFailure(
            committedRows: 2000, committedBatches: 2, resumeLine: 4002, header: true, failingLine: 4690)
        #expect(
            failure.message
                == "\\copy: 2000 rows committed in 2 batches before the failure (the rejected row is at input line 4690); resume from input line 4002, keeping the header line"
        )
        #expect(
            CopyLoadFailure(committedRows: 1, committedBatches: 1, resumeLine: 2, header: false).message
                == "\\copy: 1 row committed in 1 batch before the failure; resume from input line 2")
    }

    @Test func batchLineComesFromTheErrorContext() {
        #expect(
            CopyLoadFailure.batchLine(
                inError: "ERROR:  invalid input\nCONTEXT:  COPY desc_cp3, line 690, column id: \"oops\"\n") == 690)
        #expect(CopyLoadFailure.batchLine(inError: "ERROR:  something else\n") == nil)
    }
}
