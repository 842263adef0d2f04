import FoundationEssentials
import Synchronization

/// Caches another provider's credentials and refreshes them shortly before they lapse.
///
/// Credentials without an expiry are kept for the life of the cache. If a refresh
/// fails while the cached credentials are still valid, the cached ones are used.
public final class CachingCredentialProvider: CredentialProvider {
    /// The wrapped provider.
    public let base: any CredentialProvider
    /// Refresh this many seconds before expiry (default 5 minutes).
    public let refreshMargin: TimeInterval
    public let clock: WallClock
    private let cached = Mutex<AWSCredentials?>(nil)
    public var name: String { base.name }

    /// A cache over `base`.
    public init(_ base: any CredentialProvider, refreshMargin: TimeInterval = 300, clock: WallClock = .system) {
        self.base = base
        self.refreshMargin = refreshMargin
        self.clock = clock
    }

    public func resolve() throws(CredentialError) -> AWSCredentials? {
        let now = clock.now()
        let current = cached.withLock { $0 }
        if let current, !current.expires(within: refreshMargin, of: now) { return current }
        do {
            let fresh = try base.resolve()
            cached.withLock { $0 = fresh }
            return fresh
        } catch {
            if let current, !current.expires(within: 0, of: now) { return current }
            throw error
        }
    }

    /// Drops the cached credentials so the next call resolves afresh.
    public func invalidate() {
        cached.withLock { $0 = nil }
    }
}
