import Foundation
import Testing

@testable import DSQLAuth

@Suite struct RegionResolutionTests {
    static let endpoint = "abcdefghijklmnopqrstuvwxyz.dsql.us-east-1.on.aws"

    @Test(
        arguments: [
            // (explicit, AWS_REGION, AWS_DEFAULT_REGION, endpoint, profile region) → region, origin
            (
                "eu-west-1", "us-west-2", "ap-south-1", endpoint, "sa-east-1", "eu-west-1",
                RegionResolver.Origin.explicit
            ),
            // The endpoint's own region outranks the environment (CloudShell and Lambda set AWS_REGION).
            (nil, "us-west-2", "ap-south-1", endpoint, "sa-east-1", "us-east-1", .endpoint),
            ("", "us-west-2", nil, endpoint, nil, "us-east-1", .endpoint),
            (nil, nil, "ap-south-1", "ABCDEFGHIJKLMNOPQRSTUVWXYZ.DSQL.US-EAST-1.ON.AWS", nil, "us-east-1", .endpoint),
            (nil, "us-west-2", "ap-south-1", "db.example.com", "sa-east-1", "us-west-2", .awsRegion),
            ("", "us-west-2", nil, nil, nil, "us-west-2", .awsRegion),
            (nil, nil, "ap-south-1", "db.example.com", "sa-east-1", "ap-south-1", .awsDefaultRegion),
            (nil, "", "ap-south-1", nil, nil, "ap-south-1", .awsDefaultRegion),
            (nil, nil, nil, endpoint, "sa-east-1", "us-east-1", .endpoint),
            (nil, nil, nil, "x.dsql-fnh4.eu-central-1.on.aws", nil, "eu-central-1", .endpoint),
            (nil, nil, nil, "db.example.com", "sa-east-1", "sa-east-1", .profile),
        ] as [(String?, String?, String?, String?, String?, String, RegionResolver.Origin)])
    func regionFollowsPrecedence(
        _ explicit: String?, _ region: String?, _ defaultRegion: String?,
        _ endpoint: String?, _ profile: String?, _ expected: String,
        _ origin: RegionResolver.Origin
    ) throws {
        var environment: [String: String] = [:]
        environment["AWS_REGION"] = region
        environment["AWS_DEFAULT_REGION"] = defaultRegion
        let result = try RegionResolver.resolve(
            explicit: explicit, environment: environment, endpoint: endpoint,
            profileRegion: profile)
        #expect(result.region == expected)
        #expect(result.origin == origin)
    }

    @Test func regionFlagThatContradictsTheEndpointIsWarnedAbout() throws {
        let warning = try #require(RegionResolver.contradiction(explicit: "us-west-2", endpoint: Self.endpoint))
        #expect(warning.contains("--region us-west-2"))
        #expect(warning.contains("us-east-1"))
        #expect(RegionResolver.contradiction(explicit: "us-east-1", endpoint: Self.endpoint) == nil)
        #expect(RegionResolver.contradiction(explicit: "US-EAST-1", endpoint: Self.endpoint) == nil)
        #expect(RegionResolver.contradiction(explicit: nil, endpoint: Self.endpoint) == nil)
        #expect(RegionResolver.contradiction(explicit: "us-west-2", endpoint: "db.example.com") == nil)
    }

    @Test func targetPrefersTheEndpointsRegionToAWSRegion() throws {
        let target = try AuthTarget.resolve(
            hostOrClusterId: "bbbbbbbbbbbbbbbbbbbbbbbbbb.dsql.us-west-2.on.aws", explicitRegion: nil,
            environment: ["AWS_REGION": "eu-central-1"], home: "/nonexistent", profile: nil)
        #expect(target.region == "us-west-2")
        #expect(target.regionOrigin == .endpoint)
    }

