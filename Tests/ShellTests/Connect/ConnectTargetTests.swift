import PostgresClient
import Testing

@testable import Shell

@Suite("\\connect arguments: positions, dashes and what a new host changes")
struct ConnectTargetTests {
    static let current = Settings(
        host: "abcdefghijklmnopqrstuvwxyz.dsql.us-east-1.on.aws", hostAddress: "127.0.0.1", port: 5432,
        user: "admin", database: "postgres", trustPolicy: TrustPolicy(mode: .verifyFull, rootCertificate: .system))

    @Test func noArgumentsKeepEverything() throws {
        #expect(try ConnectTarget.resolve([], current: Self.current) == Self.current)
    }

    @Test func dashesKeepValuesAndLaterPositionsChangeThem() throws {
        let settings = try ConnectTarget.resolve(["-", "reader", "-", "6543"], current: Self.current)
        #expect(settings.database == "postgres")
        #expect(settings.user == "reader")
        #expect(settings.port == 6543)
        #expect(settings.hostAddress == "127.0.0.1")
    }

    @Test func aNewHostDropsTheOldAddressAndExpandsClusterIds() throws {
        let settings = try ConnectTarget.resolve(
            ["postgres", "-", "zyxwvutsrqponmlkjihgfedcba"], current: Self.current)
        #expect(settings.host == "zyxwvutsrqponmlkjihgfedcba.dsql.us-east-1.on.aws")
        #expect(settings.hostAddress == nil)
    }

    @Test func badPortIsRefused() {
        #expect(throws: ConnectTarget.Problem(message: "\\connect: invalid port number: \"x\"")) {
            try ConnectTarget.resolve(["-", "-", "-", "x"], current: Self.current)
        }
    }

    @Test func confirmationNamesHostAndPortOnlyWhenTheyChanged() {
        #expect(
            ConnectTarget.confirmation(
                database: "d", user: "u", host: "h", hostAddress: nil, port: "5432", hostOrPortChanged: false)
                == "You are now connected to database \"d\" as user \"u\".")
        #expect(
            ConnectTarget.confirmation(
                database: "d", user: "u", host: "h", hostAddress: "10.0.0.1", port: "5432", hostOrPortChanged: true)
                == "You are now connected to database \"d\" as user \"u\" on host \"h\" (address \"10.0.0.1\") at port \"5432\"."
        )
    }
}
