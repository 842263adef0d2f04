import Dispatch
import FoundationEssentials

/// Shows "running 3.2 s — Ctrl-C cancels" on a terminal while a query runs longer
/// than a second, and erases it when results come.
public final class ProgressTicker: @unchecked Sendable {
    private let errors: FileSink
    private let queue = DispatchQueue(label: "dsql.progress")

    public init(errors: FileSink) { self.errors = errors }

    /// Starts ticking for one query.
    public func start() -> Tick { Tick(errors: errors, queue: queue) }

    /// One query's ticker; `stop()` erases the line if it was shown.
    public final class Tick: @unchecked Sendable {
        private let errors: FileSink
        private let queue: DispatchQueue
        private let timer: DispatchSourceTimer
        private let started = Date()
        private var shown = false
        private var stopped = false

        init(errors: FileSink, queue: DispatchQueue) {
            self.errors = errors
            self.queue = queue
            timer = DispatchSource.makeTimerSource(queue: queue)
            timer.schedule(deadline: .now() + 1, repeating: 0.1)
            timer.setEventHandler { [weak self] in self?.tick() }
            timer.resume()
        }

        private func tick() {
            guard !stopped else { return }
            shown = true
            let seconds = NumberText.fixed(Date().timeIntervalSince(started), decimals: 1)
            errors.write("\r\u{1B}[Krunning " + seconds + " s — Ctrl-C cancels")
            errors.flush()
        }

        /// Erases the line, if shown, so a message can be written in its place; the next
        /// tick draws it again below the message.
        public func clearLine() {
            queue.sync {
                guard shown, !stopped else { return }
                shown = false
                errors.write("\r\u{1B}[K")
                errors.flush()
            }
        }

        /// Stops ticking and erases the line (waits for a tick in progress).
        public func stop() {
            queue.sync {
                guard !stopped else { return }
                stopped = true
                timer.cancel()
                if shown {
                    errors.write("\r\u{1B}[K")
                    errors.flush()
                }
            }
        }
    }
}
