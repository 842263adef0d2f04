/// The endpoint and region a connection signs for, resolved from flags, environment and files.
public struct AuthTarget: Sendable, Equatable {
    /// The full endpoint host (a bare cluster id expanded).
    public let host: String
    /// The signing region.
    public let region: String
    /// Where the region came from.
    public let regionOrigin: RegionResolver.Origin

    /// Resolves `hostOrClusterId` and the region.
    ///
    /// The region is `explicitRegion`, else parsed from the endpoint, else AWS_REGION, else
    /// AWS_DEFAULT_REGION, else the effective profile's `region` (read from the
    /// shared config only when needed). A bare 26-character cluster id is then
    /// expanded to `<id>.dsql.<region>.on.aws`.
    public static func resolve(
        hostOrClusterId: String, explicitRegion: String?, environment: [String: String],
        home: String, profile: String?,
        fileReader: FileReader = .local
    ) throws(AuthError) -> AuthTarget {
        let profileName = CredentialChain.effectiveProfile(profile, environment: environment)
        var profileRegion: String?
        let needsProfile =
            [explicitRegion, environment["AWS_REGION"], environment["AWS_DEFAULT_REGION"]]
            .allSatisfy { ($0?.trimmingWhitespace ?? "").isEmpty }
            && RegionResolver.regionFromEndpoint(hostOrClusterId) == nil
        if needsProfile {
            do {
                let config = try SharedConfig.load(environment: environment, home: home, fileSystem: fileReader)
                profileRegion = config.region(profile: profileName)
            } catch {
                throw .credentials(error)
            }
        }
        do {
            let (region, origin) = try RegionResolver.resolve(
                explicit: explicitRegion, environment: environment,
                endpoint: ClusterEndpoint.isClusterId(hostOrClusterId) ? nil : hostOrClusterId,
                profileRegion: profileRegion, profileName: profileName)
            let host = try ClusterEndpoint.expand(hostOrClusterId, region: region)
            return AuthTarget(host: host, region: region, regionOrigin: origin)
        } catch {
            throw .region(error)
        }
    }
}
