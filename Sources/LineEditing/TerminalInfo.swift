import Glibc

/// Facts about a terminal descriptor: whether it is one, and how big it is.
public enum TerminalInfo {
    /// Whether `descriptor` refers to a terminal.
    ///
    /// The corresponding system function is `isatty`.
    public static func isTerminal(_ descriptor: Int32) -> Bool {
        isatty(descriptor) == 1
    }

    /// The size the kernel reports for `descriptor`, or `nil` when it is not a
    /// terminal or reports zero.
    ///
    /// The corresponding system call is `ioctl(TIOCGWINSZ)`.
    public static func windowSize(of descriptor: Int32) -> TerminalSize? {
        var size = winsize()
        guard ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0, size.ws_row > 0 else {
            return nil
        }
        return TerminalSize(width: Int(size.ws_col), height: Int(size.ws_row))
    }

    /// The terminal's size: the kernel's answer, else `COLUMNS`/`LINES` from the
    /// environment passed in, else 80×24. Each dimension falls back on its own.
    public static func size(of descriptor: Int32, environment: [String: String]) -> TerminalSize {
        if let size = windowSize(of: descriptor) {
            return size
        }
        return fallbackSize(environment: environment)
    }

    /// `COLUMNS`/`LINES` from `environment`, else 80×24.
    public static func fallbackSize(environment: [String: String]) -> TerminalSize {
        func positive(_ name: String) -> Int? {
            guard let text = environment[name]?.trimmingSpaces(), let value = Int(text), value > 0 else {
                return nil
            }
            return value
        }
        return TerminalSize(width: positive("COLUMNS") ?? 80, height: positive("LINES") ?? 24)
    }
}
