import Testing

@testable import PostgresClient

/// How TLS starts: direct only for DSQL endpoints and only when libpq can (17+), unless asked.
@Suite struct SSLNegotiationTests {
    @Test(
        arguments: [
            // (requested, DSQL endpoint, libpq) → keyword
            (nil, true, 150_020, nil),
            (nil, false, 150_020, nil),
            (SSLNegotiation.postgres, true, 160_004, nil),
            (nil, true, 170_000, "direct"),
            (nil, false, 170_000, "postgres"),
            (nil, false, 180_001, "postgres"),
            (.postgres, true, 180_001, "postgres"),
            (.direct, false, 180_001, "direct"),
        ] as [(SSLNegotiation?, Bool, Int, String?)])
    func directTLSOnlyForDSQLEndpointsOnNewLibpq(requested: SSLNegotiation?, dsql: Bool, libpq: Int, expected: String?)
    {
        #expect(SSLNegotiation.keyword(requested: requested, isDSQLEndpoint: dsql, libpqVersion: libpq) == expected)
    }

    @Test func directOnOldLibpqIsRefusedSayingWhichLibpqIsLoaded() {
        #expect(throws: SSLNegotiation.Problem.directNeedsLibpq17(loaded: "15.20")) {
            try SSLNegotiation.check(requested: .direct, libpqVersion: 150_020, libpqVersionText: "15.20")
        }
        #expect(throws: Never.self) {
            try SSLNegotiation.check(requested: .postgres, libpqVersion: 150_020, libpqVersionText: "15.20")
        }
        #expect(throws: Never.self) {
            try SSLNegotiation.check(requested: .direct, libpqVersion: 180_001, libpqVersionText: "18.1")
        }
    }

    @Test func onlyTheTwoValuesParse() throws {
        #expect(try SSLNegotiation.parse("direct") == .direct)
        #expect(try SSLNegotiation.parse("postgres") == .postgres)
        #expect(throws: SSLNegotiation.Problem.unknown("requiredirect")) { try SSLNegotiation.parse("requiredirect") }
    }

    @Test func theKeywordReachesLibpqAfterTheTrustKeywords() {
        let trust = ResolvedTrust(
            mode: .verifyFull, source: .file("/ca.pem"),
            libpqKeywords: [("sslmode", "verify-full"), ("sslrootcert", "/ca.pem")])
        let parameters = ConnectionParameters(
            host: "h", user: "u", database: "d", trust: trust, sslNegotiation: "postgres")
        #expect(parameters.libpqKeywords(password: nil).last! == ("sslnegotiation", "postgres"))
        let none = ConnectionParameters(host: "h", user: "u", database: "d", trust: trust)
        #expect(!none.libpqKeywords(password: nil).contains { $0.0 == "sslnegotiation" })
    }
}
