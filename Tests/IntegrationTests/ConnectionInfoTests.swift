import Foundation
import Testing

@Suite("\\conninfo shows the connection, its TLS trust and how it authenticated")
struct ConnectionInfoTests {
    @Test func passwordSessionShowsTrustCertificateAndAuthentication() throws {
        let cluster = try TestCluster.current()
        let result = try runDSQL(cluster, ["-c", "\\conninfo"])
        #expect(result.status == 0, "\(result.stderr)")
        let text = result.stdout
        #expect(
            text.hasPrefix(
                "You are connected to database \"postgres\" as user \"admin\" on host \"\(cluster.host)\" (address \"127.0.0.1\") at port \"\(cluster.port)\".\n"
            ))
        #expect(text.contains("SSL connection (protocol: TLSv1."))
        #expect(text.contains("TLS: sslmode verify-full, trust file:\(cluster.caFile)\n"))
        #expect(text.contains("Server certificate: CN=\(cluster.host), issued by CN=dsql local test CA, expires "))
        #expect(text.contains("Certificate names: DNS:\(cluster.host), DNS:localhost, IP:127.0.0.1\n"))
        #expect(text.contains("Authentication: PostgreSQL password"))
        #expect(!text.contains(cluster.password), "never the password")
    }

    @Test func iamSessionNamesTokenActionRegionExpiryAndSourceButNoSecret() throws {
        let cluster = try TestCluster.current()
        let arguments = [
            "-h", cluster.host, "--hostaddr", cluster.hostAddress, "-p", cluster.port, "-U", "iam_trust",
            "--sslrootcert", cluster.caFile, "--token-expires-in", "600", "-c", "\\conninfo",
        ]
        var environment = cluster.environment.merging(FakeCredentials.environment) { $1 }
        environment.removeValue(forKey: "PGPASSWORD")
        let result = try runProcess(Binaries.dsql, arguments, environment: environment)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdout.contains("Authentication: IAM auth token (DbConnect, region us-east-1, expires 20"),
            "\(result.stdout)")
        #expect(result.stdout.contains("credentials from environment)"))
        for secret in FakeCredentials.secrets + [FakeCredentials.accessKey] {
            #expect(!result.stdout.contains(secret) && !result.stderr.contains(secret), "\(secret) leaked")
        }
    }

    @Test func requireSessionSaysTheServerIsNotVerified() throws {
        let cluster = try TestCluster.current()
        let result = try runDSQL(cluster, ["--sslmode", "require", "-c", "\\conninfo"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdout.contains("TLS: sslmode require, trust none (server identity not verified)\n"),
            "\(result.stdout)")
    }
}
