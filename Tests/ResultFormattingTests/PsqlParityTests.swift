import Testing

@testable import ResultFormatting

/// Every recorded psql 15 output, reproduced byte for byte from the same server result.
@Suite struct PsqlParityTests {
    @Test(arguments: RecordedCase.all)
    func printsWhatPsqlPrinted(_ recorded: RecordedCase) throws {
        let options = try recorded.optionSet.options()
        let bytes = ResultPrinter.render(recorded.query.table, options: options)
        let expected = Array(recorded.expected.utf8)
        if bytes != expected {
            Issue.record(
                """
                \(recorded.testDescription) differs from psql.
                --- psql
                \(recorded.expected)
                --- dsql
                \(String(decoding: bytes, as: UTF8.self))
                """)
        }
    }

    @Test func everyRecordedOutputIsChecked() {
        #expect(RecordedCase.all.count == RecordedFixtures.outputs.count)
        #expect(RecordedCase.all.count > 600)
    }
}
