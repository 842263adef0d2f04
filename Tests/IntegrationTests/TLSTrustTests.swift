import Foundation
import Testing

@Suite("TLS trust policy against the local server")
struct TLSTrustTests {
    let warningLine = "identity is NOT verified"

    @Test func verifyCAAcceptsWrongHostNameButVerifyFullDoesNot() throws {
        var cluster = try TestCluster.current()
        cluster.host = "another-name.example.com"
        let verifyCA = try runDSQL(cluster, ["--sslmode", "verify-ca", "-c", "select 1 as one"])
        #expect(verifyCA.status == 0, "\(verifyCA.stderr)")
        let verifyFull = try runDSQL(cluster, ["--sslmode", "verify-full", "-c", "select 1"])
        #expect(verifyFull.status == 2)
        #expect(verifyFull.stderr.contains("does not match host name"))
        #expect(verifyFull.stderr.contains("is not among the certificate's names: DNS:"), "\(verifyFull.stderr)")
    }

    @Test func untrustedCAIsExplainedWithTheThreeFixes() throws {
        var cluster = try TestCluster.current()
        cluster.caFile = cluster.untrustedCAFile
        let result = try runDSQL(cluster, ["-c", "select 1"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("trust source file:\(cluster.untrustedCAFile)"), "\(result.stderr)")
        #expect(result.stderr.contains("does not hold Amazon Root CA 1"))
        #expect(result.stderr.contains("SSL_CERT_FILE"))
        #expect(result.stderr.contains("--sslrootcert PATH"))
    }

    @Test func expiredServerCertificateFails() throws {
        let cluster = try TestCluster.current()
        let environment = ProcessInfo.processInfo.environment
        let certificate =
            environment["DSQL_TEST_EXPIRED_CERT"]
            ?? cluster.caFile.replacingOccurrences(of: "ca.crt", with: "expired-server.crt")
        let key = certificate.replacingOccurrences(of: ".crt", with: ".key")
        let stub = try StubTLSServer(["--cert", certificate, "--key", key])
        var expired = cluster
        expired.port = String(stub.port)
        let result = try runDSQL(expired, ["-c", "select 1"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("certificate verify failed"))
        #expect(result.stderr.contains("certificate has expired"), "\(result.stderr)")
    }

    @Test func requireConnectsToAnUntrustedServerAndWarnsEvenWhenQuiet() throws {
        var cluster = try TestCluster.current()
        cluster.caFile = cluster.untrustedCAFile
        for extra in [[], ["-q"]] {
            let result = try runDSQL(cluster, ["--sslmode", "require"] + extra + ["-c", "select 1 as one"])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stderr.contains(warningLine))
            #expect(!result.stderr.contains("\u{1B}["), "no colour when stderr is not a terminal")
        }
    }

    @Test func requireIgnoresAStrayRootCertificateFromAnotherCA() throws {
        let cluster = try TestCluster.current()
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("dsql-home-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: home) }
        let folder = home.appendingPathComponent(".postgresql")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            atPath: cluster.untrustedCAFile, toPath: folder.appendingPathComponent("root.crt").path)
        let arguments = [
            "-h", cluster.host, "--hostaddr", cluster.hostAddress, "-p", cluster.port, "-U", cluster.user, "--no-iam",
            "--sslmode", "require", "-c", "select 1 as one",
        ]
        let result = try runProcess(
            Binaries.dsql, arguments, environment: cluster.environment.merging(["HOME": home.path]) { $1 })
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains(warningLine))
    }

    @Test func systemTrustResolvesThroughSSLCertFile() throws {
        let cluster = try TestCluster.current()
        let arguments = [
            "-h", cluster.host, "--hostaddr", cluster.hostAddress, "-p", cluster.port, "-U", cluster.user, "--no-iam",
            "--sslrootcert", "system", "-c", "select 1 as one",
        ]
        let result = try runProcess(
            Binaries.dsql, arguments, environment: cluster.environment.merging(["SSL_CERT_FILE": cluster.caFile]) { $1 }
        )
        #expect(result.status == 0, "\(result.stderr)")
        let doctor = try runProcess(
            Binaries.dsql, ["doctor"] + arguments.dropLast(2),
            environment: cluster.environment.merging(["SSL_CERT_FILE": cluster.caFile]) { $1 })
        // libpq 16+ takes `system` itself (and OpenSSL reads SSL_CERT_FILE); older libpq gets the file from dsql.
        let native = doctor.stdout.contains("system, native in libpq ")
        #expect(
            native || doctor.stdout.contains("system, resolved by dsql through SSL_CERT_FILE=\(cluster.caFile)"),
            "\(doctor.stdout)")
        #expect(
            doctor.stdout.contains("[pass] trust bundle       \(cluster.caFile): "),
            "the bundle OpenSSL reads is checked: \(doctor.stdout)")
        #expect(doctor.stdout.contains("[pass] certificate chain  verified"), "\(doctor.stdout)")
        #expect(doctor.status == 0, "\(doctor.stdout)")
    }

    @Test func missingRootCertificateFileFailsClearly() throws {
        var cluster = try TestCluster.current()
        cluster.caFile = "/nonexistent/ca-bundle.pem"
        let result = try runDSQL(cluster, ["-c", "select 1"])
        #expect(result.status == 2)
        #expect(
            result.stderr.contains("no readable CA bundle for sslrootcert=/nonexistent/ca-bundle.pem"),
            "\(result.stderr)")
    }

    @Test func environmentVariablesAreHonouredAndFlagsBeatThem() throws {
        let cluster = try TestCluster.current()
        let base = [
            "-h", cluster.host, "--hostaddr", cluster.hostAddress, "-p", cluster.port, "-U", cluster.user, "--no-iam",
        ]
        let fromEnvironment = cluster.environment.merging(["PGSSLMODE": "verify-full", "PGSSLROOTCERT": cluster.caFile])
        { $1 }
        let viaEnvironment = try runProcess(Binaries.dsql, base + ["-c", "select 1"], environment: fromEnvironment)
        #expect(viaEnvironment.status == 0, "\(viaEnvironment.stderr)")
        let untrusted = cluster.environment.merging(["PGSSLROOTCERT": cluster.untrustedCAFile]) { $1 }
        let environmentFails = try runProcess(Binaries.dsql, base + ["-c", "select 1"], environment: untrusted)
        #expect(environmentFails.status == 2)
        let flagWins = try runProcess(
            Binaries.dsql, base + ["--sslrootcert", cluster.caFile, "-c", "select 1"], environment: untrusted)
        #expect(flagWins.status == 0, "\(flagWins.stderr)")
        let plaintext = cluster.environment.merging(["PGSSLMODE": "disable"]) { $1 }
        let refused = try runProcess(Binaries.dsql, base + ["-c", "select 1"], environment: plaintext)
        #expect(refused.status == 1)
        let modeFlagWins = try runProcess(
            Binaries.dsql, base + ["--sslmode", "verify-full", "--sslrootcert", cluster.caFile, "-c", "select 1"],
            environment: plaintext)
        #expect(modeFlagWins.status == 0, "\(modeFlagWins.stderr)")
    }
}

