import FoundationEssentials
import Glibc

/// `\watch [SECONDS]`: runs the query buffer (or the previous query) every SECONDS
/// seconds (default 2) until Ctrl-C or an error, as psql 15 does.
///
/// Each run is titled `<date> (every Ns)` (after `\pset title`, when set, and a tab);
/// the date is `strftime("%c")` in local time, as psql prints it. The pager is off.
enum WatchCommand {
    static let all = [
        MetaCommand(names: ["watch"], usage: "\\watch [SECONDS]", summary: "execute query every SECONDS seconds") {
            invocation in
            watch(&invocation)
        }
    ]

    /// psql 15's interval: a number; zero, negative or unreadable means 1 second.
    static func interval(_ argument: String?) -> Double {
        guard let argument else { return 2 }
        let leading = argument.prefix { $0.isNumber || $0 == "." || $0 == "-" || $0 == "+" || $0 == "e" || $0 == "E" }
        guard let value = Double(leading), value > 0, value.isFinite else { return 1 }
        return value
    }

    /// The title line for one run.
    static func title(userTitle: String?, date: String, interval: Double) -> String {
        (userTitle.map { $0 + "\t" } ?? "") + "\(date) (every \(NumberText.general(interval))s)\n"
    }

    private static func watch(_ invocation: inout MetaInvocation) -> MetaOutcome {
        if let refusal = QueryBufferCommands.refusedInPipeline(&invocation) {
            invocation.discardArguments()
            invocation.loop.scanner.resetQueryBuffer()
            return refusal
        }
        let seconds = interval(invocation.argument(stripSemicolons: true))
        let loop = invocation.loop
        let session = invocation.session
        var sql = loop.scanner.queryBuffer
        loop.scanner.resetQueryBuffer()
        if sql.isEmpty { sql = session.previousQuery ?? "" }
        guard !sql.allSatisfy(\.isWhitespace) else {
            return invocation.fail("\\watch cannot be used with an empty query")
        }
        let userTitle = session.printOptions.title
        let userPager = session.printOptions.pager
        defer {
            session.printOptions.title = userTitle
            session.printOptions.pager = userPager
        }
        // As psql (without PSQL_WATCH_PAGER): no pager, each run is printed as it comes.
        session.printOptions.pager = .off
        _ = InterruptHandling.takeInterrupt()
        while true {
            session.printOptions.title = title(userTitle: userTitle, date: currentDate(), interval: seconds)
            let outcome = loop.send(sql, options: Session.QueryOptions())
            let interrupted = InterruptHandling.takeInterrupt()
            switch outcome {
            case .success: break
            case .failed: return interrupted ? endedByCtrlC(session) : .failed
            case .connectionLost: return .failed
            }
            if interrupted || sleepUnlessInterrupted(seconds) { return endedByCtrlC(session) }
        }
    }

    /// Ends the watch after Ctrl-C: the terminal echoed `^C` with no line end, so the
    /// next prompt starts on a line of its own.
    private static func endedByCtrlC(_ session: Session) -> MetaOutcome {
        if isatty(STDOUT_FILENO) == 1 {
            session.standardOutput.write("\n")
            session.standardOutput.flush()
        }
        return .done
    }

    /// Sleeps `seconds` in small steps; true when Ctrl-C came first.
    private static func sleepUnlessInterrupted(_ seconds: Double) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if InterruptHandling.takeInterrupt() { return true }
            usleep(UInt32(min(50_000, max(1_000, deadline.timeIntervalSinceNow * 1_000_000))))
        }
        return InterruptHandling.takeInterrupt()
    }

    /// Now, as `strftime("%c")` writes it in local time.
    private static func currentDate() -> String {
        var now = time(nil)
        var parts = tm()
        localtime_r(&now, &parts)
        var buffer = [CChar](repeating: 0, count: 128)
        let count = strftime(&buffer, buffer.count, "%c", &parts)
        return String(decoding: buffer.prefix(count).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
