import TestSupport
import Testing

@testable import SessionPolicy

@Suite("Backoff doubles from 100 ms, caps at 5 s, and jitters by at most 25 %")
struct BackoffTests {
    private let backoff = Backoff()

    @Test(arguments: [
        (1, Duration.milliseconds(100)), (2, .milliseconds(200)), (3, .milliseconds(400)), (4, .milliseconds(800)),
        (5, .milliseconds(1600)), (6, .milliseconds(3200)), (7, .seconds(5)), (8, .seconds(5)), (100, .seconds(5)),
    ])
    func nominalScheduleDoublesUpToTheCap(retry: Int, expected: Duration) {
        #expect(backoff.nominalDelay(beforeRetry: retry) == expected)
    }

    @Test(arguments: [
        // (retry, lowest jitter, no jitter, highest jitter)
        (1, Duration.milliseconds(75), Duration.milliseconds(100), Duration.milliseconds(125)),
        (2, .milliseconds(150), .milliseconds(200), .milliseconds(250)),
        (3, .milliseconds(300), .milliseconds(400), .milliseconds(500)),
        (6, .milliseconds(2400), .milliseconds(3200), .milliseconds(4000)),
        (7, .milliseconds(3750), .seconds(5), .seconds(5)),
    ])
    func jitterStaysWithinAQuarterEitherWayAndUnderTheCap(
        retry: Int, lowest: Duration, middle: Duration, highest: Duration
    ) {
        var low = FixedRandom.lowest
        var mid = FixedRandom.middle
        var high = FixedRandom.highest
        #expect(backoff.delay(beforeRetry: retry, using: &low) == lowest)
        #expect(backoff.delay(beforeRetry: retry, using: &mid) == middle)
        #expect(backoff.delay(beforeRetry: retry, using: &high) == highest)
    }

    @Test func everyRandomValueGivesADelayInsideTheBounds() {
        var generator = SplitMix(seed: 42)
        for retry in 1...10 {
            let nominal = backoff.nominalDelay(beforeRetry: retry)
            for _ in 0..<200 {
                let delay = backoff.delay(beforeRetry: retry, using: &generator)
                #expect(delay >= nominal * 0.75 - .milliseconds(1))
                #expect(delay <= min(nominal * 1.25 + .milliseconds(1), .seconds(5)))
            }
        }
    }

    @Test func customScheduleIsHonoured() {
        let custom = Backoff(base: .milliseconds(50), multiplier: 3, cap: .seconds(1), jitter: 0)
        var random = FixedRandom.highest
        let delays = (1...5).map { custom.delay(beforeRetry: $0, using: &random) }
        #expect(delays == [.milliseconds(50), .milliseconds(150), .milliseconds(450), .seconds(1), .seconds(1)])
    }
}
