import DSQLAuth
import SessionPolicy

extension SessionPolicy {
    /// The age limit a connection to `host` gets when `CONNECTION_MAX_AGE` is not set:
    /// 3300 s when `host` is a DSQL endpoint, none elsewhere.
    static func defaultMaxAge(host: String) -> Duration? {
        defaultMaxAge(dsqlEndpoint: ClusterEndpoint.isDSQLEndpoint(host))
    }
}
