import Foundation
import Testing

/// No token goes where it could be read, and no connection is shown as verified when it is not.
@Suite("Trust shown is the trust in force: verify-ca, sockets, host lists, \\connect")
struct TransportTruthTests {
    let socketLine = "TLS: none — Unix-domain socket in "
    let socketWarning = "WARNING: connected through the Unix-domain socket in "

    /// dsql signing IAM tokens (fake credentials) as `role`, trusting the system store through SSL_CERT_FILE.
    func runWithIAM(_ arguments: [String], role: String = "iam_trust", extra: [String: String] = [:]) throws
        -> ProcessOutput
    {
        let cluster = try TestCluster.current()
        return try runProcess(
            Binaries.dsql,
            ["-h", cluster.host, "--hostaddr", cluster.hostAddress, "-p", cluster.port, "-U", role] + arguments,
            environment: iamEnvironment(cluster).merging(extra) { $1 })
    }

    /// Fake AWS credentials, no PGPASSWORD, and the test CA as the system store.
    func iamEnvironment(_ cluster: TestCluster) -> [String: String] {
        var environment = cluster.environment.merging(FakeCredentials.environment) { $1 }
        environment.removeValue(forKey: "PGPASSWORD")
        environment["SSL_CERT_FILE"] = cluster.caFile
        return environment
    }

    @Test func verifyCAWithSystemTrustIsRefusedBeforeAnyTokenIsSent() throws {
        // The server below takes any token for iam_trust: before the fix this connected.
        let result = try runWithIAM(["--sslmode", "verify-ca", "-c", "select 1 as reached"])
        #expect(result.status == 2, "\(result.stdout)\(result.stderr)")
        #expect(!result.stdout.contains("reached"))
        #expect(result.stderr.contains("sslmode \"verify-ca\" cannot be used with system trust"), "\(result.stderr)")
        #expect(result.stderr.contains("--sslrootcert FILE"), "\(result.stderr)")
        let doctor = try runDoctorWithIAM(["--sslmode", "verify-ca"])
        #expect(doctor.status == 2, "\(doctor.stdout)")
        #expect(doctor.stdout.contains("[FAIL] settings"), "\(doctor.stdout)")
        #expect(doctor.stdout.contains("verify-ca"), "\(doctor.stdout)")
        #expect(!doctor.stdout.contains("all checks passed"))
    }

    @Test func verifyCAWithANamedBundleStillConnects() throws {
        let cluster = try TestCluster.current()
        let result = try runWithIAM([
            "--sslmode", "verify-ca", "--sslrootcert", cluster.caFile, "-c", "select 1 as reached",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("reached"))
    }

    @Test func doctorWithRequireNeverSaysAllPassed() throws {
        let cluster = try TestCluster.current()
        let arguments = [
            "doctor", "-h", cluster.host, "--hostaddr", cluster.hostAddress, "-p", cluster.port, "-U", cluster.user,
            "--no-iam", "--sslmode", "require",
        ]
        let result = try runProcess(Binaries.dsql, arguments, environment: cluster.environment)
        #expect(result.status != 0, "\(result.stdout)")
        #expect(!result.stdout.contains("all checks passed"), "\(result.stdout)")
        #expect(result.stdout.contains("[FAIL] server identity"), "\(result.stdout)")
        #expect(result.stdout.contains("[pass] authentication"), "the other steps still run: \(result.stdout)")
    }

    @Test func socketConnectionIsShownAsNoTLS() throws {
        let cluster = try TestCluster.current()
        let arguments = [
            "-h", cluster.socketDirectory, "-p", cluster.port, "-U", cluster.user, "--no-iam", "-c", "\\conninfo",
        ]
        let result = try runProcess(Binaries.dsql, arguments, environment: cluster.environment)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains(socketLine + cluster.socketDirectory), "\(result.stdout)")
        #expect(!result.stdout.contains("verify-full"), "\(result.stdout)")
        #expect(result.stderr.contains(socketWarning + cluster.socketDirectory), "\(result.stderr)")
    }

    @Test func hostListFallingBackToASocketIsShownAsNoTLS() throws {
        let cluster = try TestCluster.current()
        let arguments = [
            "-h", "nonexistent.invalid,\(cluster.socketDirectory)", "-p", cluster.port, "-U", cluster.user, "--no-iam",
            "-c", "\\conninfo",
        ]
        let result = try runProcess(Binaries.dsql, arguments, environment: cluster.environment)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains(socketLine), "\(result.stdout)")
        #expect(result.stderr.contains(socketWarning), "\(result.stderr)")
    }

    @Test func hostListsNamingADSQLEndpointAreRefused() throws {
        let cluster = try TestCluster.current()
        for host in ["\(cluster.host),\(cluster.socketDirectory)", "\(cluster.socketDirectory),\(cluster.host)"] {
            for auth in [[], ["--no-iam"]] {
                let arguments =
                    ["-h", host, "-p", cluster.port, "-U", cluster.user, "--sslrootcert", cluster.caFile] + auth + [
                        "-c", "select 1 as reached",
                    ]
                let result = try runProcess(
                    Binaries.dsql, arguments,
                    environment: cluster.environment.merging(FakeCredentials.environment) { $1 })
                #expect(result.status == 1, "\(host) \(auth): \(result.stderr)")
                #expect(result.stderr.contains("host list"), "\(result.stderr)")
                #expect(!result.stdout.contains("reached"))
            }
        }
    }

    @Test func connectToASocketIsShownAsNoTLS() throws {
        let cluster = try TestCluster.current()
        let result = try runDSQL(cluster, ["-c", "\\c - - \(cluster.socketDirectory)", "-c", "\\conninfo"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains(socketLine), "\(result.stdout)")
        #expect(result.stderr.contains(socketWarning), "\(result.stderr)")
    }

    @Test func connectFromAnIAMSessionToAnotherHostSendsNoToken() throws {
        // localhost is not a DSQL endpoint: PGPASSWORD is used there, never a token signed for it.
        let cluster = try TestCluster.current()
        let result = try runWithIAM(
            ["--sslrootcert", cluster.caFile, "-c", "\\c - admin localhost", "-c", "select current_user as who"],
            extra: ["PGPASSWORD": cluster.password])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("  who  \n-------\n admin\n"), "\(result.stdout)")
        #expect(!result.stderr.contains("password authentication failed"), "\(result.stderr)")
    }
}

extension TransportTruthTests {
    /// `dsql doctor` with the same IAM setup.
    func runDoctorWithIAM(_ arguments: [String]) throws -> ProcessOutput {
        let cluster = try TestCluster.current()
        return try runProcess(
            Binaries.dsql,
            [
                "doctor", "-h", cluster.host, "--hostaddr", cluster.hostAddress, "-p", cluster.port,
                "-U", "iam_trust",
            ] + arguments, environment: iamEnvironment(cluster))
    }
}
