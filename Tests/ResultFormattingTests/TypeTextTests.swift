import Testing

@testable import ResultFormatting

/// Values of the types `TypeText` trusts stay within its alphabet, in the forms the server prints.
@Suite struct TypeTextTests {
    /// Texts PostgreSQL prints for the trusted types, across DateStyles and special values.
    static let samples: [(UInt32, String)] = [
        (16, "t"), (16, "f"), (21, "-32768"), (23, "2147483647"), (20, "-9223372036854775808"), (26, "4294967295"),
        (700, "-1.5e-07"), (701, "1e+100"), (701, "-Infinity"), (1700, "NaN"), (1700, "-0.000100"),
        (1082, "2024-02-29"), (1082, "29.02.2024"), (1082, "02/29/2024"), (1082, "4713-01-01 BC"), (1082, "infinity"),
        (1083, "13:45:06.5"), (1266, "13:45:06+05:30"), (1114, "Thu Feb 29 13:45:06.123456 2024"),
        (1184, "2024-02-29 13:45:06+02"), (1184, "02/29/2024 13:45:06 EST"), (1184, "Thu Feb 29 13:45:06 2024 +0530"),
        (1184, "29.02.2024 13:45:06 CET"), (1184, "-infinity"), (2950, "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11"),
    ]

    @Test func trustedTypesPrintOnlyTheAlphabet() {
        for (typeOID, text) in Self.samples {
            #expect(TypeText.isPlain(typeOID: typeOID))
            #expect(text.utf8.allSatisfy(TypeText.mayAppearInPlainText), "\(text)")
        }
    }

    @Test func separatorsOutsideTheAlphabetSkipTheScan() {
        for separator in Array(",;|\t\"\\'".utf8) {
            #expect(!TypeText.mayAppearInPlainText(separator))
        }
        for separator in Array("-:./ +tf0Z".utf8) {
            #expect(TypeText.mayAppearInPlainText(separator))
        }
    }

    @Test func integersAreJSONNumbers() {
        for (typeOID, text) in Self.samples where TypeText.isInteger(typeOID: typeOID) {
            #expect(Array(text.utf8).withUnsafeBytes { JSONText.isNumber($0) }, "\(text)")
        }
    }
}
