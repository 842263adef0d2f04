@testable import SessionPolicy

/// A point in test time: seconds since the start of a test, with no clock read.
struct TestInstant: InstantProtocol, CustomStringConvertible {
    var offset: Duration

    static func seconds(_ seconds: Int) -> TestInstant { TestInstant(offset: .seconds(seconds)) }

    func advanced(by duration: Duration) -> TestInstant { TestInstant(offset: offset + duration) }
    func duration(to other: TestInstant) -> Duration { other.offset - offset }
    static func < (lhs: TestInstant, rhs: TestInstant) -> Bool { lhs.offset < rhs.offset }

    var description: String { "t+\(offset)" }
}

/// A random number generator that always returns the same value.
struct FixedRandom: RandomNumberGenerator {
    var value: UInt64

    /// The smallest jitter factor (1 − jitter).
    static let lowest = FixedRandom(value: 0)
    /// The middle: no jitter.
    static let middle = FixedRandom(value: 1 << 63)
    /// The largest jitter factor (just under 1 + jitter).
    static let highest = FixedRandom(value: .max)

    mutating func next() -> UInt64 { value }
}

typealias Lifecycle = ConnectionLifecycle<TestInstant>

extension SessionPolicy {
    /// An interactive DSQL policy: 3300 s recycling, three retries.
    static let interactiveDSQL = SessionPolicy.defaults(dsqlEndpoint: true, interactive: true)
    /// A non-interactive DSQL policy, as for `-c`, `-f` or piped input.
    static let scriptDSQL = SessionPolicy.defaults(dsqlEndpoint: true, interactive: false)
}

extension ConnectionLifecycle {
    /// `reconnectFailed` with the jitter fixed at the middle, so delays are the nominal ones.
    mutating func reconnectFailed(sqlState: String?, message: String) throws(LifecycleError) -> LifecycleAction {
        var random = FixedRandom.middle
        return try reconnectFailed(sqlState: sqlState, message: message, using: &random)
    }
}
