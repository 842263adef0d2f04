import Foundation
import Testing

/// Known fake credentials: every one of these strings must stay secret.
enum FakeCredentials {
    static let accessKey = "AKIAIOSFODNN7EXAMPLE"
    static let secretKey = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
    static let sessionToken = "FwoGZXIvYXdzEXAMPLE+session/token=="

    static var environment: [String: String] {
        [
            "AWS_ACCESS_KEY_ID": accessKey, "AWS_SECRET_ACCESS_KEY": secretKey, "AWS_SESSION_TOKEN": sessionToken,
            "AWS_EC2_METADATA_DISABLED": "true", "AWS_CONFIG_FILE": "/nonexistent/config",
            "AWS_SHARED_CREDENTIALS_FILE": "/nonexistent/credentials",
        ]
    }

    /// The secrets, plus the signature parameter any token would carry.
    static let secrets = [secretKey, sessionToken, "X-Amz-Signature", "X-Amz-Security-Token", "Amz-Credential"]
}

@Suite("IAM tokens are signed per connection and sent as the password")
struct IAMAuthenticationTests {
    /// dsql against the local server as `role` with IAM (no --no-iam): the endpoint is DSQL-shaped.
    func runWithIAM(_ role: String, _ extra: [String], environment: [String: String] = FakeCredentials.environment)
        throws -> ProcessOutput
    {
        let cluster = try TestCluster.current()
        let arguments =
            [
                "-h", cluster.host, "--hostaddr", cluster.hostAddress, "-p", cluster.port, "-U", role,
                "--sslrootcert", cluster.caFile,
            ] + extra
        var base = cluster.environment
        base.removeValue(forKey: "PGPASSWORD")
        return try runProcess(Binaries.dsql, arguments, environment: base.merging(environment) { $1 })
    }

    @Test func tokenIsSentAsThePassword() throws {
        let result = try runWithIAM("password_role", ["-c", "select 1"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("password authentication failed for user \"password_role\""), "\(result.stderr)")
        #expect(!result.stderr.contains("no password supplied"))
        for secret in FakeCredentials.secrets {
            #expect(!result.stderr.contains(secret) && !result.stdout.contains(secret))
        }
    }

    @Test func missingCredentialsAreAClearErrorWithExitTwo() throws {
        let environment = [
            "AWS_EC2_METADATA_DISABLED": "true", "AWS_CONFIG_FILE": "/nonexistent/config",
            "AWS_SHARED_CREDENTIALS_FILE": "/nonexistent/credentials",
        ]
        let result = try runWithIAM("admin", ["-c", "select 1"], environment: environment)
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("dsql: error: "), "\(result.stderr)")
        #expect(result.stderr.lowercased().contains("credentials"), "\(result.stderr)")
    }

    @Test func tokenCommandPrintsOnlyAToken() throws {
        let cluster = try TestCluster.current()
        let result = try runProcess(
            Binaries.dsql, ["token", "--host", cluster.host, "--expires-in", "60"],
            environment: cluster.environment.merging(FakeCredentials.environment) { $1 })
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 2 && lines[1].isEmpty, "one line and a newline")
        #expect(result.stdout.hasPrefix("\(cluster.host)/?Action=DbConnectAdmin&X-Amz-Algorithm=AWS4-HMAC-SHA256"))
        #expect(result.stdout.contains("X-Amz-Expires=60&"))
        #expect(result.stdout.contains("%2Fus-east-1%2Fdsql%2Faws4_request"))
        #expect(!result.stdout.contains(FakeCredentials.secretKey))
    }

    @Test func tokenCommandSignsDbConnectForOtherRoles() throws {
        let cluster = try TestCluster.current()
        let result = try runProcess(
            Binaries.dsql, ["token", "--host", cluster.host, "-U", "reader"],
            environment: cluster.environment.merging(FakeCredentials.environment) { $1 })
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("?Action=DbConnect&"))
    }

    @Test(arguments: ["0", "604801", "-5"])
    func outOfRangeExpiryIsRefusedWithExitOne(seconds: String) throws {
        let result = try runWithIAM("admin", ["--token-expires-in", seconds, "-c", "select 1"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("dsql: error: "))
    }

    @Test func bareClusterIdIsExpandedWithTheRegion() throws {
        let cluster = try TestCluster.current()
        let clusterId = String(cluster.host.prefix(26))
        let result = try runProcess(
            Binaries.dsql, ["token", "--host", clusterId, "--region", "us-east-1"],
            environment: cluster.environment.merging(FakeCredentials.environment) { $1 })
        #expect(result.stdout.hasPrefix(cluster.host + "/?Action=DbConnectAdmin"), "\(result.stdout)")
    }
}