@Suite("dsql doctor names the failing step and its fix")
struct DoctorTests {
    func doctor(_ cluster: TestCluster, _ extra: [String] = []) throws -> ProcessOutput {
        try runProcess(Binaries.dsql, ["doctor"] + cluster.dsqlArguments + extra, environment: cluster.environment)
    }

    @Test func passesOnAGoodSetup() throws {
        let result = try doctor(try TestCluster.current())
        #expect(result.status == 0, "\(result.stdout)")
        for step in ["trust bundle", "TCP", "TLS handshake", "certificate chain", "host name", "authentication"] {
            #expect(result.stdout.contains("[pass] \(step)"), "\(step): \(result.stdout)")
        }
        #expect(result.stdout.hasSuffix("all checks passed\n"))
    }

    @Test func namesTheHostNameStep() throws {
        var cluster = try TestCluster.current()
        cluster.host = "wrong-name.example.com"
        let result = try doctor(cluster)
        #expect(result.status == 2)
        #expect(result.stdout.contains("[FAIL] host name"))
        #expect(result.stdout.contains("fix: use the cluster's endpoint as --host"))
    }

    @Test func namesTheChainStepForAnUntrustedCA() throws {
        var cluster = try TestCluster.current()
        cluster.caFile = cluster.untrustedCAFile
        let result = try doctor(cluster)
        #expect(result.status == 2)
        #expect(result.stdout.contains("[FAIL] certificate chain"))
        #expect(result.stdout.contains("fix: 1. add Amazon Root CA 1"), "\(result.stdout)")
    }

    @Test func namesTheChainStepForAnExpiredCertificate() throws {
        let cluster = try TestCluster.current()
        let certificate = cluster.caFile.replacingOccurrences(of: "ca.crt", with: "expired-server.crt")
        let stub = try StubTLSServer([
            "--cert", certificate, "--key", certificate.replacingOccurrences(of: ".crt", with: ".key"),
        ])
        var expired = cluster
        expired.port = String(stub.port)
        let result = try doctor(expired)
        #expect(result.status == 2)
        #expect(result.stdout.contains("[FAIL] certificate chain  certificate has expired"), "\(result.stdout)")
    }

    @Test func namesTheTCPStepWhenNothingListens() throws {
        var cluster = try TestCluster.current()
        cluster.port = "1"
        let result = try doctor(cluster)
        #expect(result.status == 2)
        #expect(result.stdout.contains("[FAIL] TCP"))
        #expect(result.stdout.contains("Connection refused"))
    }

    @Test func namesTheTLSStepWhenTheServerNeverAnswers() throws {
        let stub = try StubTLSServer(["--silent"])
        var cluster = try TestCluster.current()
        cluster.port = String(stub.port)
        let result = try doctor(cluster)
        #expect(result.status == 2)
        #expect(result.stdout.contains("[FAIL] TLS handshake"), "\(result.stdout)")
    }

    @Test func namesTheAuthenticationStep() throws {
        var cluster = try TestCluster.current()
        cluster.password = "wrong-password"
        let result = try doctor(cluster)
        #expect(result.status == 2)
        #expect(result.stdout.contains("[FAIL] authentication"))
        #expect(result.stdout.contains("password authentication failed"))
    }

    @Test func namesTheBundleStepForAMissingBundle() throws {
        var cluster = try TestCluster.current()
        cluster.caFile = "/nonexistent/bundle.pem"
        let result = try doctor(cluster)
        #expect(result.status != 0)
        #expect(result.stdout.contains("no readable CA bundle"), "\(result.stdout)")
    }
}
