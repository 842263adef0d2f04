/// Exponential backoff with jitter for retrying optimistic-concurrency conflicts.
///
/// The delay before retry `n` (1-based) is `base × multiplier^(n−1)`, scaled by a
/// random factor in `1 ± jitter`, and never more than `cap`. The defaults follow
/// the AWS DSQL connectors: 100 ms, ×2, 5 s cap, ±25 %.
public struct Backoff: Equatable, Sendable {
    /// The delay before the first retry, before jitter.
    public var base: Duration
    /// How much longer each delay is than the one before.
    public var multiplier: Double
    /// The longest delay, after jitter.
    public var cap: Duration
    /// The largest fraction by which jitter moves a delay either way (0.25 is ±25 %).
    public var jitter: Double

    /// Creates a backoff schedule; the defaults are the AWS connectors'.
    public init(
        base: Duration = .milliseconds(100), multiplier: Double = 2, cap: Duration = .seconds(5), jitter: Double = 0.25
    ) {
        self.base = base
        self.multiplier = multiplier
        self.cap = cap
        self.jitter = jitter
    }

    /// The delay before retry `retry` (1 for the first), before jitter and capped, in whole milliseconds.
    public func nominalDelay(beforeRetry retry: Int) -> Duration {
        var seconds = base.seconds
        var step = 1
        while step < retry, seconds < cap.seconds {
            seconds *= multiplier
            step += 1
        }
        return Self.wholeMilliseconds(min(seconds, cap.seconds))
    }

    /// The delay before retry `retry`, with jitter drawn from `random`, in whole milliseconds.
    ///
    /// The generator is injected so tests can fix it; the session passes a
    /// `SystemRandomNumberGenerator`.
    public func delay(beforeRetry retry: Int, using random: inout some RandomNumberGenerator) -> Duration {
        // 53 random bits give a uniform fraction in [0, 1); a generator stuck at
        // UInt64.max gives the largest fraction below 1.
        let unit = Double(random.next() >> 11) * 0x1p-53
        let factor = 1 + jitter * (2 * unit - 1)
        let seconds = nominalDelay(beforeRetry: retry).seconds * factor
        return Self.wholeMilliseconds(min(max(seconds, 0), cap.seconds))
    }

    /// Rounds seconds to whole milliseconds, so delays compare and print exactly.
    private static func wholeMilliseconds(_ seconds: Double) -> Duration {
        .milliseconds(Int64((seconds * 1000).rounded()))
    }
}
