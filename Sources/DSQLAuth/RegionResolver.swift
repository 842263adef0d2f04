/// Pure resolution of the AWS region a token is signed for.
public enum RegionResolver {
    /// Where a resolved region came from.
    public enum Origin: String, Sendable, Equatable {
        case explicit
        case awsRegion = "AWS_REGION"
        case awsDefaultRegion = "AWS_DEFAULT_REGION"
        case endpoint
        case profile
    }

    /// The region: `explicit`, else parsed from `endpoint`, else AWS_REGION, else
    /// AWS_DEFAULT_REGION, else `profileRegion`. Empty values count as unset.
    ///
    /// The endpoint's own region comes before the environment, as in the AWS connectors:
    /// a token signed for another region than the cluster's always fails, and CloudShell
    /// and Lambda set AWS_REGION to wherever they run.
    ///
    /// - Throws: `RegionError.notFound` when every source is empty.
    public static func resolve(
        explicit: String?, environment: [String: String], endpoint: String?,
        profileRegion: String?, profileName: String = "default"
    )
        throws(RegionError) -> (region: String, origin: Origin)
    {
        func value(_ text: String?) -> String? {
            guard let trimmed = text?.trimmingWhitespace, !trimmed.isEmpty else { return nil }
            return trimmed
        }
        if let region = value(explicit) { return (region, .explicit) }
        if let endpoint, let region = regionFromEndpoint(endpoint) { return (region, .endpoint) }
        if let region = value(environment["AWS_REGION"]) { return (region, .awsRegion) }
        if let region = value(environment["AWS_DEFAULT_REGION"]) { return (region, .awsDefaultRegion) }
        if let region = value(profileRegion) { return (region, .profile) }
        throw .notFound(endpoint: endpoint, profile: profileName)
    }

    /// The region in a DSQL endpoint, matching `\.dsql[^.]*\.([^.]+)\.on\.aws$` without
    /// regard to case (host names are case-insensitive); the region comes back in lower case.
    public static func regionFromEndpoint(_ endpoint: String) -> String? {
        let labels = endpoint.lowercased().split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard labels.count >= 5, labels[labels.count - 1] == "aws", labels[labels.count - 2] == "on" else { return nil }
        let region = labels[labels.count - 3]
        let service = labels[labels.count - 4]
        guard !region.isEmpty, service.hasPrefix("dsql") else { return nil }
        return region
    }

    /// A warning when `explicit` (`--region`) names another region than `endpoint`'s own:
    /// a token signed for the wrong region fails authentication. Nil when they agree or
    /// either is missing.
    public static func contradiction(explicit: String?, endpoint: String) -> String? {
        guard let explicit = explicit?.trimmingWhitespace, !explicit.isEmpty,
            let own = regionFromEndpoint(endpoint), own != explicit.lowercased()
        else { return nil }
        return "--region \(explicit) contradicts the endpoint's region \(own) (\(endpoint)); "
            + "the token is signed for \(explicit), and DSQL accepts only tokens signed for the cluster's own region"
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and newlines.
    var trimmingWhitespace: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }),
            let last = lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(self[first...last])
    }
}
