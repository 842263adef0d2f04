import DSQLAuth

/// What a libpq host setting names: one network host, a Unix-domain socket, or a list.
///
/// libpq takes `/dir` (or `@name`, an abstract socket) as a socket and `a,b` as hosts to
/// try in turn. A socket has no TLS whatever sslmode says, and a list can fall back from
/// a verified endpoint to such a socket, so neither may carry an IAM token.
public enum HostKind: Equatable, Sendable {
    case network
    case socket
    case list([String])

    /// Reads a host setting as libpq would.
    public init(_ host: String) {
        if host.contains(",") {
            self = .list(host.split(separator: ",", omittingEmptySubsequences: false).map(String.init))
        } else {
            self = Self.isSocketPath(host) ? .socket : .network
        }
    }

    /// Whether libpq takes `host` as a Unix-domain socket folder (or abstract socket name).
    public static func isSocketPath(_ host: String) -> Bool {
        host.hasPrefix("/") || host.hasPrefix("@")
    }

    /// Refuses a socket path or host list where a token would be sent (`usesIAM`) or a list
    /// names a DSQL endpoint or cluster id.
    public static func check(_ host: String, usesIAM: Bool) throws(SettingsError) {
        switch HostKind(host) {
        case .network:
            return
        case .socket:
            guard usesIAM else { return }
            throw .socketWithIAM(host)
        case .list(let names):
            let namesDSQL = names.contains(where: ClusterEndpoint.namesCluster)
            guard usesIAM || namesDSQL else { return }
            throw .hostListWithIAM(host)
        }
    }
}
