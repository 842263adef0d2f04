import Foundation
import Testing

/// A statement that fails after some rows have streamed: the rows already printed stay
/// printed and well-formed, then the error is reported as psql reports it.
@Suite("Rows streamed before an error")
struct StreamingErrorTests {
    static let failingQuery = "select g, 10 / (3 - g) as q from generate_series(1, 5) g"

    @Test func csvKeepsTheRowsBeforeTheError() throws {
        let cluster = try TestCluster.current()
        let result = try runDSQL(cluster, ["--csv", "-c", Self.failingQuery])
        #expect(result.stdout == "g,q\n1,5\n2,10\n")
        #expect(result.stderr.contains("ERROR:  division by zero"), "\(result.stderr)")
        #expect(result.status == 1)
    }

    @Test func jsonStaysValidWhenTheStatementFails() throws {
        let cluster = try TestCluster.current()
        let result = try runDSQL(cluster, ["--json", "-c", Self.failingQuery])
        #expect(result.stdout == "[\n{\"g\":1,\"q\":5},\n{\"g\":2,\"q\":10}\n]\n")
        #expect(result.stderr.contains("ERROR:  division by zero"), "\(result.stderr)")
        let parsed = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
        #expect((parsed as? [Any])?.count == 2)
    }

    @Test func theNextStatementStreamsAfterAFailedOne() throws {
        let cluster = try TestCluster.current()
        let result = try runDSQL(cluster, ["--csv", "-c", Self.failingQuery, "-c", "select 'after' as s, null as n"])
        #expect(result.stdout == "g,q\n1,5\n2,10\ns,n\nafter,\n")
    }
}
