import DSQLAuth
import Testing

@testable import Shell

/// Which region `IAMTokenSource` signs for when `\connect` moves to another endpoint.
@Suite struct IAMTokenSourceTests {
    /// Fixed test credentials (not real keys).
    private struct FixedCredentials: CredentialProvider {
        var name: String { "fixed" }
        func resolve() throws(CredentialError) -> AWSCredentials? {
            AWSCredentials(accessKeyId: "AKIDEXAMPLE", secretAccessKey: "example/secret/key", source: .environment)
        }
    }

    private func source(region: String, origin: RegionResolver.Origin) throws -> IAMTokenSource {
        IAMTokenSource(
            provider: try TokenProvider(credentials: FixedCredentials()), region: region, regionOrigin: origin)
    }

    private static let west = "bbbbbbbbbbbbbbbbbbbbbbbbbb.dsql.us-west-2.on.aws"
    private static let east = "abcdefghijklmnopqrstuvwxyz.dsql.us-east-1.on.aws"

    /// Only `--region` outranks an endpoint's own region; AWS_REGION (set by CloudShell and
    /// Lambda to wherever they run) does not, on `\connect` as at start-up.
    @Test(arguments: [RegionResolver.Origin.endpoint, .profile, .awsRegion, .awsDefaultRegion])
    func aNewEndpointBringsItsOwnRegionUnlessRegionWasGiven(origin: RegionResolver.Origin) throws {
        let tokens = try source(region: "us-east-1", origin: origin)
        #expect(tokens.signingRegion(for: Self.east) == "us-east-1")
        #expect(tokens.signingRegion(for: Self.west) == "us-west-2")
        #expect(tokens.signingRegion(for: "db.internal.example") == "us-east-1", "a host without a region keeps it")
        _ = try tokens.password(host: Self.west, port: 5432, user: "admin")
        #expect(tokens.authenticationSummary.contains("region us-west-2"), "\(tokens.authenticationSummary)")
    }

    @Test func regionGivenWithTheRegionFlagHoldsForEveryHost() throws {
        let tokens = try source(region: "eu-west-1", origin: .explicit)
        #expect(tokens.signingRegion(for: Self.west) == "eu-west-1")
        _ = try tokens.password(host: Self.east, port: 5432, user: "admin")
        #expect(tokens.authenticationSummary.contains("region eu-west-1"), "\(tokens.authenticationSummary)")
    }
}
