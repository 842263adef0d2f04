import PostgresClient
import Testing

@testable import Shell

@Suite("Settings resolution: flags, then environment, then defaults")
struct SettingsTests {
    @Test func defaultsApplyWhenOnlyHostIsGiven() throws {
        let settings = try Settings.resolve(flags: ConnectionFlags(host: "h"), environment: [:])
        #expect(settings.port == 5432)
        #expect(settings.user == "admin")
        #expect(settings.database == "postgres")
        #expect(settings.trustPolicy == TrustPolicy(mode: .verifyFull, rootCertificate: .system))
    }

    @Test func environmentFillsWhatFlagsLeaveOut() throws {
        let environment = [
            "PGHOST": "env-host", "PGPORT": "6543", "PGUSER": "u", "PGDATABASE": "d",
            "PGSSLMODE": "verify-ca", "PGSSLROOTCERT": "/ca.pem", "PGHOSTADDR": "10.0.0.1",
        ]
        let settings = try Settings.resolve(flags: ConnectionFlags(), environment: environment)
        #expect(settings.host == "env-host")
        #expect(settings.hostAddress == "10.0.0.1")
        #expect(settings.port == 6543)
        #expect(settings.user == "u")
        #expect(settings.database == "d")
        #expect(settings.trustPolicy == TrustPolicy(mode: .verifyCA, rootCertificate: .file("/ca.pem")))
    }

    @Test func flagsBeatEnvironment() throws {
        let flags = ConnectionFlags(host: "flag-host", port: "1", user: "fu", sslMode: "require", sslRootCert: "system")
        let environment = [
            "PGHOST": "env-host", "PGPORT": "2", "PGUSER": "eu", "PGSSLMODE": "verify-ca", "PGSSLROOTCERT": "/x",
        ]
        let settings = try Settings.resolve(flags: flags, environment: environment)
        #expect(settings.host == "flag-host")
        #expect(settings.port == 1)
        #expect(settings.user == "fu")
        #expect(settings.trustPolicy == TrustPolicy(mode: .require, rootCertificate: .system))
    }

    @Test func missingHostIsAnError() {
        #expect(throws: SettingsError.missingHost) { try Settings.resolve(flags: ConnectionFlags(), environment: [:]) }
    }

    @Test(arguments: ["0", "65536", "abc", "-1"])
    func invalidPortIsAnError(port: String) {
        #expect(throws: SettingsError.invalidPort(port)) {
            try Settings.resolve(flags: ConnectionFlags(host: "h", port: port), environment: [:])
        }
    }

    @Test(arguments: ["disable", "allow", "prefer"])
    func plaintextModesAreRefused(mode: String) {
        #expect(throws: SettingsError.plaintextRefused(mode)) {
            try Settings.resolve(flags: ConnectionFlags(host: "h"), environment: ["PGSSLMODE": mode])
        }
    }

    @Test func unknownModeIsAnError() {
        #expect(throws: SettingsError.unknownSSLMode("verify")) {
            try Settings.resolve(flags: ConnectionFlags(host: "h", sslMode: "verify"), environment: [:])
        }
    }
}
