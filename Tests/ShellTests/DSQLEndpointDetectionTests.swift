import DSQLAuth
import SessionPolicy
import Testing

@testable import Shell

/// Which hosts count as Aurora DSQL endpoints, and what follows from it per connection.
@Suite struct DSQLEndpointDetectionTests {
    @Test(arguments: [
        ("abcdefghijklmnopqrstuvwxyz.dsql.us-east-1.on.aws", true),
        ("ABCDEFGHIJKLMNOPQRSTUVWXYZ.DSQL.US-EAST-1.ON.AWS", true),
        ("abc.Dsql-Fnh4.Eu-West-1.On.Aws", true),
        ("localhost", false),
        ("db.example.com", false),
        ("abc.dsql.us-east-1.on.aws.example.com", false),
    ])
    func detectionIgnoresCase(host: String, isDSQL: Bool) {
        #expect(ClusterEndpoint.isDSQLEndpoint(host) == isDSQL)
        #expect(SessionPolicy.defaultMaxAge(dsqlEndpoint: isDSQL) == (isDSQL ? SessionPolicy.dsqlMaxAge : nil))
    }

    /// `\connect` decides recycling for the new connection, unless CONNECTION_MAX_AGE was set.
    @Test func connectingElsewhereDecidesRecyclingAnew() {
        #expect(Session.maxAge(dsqlEndpoint: true, variable: nil, current: nil) == .seconds(3300), "into DSQL: on")
        #expect(Session.maxAge(dsqlEndpoint: false, variable: nil, current: .seconds(3300)) == nil, "out of DSQL: off")
        #expect(
            Session.maxAge(dsqlEndpoint: false, variable: "600", current: .seconds(600)) == .seconds(600),
            "the user's choice stays")
        #expect(Session.maxAge(dsqlEndpoint: true, variable: "off", current: nil) == nil)
    }

    @Test(arguments: [
        (
            "connection to server at \"h\" (127.0.0.1), port 5432 failed: FATAL:  parameter \"shared_buffers\" cannot be changed without restarting the server",
            true
        ),
        (
            "connection to server at \"h\" (127.0.0.1), port 5432 failed: FATAL:  unrecognized configuration parameter \"bogus\"",
            true
        ),
        ("connection to server at \"h\", port 5432 failed: FATAL:  unsupported startup parameter: work_mem", true),
        (
            "connection to server at \"h\", port 5432 failed: FATAL:  password authentication failed for user \"admin\"",
            false
        ),
        ("connection to server at \"h\", port 5432 failed: Connection refused", false),
    ])
    func startupParameterRefusalsAreRecognised(message: String, isRefusal: Bool) {
        #expect(StartupOptionsAdvice.isParameterRefusal(message) == isRefusal)
    }

    @Test func onlyASetPGOPTIONSIsNamed() {
        #expect(StartupOptionsAdvice.options(in: ["PGOPTIONS": "-c work_mem=64MB"]) == "-c work_mem=64MB")
        #expect(StartupOptionsAdvice.options(in: ["PGOPTIONS": "  "]) == nil)
        #expect(StartupOptionsAdvice.options(in: [:]) == nil)
        #expect(
            StartupOptionsAdvice.note(options: "-c work_mem=64MB").contains("PGOPTIONS is set (\"-c work_mem=64MB\")"))
    }
}
