import Dispatch
import PostgresClient

/// What accompanies one statement in flight: Ctrl-C's cancel request, the "running N s"
/// ticker until the first answer, and `\timing`'s clock.
struct StatementProgress {
    /// When the statement was sent, for `\timing`; nil with timing off.
    let started: DispatchTime?
    /// The ticker on a terminal, until the first answer arrives.
    private(set) var tick: ProgressTicker.Tick?

    /// Nothing shown and nothing timed: the progress of a statement sent ahead.
    static let untracked = StatementProgress(started: nil, tick: nil)

    private init(started: DispatchTime?, tick: ProgressTicker.Tick?) {
        self.started = started
        self.tick = tick
    }

    /// Starts the clock when `timing` is on; the ticker waits for ``startTicker(_:)``.
    init(timing: Bool) {
        started = timing ? DispatchTime.now() : nil
        tick = nil
    }

    /// Starts the ticker, when there is one (on a terminal).
    mutating func startTicker(_ ticker: ProgressTicker?) {
        tick = ticker?.start()
    }

    /// Stops the ticker, if it still runs; the statement is over.
    func end() {
        tick?.stop()
    }

    /// An answer arrived: the ticker stops and its line is erased.
    mutating func answerArrived() {
        tick?.stop()
        tick = nil
    }

    /// Lets Ctrl-C cancel the statement through `canceller` until ``disarmCancel()``.
    static func armCancel(_ canceller: Canceller?) {
        if let canceller { QueryCancellation.arm(canceller) }
    }

    /// Ctrl-C no longer cancels anything.
    static func disarmCancel() { QueryCancellation.disarm() }

    /// `\timing`'s line for the time since the statement was sent; nil with timing off.
    func timingLine() -> String? {
        guard let started else { return nil }
        let milliseconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1_000_000
        return TimingText.render(milliseconds: milliseconds)
    }
}

/// psql's `\timing` line.
enum TimingText {
    /// `Time: 0.512 ms`, with `(mm:ss.fff)` and longer forms from one second up.
    static func render(milliseconds: Double) -> String {
        var text = "Time: " + NumberText.fixed(milliseconds, decimals: 3) + " ms"
        if milliseconds >= 1000 {
            let seconds = milliseconds / 1000
            let minutes = Int(seconds / 60)
            let remainder = seconds - Double(minutes * 60)
            if minutes < 60 {
                text += " (" + twoDigits(minutes) + ":" + NumberText.fixed(remainder, decimals: 3, width: 6) + ")"
            } else {
                text +=
                    " (" + twoDigits(minutes / 60) + ":" + twoDigits(minutes % 60) + ":"
                    + NumberText.fixed(remainder, decimals: 3, width: 6) + ")"
            }
        }
        return text + "\n"
    }

    /// `%02d`: at least two digits, zero-padded.
    private static func twoDigits(_ value: Int) -> String {
        (value >= 0 && value < 10 ? "0" : "") + String(value)
    }
}
