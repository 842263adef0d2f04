import Testing
@testable import Shell

@Suite("\\copy batching: rows, limits and the resume report")
struct CopyBatchingTests {
    @Test func csvRowsMaySpanLinesInsideQuotes() {
        var splitter = CopyRecordSplitter(format: CopyFormat(kind: .csv))
        do { let completes = splitter.feed(Array("1,\"two".utf8)); #expect(completes == false) }
        #expect(splitter.isEndMarker(Array("\\.".utf8)) == false)
        do { let completes = splitter.feed(Array("lines\"\"\",x".utf8)); #expect(completes == true) }
        do { let completes = splitter.feed(Array("2,\"\"".utf8)); #expect(completes == true) }
        #expect(splitter.isEndMarker(Array("\\.".utf8)))
    }

    @Test func aDifferentEscapeCharacterKeepsQuotesInside() {
        var format = CopyFormat(kind: .csv)
        format.escape = UInt8(ascii: "\\")
        var splitter = CopyRecordSplitter(format: format)
        do { let completes = splitter.feed(Array("1,\"a\\\"".utf8)); #expect(completes == false) }
        do { let completes = splitter.feed(Array("b\"".utf8)); #expect(completes == true) }
    }

    @Test func textRowsAreLines() {
        var splitter = CopyRecordSplitter(format: CopyFormat(kind: .text))
        do { let completes = splitter.feed(Array("1\t\"open".utf8)); #expect(completes) }
    }

    @Test func batchingOnDSQLEndpointsOrWhenAsked() {
        let dsql = "abcdefghijklmnopqrstuvwxyz.dsql.us-east-1.on.aws"
        #expect(CopyBatchPolicy.resolve(host: dsql, rowsVariable: nil, bytesVariable: nil, inTransaction: false)
            == CopyBatchPolicy(rows: 2_500, bytes: 4 * 1024 * 1024))
        #expect(CopyBatchPolicy.resolve(host: "db.example.com", rowsVariable: nil, bytesVariable: nil, inTransaction: false) == nil)
        #expect(CopyBatchPolicy.resolve(host: "db.example.com", rowsVariable: "100", bytesVariable: "5000", inTransaction: false)
            == CopyBatchPolicy(rows: 100, bytes: 5000))
        #expect(CopyBatchPolicy.resolve(host: dsql, rowsVariable: "0", bytesVariable: nil, inTransaction: false) == nil)
        #expect(CopyBatchPolicy.resolve(host: dsql, rowsVariable: nil, bytesVariable: nil, inTransaction: true) == nil)
    }

    @Test func aBatchIsFullAtEitherLimit() {
        let policy = CopyBatchPolicy(rows: 3, bytes: 100)
        #expect(!policy.isFull(rows: 2, bytes: 99))
        #expect(policy.isFull(rows: 3, bytes: 1))
        #expect(policy.isFull(rows: 1, bytes: 100))
    }

    @Test func failureReportSaysCommittedRowsAndResumeLine() {
        let failure = CopyLoadFailure(committedRows: 2000, committedBatches: 2, resumeLine: 4002, header: true, failingLine: 4690)
        #expect(failure.message == "\\copy: 2000 rows committed in 2 batches before the failure (the rejected row is at input line 4690); resume from input line 4002, keeping the header line")
        #expect(CopyLoadFailure(committedRows: 1, committedBatches: 1, resumeLine: 2, header: false).message
            == "\\copy: 1 row committed in 1 batch before the failure; resume from input line 2")
    }

    @Test func batchLineComesFromTheErrorContext() {
        #expect(CopyLoadFailure.batchLine(inError: "ERROR:  invalid input\nCONTEXT:  COPY desc_cp3, line 690, column id: \"oops\"\n") == 690)
        #expect(CopyLoadFailure.batchLine(inError: "ERROR:  something else\n") == nil)
    }
}
