import Testing

@testable import SessionPolicy

@Suite("Session policy defaults and variable values")
struct SessionPolicyTests {
    @Test func dsqlEndpointsRecycleAt3300SecondsOthersNever() {
        #expect(SessionPolicy.defaults(dsqlEndpoint: true, interactive: true).connectionMaxAge == .seconds(3300))
        #expect(SessionPolicy.defaults(dsqlEndpoint: false, interactive: true).connectionMaxAge == nil)
        #expect(SessionPolicy.defaults(dsqlEndpoint: true, interactive: false).retryLimit == 3)
    }

    @Test(arguments: [
        ("off", nil), ("OFF", nil), ("0", nil), (" 0 ", nil), ("3300", Duration.seconds(3300)),
        ("1.5", .milliseconds(1500)),
    ])
    func maxAgeValues(value: String, expected: Duration?) throws {
        #expect(try SessionPolicy.parseConnectionMaxAge(value) == expected)
    }

    @Test(arguments: ["-1", "soon", "", "1e99", "nan"])
    func invalidMaxAgeValuesAreRejected(value: String) {
        #expect(throws: PolicyValueError.invalidMaxAge(value)) { try SessionPolicy.parseConnectionMaxAge(value) }
    }

    @Test(arguments: [("off", 0), ("0", 0), ("3", 3), ("100", 100)])
    func retryLimitValues(value: String, expected: Int) throws {
        #expect(try SessionPolicy.parseRetryLimit(value) == expected)
    }

    @Test(arguments: ["-1", "101", "three", "1.5"])
    func invalidRetryLimitsAreRejected(value: String) {
        #expect(throws: PolicyValueError.invalidRetryLimit(value)) { try SessionPolicy.parseRetryLimit(value) }
    }

    @Test func negativeRetryLimitIsClampedToZero() {
        #expect(SessionPolicy(connectionMaxAge: nil, retryLimit: -4, interactive: true).retryLimit == 0)
    }

    @Test func errorsNameTheVariable() {
        #expect("\(PolicyValueError.invalidMaxAge("x"))".contains("CONNECTION_MAX_AGE"))
        #expect("\(PolicyValueError.invalidRetryLimit("x"))".contains("RETRY_OCC"))
    }
}