    @Test func noRegionAnywhereIsATypedErrorThatSaysWhatToDo() {
        #expect(throws: RegionError.notFound(endpoint: "db.example.com", profile: "dev")) {
            try RegionResolver.resolve(
                explicit: nil, environment: [:], endpoint: "db.example.com",
                profileRegion: nil, profileName: "dev")
        }
        let message = RegionError.notFound(endpoint: "db.example.com", profile: "dev").description
        #expect(message.contains("--region"))
        #expect(message.contains("AWS_REGION"))
        #expect(message.contains("`dev`"))
    }

    @Test(
        arguments: [
            ("abc.dsql.us-east-1.on.aws", "us-east-1"),
            ("abc.dsql-xyz.ap-northeast-2.on.aws", "ap-northeast-2"),
            ("a.b.dsql.eu-west-3.on.aws", "eu-west-3"),
            ("ABC.DSQL.US-EAST-1.ON.AWS", "us-east-1"),
            ("abc.Dsql-Xyz.Eu-West-1.On.Aws", "eu-west-1"),
            ("abc.dsql.us-east-1.on.aws.evil.com", nil),
            ("abc.notdsql.us-east-1.on.aws", nil),
            ("abc.dsql.on.aws", nil),
            ("abc.dsql..on.aws", nil),
            ("localhost", nil),
            ("abc.rds.us-east-1.amazonaws.com", nil),
        ] as [(String, String?)])
    func regionIsParsedFromDSQLEndpoints(_ endpoint: String, _ expected: String?) {
        #expect(RegionResolver.regionFromEndpoint(endpoint) == expected)
    }

    @Test(arguments: [
        ("abcdefghijklmnopqrstuvwxyz", "us-east-1", "abcdefghijklmnopqrstuvwxyz.dsql.us-east-1.on.aws"),
        ("a1b2c3d4e5f6g7h8i9j0k1l2m3", "eu-west-1", "a1b2c3d4e5f6g7h8i9j0k1l2m3.dsql.eu-west-1.on.aws"),
        ("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "us-east-1", "ABCDEFGHIJKLMNOPQRSTUVWXYZ"), // not lowercase
        ("abcdefghijklmnopqrstuvwxy", "us-east-1", "abcdefghijklmnopqrstuvwxy"), // 25 characters
        ("abcdefghijklmnopqrstuvwxyz0", "us-east-1", "abcdefghijklmnopqrstuvwxyz0"),
        ("abcdefghijklmnopqrstuvwx-z", "us-east-1", "abcdefghijklmnopqrstuvwx-z"),
        ("localhost", "us-east-1", "localhost"),
    ])
    func bareClusterIdsExpandToEndpoints(_ input: String, _ region: String, _ expected: String) throws {
        #expect(try ClusterEndpoint.expand(input, region: region) == expected)
    }

    @Test func clusterIdWithoutRegionIsATypedError() {
        #expect(throws: RegionError.clusterIdNeedsRegion("abcdefghijklmnopqrstuvwxyz")) {
            try ClusterEndpoint.expand("abcdefghijklmnopqrstuvwxyz", region: nil)
        }
    }

    @Test func targetUsesTheProfileRegionForABareClusterId() throws {
        let home = try TemporaryDirectory()
        try home.write(".aws/config", "[default]\nregion = us-east-2\n[profile dev]\nregion = eu-north-1\n")
        let target = try AuthTarget.resolve(
            hostOrClusterId: "abcdefghijklmnopqrstuvwxyz", explicitRegion: nil,
            environment: [:], home: home.path, profile: "dev")
        #expect(target.host == "abcdefghijklmnopqrstuvwxyz.dsql.eu-north-1.on.aws")
        #expect(target.regionOrigin == .profile)
        let viaDefault = try AuthTarget.resolve(
            hostOrClusterId: "abcdefghijklmnopqrstuvwxyz", explicitRegion: nil,
            environment: [:], home: home.path, profile: nil)
        #expect(viaDefault.region == "us-east-2")
        let fromEndpoint = try AuthTarget.resolve(
            hostOrClusterId: Self.endpoint, explicitRegion: nil,
            environment: [:], home: home.path, profile: "dev")
        #expect(fromEndpoint.region == "us-east-1")
        #expect(fromEndpoint.regionOrigin == .endpoint)
    }
}
