/// Expansion of bare DSQL cluster ids to endpoints.
public enum ClusterEndpoint {
    /// Whether `text` is a bare cluster id: exactly 26 lowercase letters and digits.
    public static func isClusterId(_ text: String) -> Bool {
        text.utf8.count == 26 && text.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7a) || ($0 >= 0x30 && $0 <= 0x39) }
    }

    /// Whether `host` is an Aurora DSQL endpoint, `*.dsql*.<region>.on.aws`, in any case
    /// (`…DSQL.US-EAST-1.ON.AWS` is one: host names are case-insensitive).
    public static func isDSQLEndpoint(_ host: String) -> Bool {
        RegionResolver.regionFromEndpoint(host) != nil
    }

    /// Whether `host` names an Aurora DSQL cluster before expansion: a bare cluster id or an
    /// endpoint. Decides IAM authentication, and refuses such a name in a host list.
    public static func namesCluster(_ host: String) -> Bool {
        isClusterId(host) || isDSQLEndpoint(host)
    }

    /// `<id>.dsql.<region>.on.aws` for a bare cluster id; any other host unchanged.
    ///
    /// - Throws: `RegionError.clusterIdNeedsRegion` for a cluster id with no region.
    public static func expand(_ host: String, region: String?) throws(RegionError) -> String {
        guard isClusterId(host) else { return host }
        guard let region, !region.isEmpty else { throw .clusterIdNeedsRegion(host) }
        return "\(host).dsql.\(region).on.aws"
    }
}
