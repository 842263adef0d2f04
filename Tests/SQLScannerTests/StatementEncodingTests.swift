import Testing

@testable import SQLScanner

/// Whether each statement's bytes were valid UTF-8, so that a statement whose text
/// had to be repaired is never sent.
@Suite struct StatementEncodingTests {
    /// Scans one line and returns the validity flag after each statement, and after the unterminated rest.
    private func validity(_ line: [UInt8]) -> [Bool] {
        var scanner = StatementScanner()
        scanner.feed(line: line)
        var flags: [Bool] = []
        while case .semicolon = scanner.next() { flags.append(scanner.lastStatementIsValidUTF8) }
        if scanner.finish() != nil { flags.append(scanner.lastStatementIsValidUTF8) }
        return flags
    }

    @Test func asciiAndValidUTF8StatementsAreValid() {
        #expect(validity(Array("select 1; select 'ünïcode 名前 🙂'; select 2".utf8)) == [true, true, true])
    }

    @Test func invalidBytesAreFlaggedOnlyInTheirOwnStatement() {
        let line = Array("select 1; select '".utf8) + [0xFF, 0xC3] + Array("'; select 2; select '".utf8) + [0x80]
        #expect(validity(line) == [true, false, true, false])
    }

    @Test(arguments: 0...20)
    func asciiCheckReadsEveryByteWhateverTheLength(length: Int) {
        let ascii = [UInt8](repeating: UInt8(ascii: "a"), count: length)
        #expect(ByteClass.isASCII(ascii))
        for index in ascii.indices {
            var marked = ascii
            marked[index] = 0xC3
            #expect(!ByteClass.isASCII(marked), "high byte at \(index) of \(length)")
        }
    }
}
