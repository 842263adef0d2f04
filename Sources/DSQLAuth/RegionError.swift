/// Why no AWS region could be determined.
public enum RegionError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No explicit region, no AWS_REGION/AWS_DEFAULT_REGION, no region in the endpoint or profile.
    case notFound(endpoint: String?, profile: String)
    /// A bare cluster id was given but no region to expand it with.
    case clusterIdNeedsRegion(String)

    /// What was tried and how to fix it.
    public var description: String {
        switch self {
        case .notFound(let endpoint, let profile):
            let place = endpoint.map { "the endpoint \"\($0)\" does not name one" } ?? "no endpoint was given"
            return "cannot determine the AWS region: no --region, AWS_REGION or AWS_DEFAULT_REGION, "
                + "\(place), and profile `\(profile)` has no `region`; pass --region REGION"
        case .clusterIdNeedsRegion(let id):
            return "cannot expand cluster id \"\(id)\" to an endpoint without a region; "
                + "pass --region REGION or the full endpoint \(id).dsql.<region>.on.aws"
        }
    }
}
