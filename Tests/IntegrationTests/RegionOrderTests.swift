import Foundation
import Testing

/// The region a token is signed for, as users on CloudShell and Lambda meet it: AWS_REGION
/// names where they run, the endpoint names where the cluster is.
@Suite("The endpoint's own region outranks AWS_REGION; --region outranks both, with a warning")
struct RegionOrderTests {
    private func token(_ extra: [String], environment: [String: String]) throws -> ProcessOutput {
        let cluster = try TestCluster.current()
        return try runProcess(
            Binaries.dsql, ["token", "--host", cluster.host] + extra,
            environment: cluster.environment.merging(FakeCredentials.environment) { $1 }.merging(environment) { $1 })
    }

    @Test func tokenIsSignedForTheEndpointsRegionWhateverAWSRegionSays() throws {
        let result = try token([], environment: ["AWS_REGION": "eu-central-1", "AWS_DEFAULT_REGION": "ap-south-1"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        #expect(result.stdout.contains("%2Fus-east-1%2Fdsql%2Faws4_request"), "\(result.stdout)")
    }

    @Test func anUpperCaseEndpointIsStillADSQLEndpoint() throws {
        let cluster = try TestCluster.current()
        let result = try runProcess(
            Binaries.dsql, ["token", "--host", cluster.host.uppercased()],
            environment: cluster.environment.merging(FakeCredentials.environment) { $1 }
                .merging(["AWS_REGION": "eu-central-1"]) { $1 })
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("%2Fus-east-1%2Fdsql%2Faws4_request"), "\(result.stdout)")
    }

    @Test func regionFlagThatContradictsTheEndpointIsSignedButWarnedAbout() throws {
        let result = try token(["--region", "us-west-2"], environment: [:])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("%2Fus-west-2%2Fdsql%2Faws4_request"))
        #expect(
            result.stderr.hasPrefix("dsql: warning: --region us-west-2 contradicts the endpoint's region us-east-1"),
            "\(result.stderr)")
    }

    /// The shell warns before it connects (the stand-in accepts any token for iam_trust).
    @Test func shellWarnsBeforeConnectingAndConnectWarnsToo() throws {
        let cluster = try TestCluster.current()
        var environment = cluster.environment.merging(FakeCredentials.environment) { $1 }
        environment.removeValue(forKey: "PGPASSWORD")
        let arguments = [
            "-h", cluster.host, "--hostaddr", cluster.hostAddress, "-p", cluster.port, "-U", "iam_trust",
            "--sslrootcert", cluster.caFile, "-X", "--region", "us-west-2",
            "-c", "select 1 as connected", "-c", "\\c - - \(cluster.host) -",
        ]
        let result = try runProcess(Binaries.dsql, arguments, environment: environment)
        #expect(
            result.stderr.hasPrefix("dsql: warning: --region us-west-2 contradicts the endpoint's region us-east-1"),
            "\(result.stderr)")
        #expect(result.stdout.contains(" connected \n"))
        let warnings = result.stderr.split(separator: "\n").filter { $0.contains("contradicts the endpoint's region") }
        #expect(warnings.count == 2, "at start and at \\connect: \(result.stderr)")
    }

    @Test func shellSignsForTheEndpointsRegionDespiteAWSRegion() throws {
        let cluster = try TestCluster.current()
        var environment = cluster.environment.merging(FakeCredentials.environment) { $1 }
        environment.removeValue(forKey: "PGPASSWORD")
        environment["AWS_REGION"] = "eu-central-1"
        let arguments = [
            "-h", cluster.host, "--hostaddr", cluster.hostAddress, "-p", cluster.port, "-U", "iam_trust",
            "--sslrootcert", cluster.caFile, "-X", "-c", "\\conninfo",
        ]
        let result = try runProcess(Binaries.dsql, arguments, environment: environment)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty, "\(result.stderr)")
        #expect(result.stdout.contains("region us-east-1"), "\(result.stdout)")
    }
}
