import FoundationEssentials

/// A source of the current time, injected wherever time matters.
public struct WallClock: Sendable {
    /// Returns the current time.
    public let now: @Sendable () -> Date

    /// A clock that calls `now` for the current time.
    public init(now: @escaping @Sendable () -> Date) {
        self.now = now
    }

    /// The system's real-time clock.
    public static let system = WallClock(now: { Date() })

    /// A clock frozen at `date`, for tests and reproducible tokens.
    public static func fixed(_ date: Date) -> WallClock {
        WallClock(now: { date })
    }
}
