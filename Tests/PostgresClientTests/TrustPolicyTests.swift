import Testing

@testable import PostgresClient

@Suite("Trust policy → libpq keywords")
struct TrustPolicyTests {
    let defaultBundle = "/usr/lib/ssl/cert.pem"

    func keywords(_ trust: ResolvedTrust) -> [String: String] {
        Dictionary(trust.libpqKeywords, uniquingKeysWith: { _, last in last })
    }

    func resolve(
        _ policy: TrustPolicy, libpq: Int = 150_020, environment: [String: String] = [:],
        readable: Set<String> = []
    ) throws -> ResolvedTrust {
        try policy.resolve(
            libpqVersion: libpq, environment: environment, openSSLDefaultCertFile: defaultBundle,
            isReadable: { readable.contains($0) })
    }

    @Test func systemOnLibpq15ResolvesToOpenSSLDefaultBundle() throws {
        let trust = try resolve(TrustPolicy(), readable: [defaultBundle])
        #expect(trust.source == .system(bundle: defaultBundle))
        #expect(keywords(trust) == ["sslmode": "verify-full", "sslrootcert": defaultBundle])
    }

    @Test func systemOnLibpq15PrefersSSLCertFile() throws {
        let trust = try resolve(
            TrustPolicy(), environment: ["SSL_CERT_FILE": "/tmp/ca.pem"], readable: ["/tmp/ca.pem", defaultBundle])
        #expect(trust.source == .sslCertFile("/tmp/ca.pem"))
        #expect(keywords(trust)["sslrootcert"] == "/tmp/ca.pem")
    }

    @Test func unreadableSSLCertFileIsAnErrorNamingIt() {
        #expect(throws: TrustPolicyError.bundleUnreadable(source: "system", looked: ["SSL_CERT_FILE=/missing.pem"])) {
            try resolve(TrustPolicy(), environment: ["SSL_CERT_FILE": "/missing.pem"], readable: [defaultBundle])
        }
    }

    @Test func missingDefaultBundleExplainsHashedDirectory() throws {
        do {
            _ = try resolve(TrustPolicy(), environment: ["SSL_CERT_DIR": "/etc/ssl/certs"])
            Issue.record("expected an error")
        } catch {
            #expect(String(describing: error).contains(defaultBundle))
            #expect(String(describing: error).contains("SSL_CERT_DIR=/etc/ssl/certs"))
        }
    }

    @Test func systemOnLibpq16IsPassedThrough() throws {
        let trust = try resolve(TrustPolicy(), libpq: 160_000)
        #expect(trust.source == .nativeSystem)
        #expect(keywords(trust) == ["sslmode": "verify-full", "sslrootcert": "system"])
    }

    /// How TLS starts depends on the host, not on trust (see SSLNegotiationTests).
    @Test(arguments: [150_020, 170_000, 180_001])
    func trustSaysNothingAboutNegotiation(libpq: Int) throws {
        let trust = try resolve(TrustPolicy(rootCertificate: .file("/ca.pem")), libpq: libpq, readable: ["/ca.pem"])
        #expect(keywords(trust)["sslnegotiation"] == nil)
    }

    @Test(arguments: [150_020, 160_000, 170_000])
    func requireNeverVerifiesAndNeverPassesSystem(libpq: Int) throws {
        let trust = try resolve(TrustPolicy(mode: .require, rootCertificate: .system), libpq: libpq)
        #expect(trust.source == .unverified)
        #expect(keywords(trust)["sslmode"] == "require")
        #expect(keywords(trust)["sslrootcert"] == TrustPolicy.noRootCertificate)
    }

    @Test func explicitFileIsUsedAsIs() throws {
        let trust = try resolve(TrustPolicy(mode: .verifyCA, rootCertificate: .file("/ca.pem")), readable: ["/ca.pem"])
        #expect(trust.source == .file("/ca.pem"))
        #expect(keywords(trust) == ["sslmode": "verify-ca", "sslrootcert": "/ca.pem"])
    }

    @Test func missingExplicitFileIsAnError() {
        #expect(throws: TrustPolicyError.bundleUnreadable(source: "/nope.pem", looked: ["/nope.pem"])) {
            try resolve(TrustPolicy(rootCertificate: .file("/nope.pem")))
        }
    }
}

@Suite("Refusals and keywords that keep a token safe")
struct TrustRefusalTests {
    @Test(arguments: [150_020, 160_000, 170_000, 180_001])
    func verifyCAWithSystemTrustIsRefusedOnEveryLibpq(libpq: Int) {
        #expect(throws: TrustPolicyError.verifyCAWithSystemTrust) {
            try TrustPolicy(mode: .verifyCA, rootCertificate: .system).resolve(
                libpqVersion: libpq, environment: [:], openSSLDefaultCertFile: "/ca.pem", isReadable: { _ in true })
        }
    }

    @Test func refusalSaysWhyAndWhatToUse() {
        let text = TrustPolicyError.verifyCAWithSystemTrust.description
        #expect(text.contains("ANY host"))
        #expect(text.contains("verify-full"))
        #expect(text.contains("--sslrootcert FILE"))
    }

    @Test func everyConnectionTurnsGSSEncryptionOff() throws {
        let trust = try TrustPolicy(rootCertificate: .file("/ca.pem")).resolve(
            libpqVersion: 150_020, environment: [:], openSSLDefaultCertFile: "/ca.pem", isReadable: { _ in true })
        let parameters = ConnectionParameters(host: "h", user: "u", database: "d", trust: trust)
        let keywords = parameters.libpqKeywords(password: nil)
        #expect(keywords.contains { $0 == ("gssencmode", "disable") })
    }
}
