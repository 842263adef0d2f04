import Glibc
import ResultFormatting

/// When and how output goes through a pager, as psql decides it (pure).
public enum PagerPolicy {
    /// The pager command: PSQL_PAGER, then PAGER, then `less -SRXF` (or `more` without less).
    /// An empty PSQL_PAGER or PAGER turns paging off, as in psql.
    public static func command(environment: [String: String], lessIsInstalled: Bool) -> String? {
        for name in ["PSQL_PAGER", "PAGER"] {
            if let value = environment[name] {
                return value.trimmingCharacters(in: " \t") == "" ? nil : value
            }
        }
        return lessIsInstalled ? "less -SRXF" : "more"
    }

    /// Whether `text` should be paged on a terminal of `size`.
    ///
    /// Never when output is not a terminal; always with `\pset pager always`; with
    /// `on`, when the text is taller than the screen (and at least `minimumLines`
    /// lines) or wider than it.
    public static func shouldPage(
        _ text: [UInt8], use: PrintOptions.PagerUse, minimumLines: Int,
        outputIsTerminal: Bool, width: Int, height: Int
    ) -> Bool {
        guard outputIsTerminal else { return false }
        switch use {
        case .off: return false
        case .always: return true
        case .on: break
        }
        var lines = 0
        var widest = 0
        var current = 0
        for byte in text {
            if byte == UInt8(ascii: "\n") {
                lines += 1
                widest = max(widest, current)
                current = 0
            } else if byte & 0xC0 != 0x80 {
                current += 1
            }
        }
        widest = max(widest, current)
        return (lines >= height && lines >= minimumLines) || widest > width
    }
}

extension String {
    /// The string without leading and trailing characters in `set`.
    func trimmingCharacters(in set: String) -> String {
        let characters = Set(set)
        let trimmedStart = drop { characters.contains($0) }
        return String(trimmedStart.reversed().drop { characters.contains($0) }.reversed())
    }
}

/// Sends one piece of output through the pager command and waits for it.
enum PagerProcess {
    /// Writes `text` to `command`'s stdin; false when the pager could not be started.
    static func show(_ text: [UInt8], command: String) -> Bool {
        guard let stream = popen(command, "w") else { return false }
        let previous = signal(SIGPIPE, SIG_IGN)
        defer { signal(SIGPIPE, previous) }
        let sink = FileSink(descriptor: fileno(stream))
        text.withUnsafeBytes { sink.write($0) }
        sink.flush()
        pclose(stream)
        return true
    }
}
