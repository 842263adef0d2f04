import Foundation
import Testing

@testable import PostgresClient

/// The libpq the tests run on is the one the run asked for (`scripts/test --libpq 15|18`
/// sets DSQL_EXPECT_LIBPQ_MAJOR), read at run time with `PQlibVersion`, not from headers.
@Suite struct LibpqVersionTests {
    static let expectedMajor = ProcessInfo.processInfo.environment["DSQL_EXPECT_LIBPQ_MAJOR"].flatMap { Int($0) }

    @Test(.enabled(if: expectedMajor != nil, "DSQL_EXPECT_LIBPQ_MAJOR is not set (scripts/test --libpq 15|18 sets it)"))
    func loadedLibpqIsTheOneThisRunAskedFor() {
        #expect(LibraryInfo.libpqVersion / 10000 == Self.expectedMajor)
        #expect(LibraryInfo.libpqVersionText.hasPrefix("\(Self.expectedMajor ?? 0)."))
    }

    @Test(arguments: [(150_020, "15.20"), (180_001, "18.1"), (90_624, "9.6.24")])
    func versionTextFollowsLibpqsNumbering(version: Int, text: String) {
        #expect(LibraryInfo.versionText(version) == text)
    }
}
