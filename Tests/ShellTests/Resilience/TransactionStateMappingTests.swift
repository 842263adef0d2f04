import PostgresClient
import SessionPolicy
import Testing

@testable import Shell

@Suite("libpq's transaction status maps onto TransactionState")
struct TransactionStateMappingTests {
    @Test(arguments: [
        (Connection.TransactionStatus.idle, TransactionState?.some(.idle)), (.active, .open), (.inTransaction, .open),
        (.failedTransaction, .failed), (.unknown, nil),
    ])
    func mapsEveryStatus(status: Connection.TransactionStatus, expected: TransactionState?) {
        #expect(TransactionState(status) == expected)
    }
}
