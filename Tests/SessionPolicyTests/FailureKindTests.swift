import Testing

@testable import SessionPolicy

@Suite("SQLSTATEs are classified into retry, reconnect, explain, or report")
struct FailureKindTests {
    @Test(arguments: [
        (
            "40001", "mutation conflicts with another transaction, retry as needed (OC000)",
            FailureKind.conflict(.mutation)
        ),
        ("40001", "schema has been updated by another transaction, please retry: (OC001)", .conflict(.schema)),
        ("40001", "change conflicts with another transaction (OC002)", .conflict(.other("OC002"))),
        ("40001", "could not serialize access due to concurrent update", .conflict(.unspecified)),
        ("08006", "server closed the connection unexpectedly", .connectionProblem),
        ("08001", "could not connect", .connectionProblem),
        ("08P01", "protocol violation", .connectionProblem),
        ("57P01", "terminating connection due to administrator command", .serverShutdown),
        ("57P02", "terminating connection due to crash of another server process", .serverShutdown),
        ("57P03", "the database system is starting up", .serverShutdown),
        ("53300", "too many connections", .connectionLimit(.tooManyConnections)),
        ("53400", "rate exceeded", .connectionLimit(.connectionRateExceeded)),
        ("53200", "out of memory", .other),
        ("42P01", "relation does not exist", .other),
        ("54000", "transaction row limit exceeded", .other),
        ("", "no state", .other),
    ])
    func classifiesBySQLState(sqlState: String, message: String, expected: FailureKind) {
        #expect(FailureKind(sqlState: sqlState, message: message) == expected)
    }

    @Test func missingSQLStateIsOther() {
        #expect(FailureKind(sqlState: nil, message: "server closed the connection unexpectedly") == .other)
    }

    @Test func connectionLimitsHaveAnExplanation() {
        #expect(FailureKind.connectionLimit(.tooManyConnections).explanation?.contains("10,000") == true)
        #expect(
            FailureKind.connectionLimit(.connectionRateExceeded).explanation?.contains("100 new connections per second")
                == true)
        #expect(FailureKind.other.explanation == nil)
    }

    @Test(arguments: [
        ("ERROR: mutation conflicts with another transaction, retry as needed", ConflictCode.mutation),
        ("OC001 here", .schema),
        ("prefix OC0", .unspecified),
        ("OCX00 OC123", .other("OC123")),
    ])
    func conflictCodeIsReadFromTheMessage(message: String, expected: ConflictCode) {
        #expect(ConflictCode(message: message) == expected)
    }

    @Test(arguments: [
        (ConflictCode.mutation, "OC000"), (.schema, "OC001"), (.other("OC009"), "OC009"), (.unspecified, "40001"),
    ])
    func conflictCodeLabels(code: ConflictCode, label: String) {
        #expect(code.label == label)
    }
}
