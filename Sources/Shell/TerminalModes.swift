import Glibc

/// The terminal's modes on stdin, saved to be put back after a child used the terminal.
struct TerminalModes {
    private let modes: termios

    /// The current modes of stdin, or nil when stdin is not a terminal.
    ///
    /// The corresponding system function is `tcgetattr`.
    static func capture() -> TerminalModes? {
        guard isatty(0) == 1 else { return nil }
        var modes = termios()
        guard tcgetattr(0, &modes) == 0 else { return nil }
        return TerminalModes(modes: modes)
    }

    /// Puts the saved modes back (SIGTTOU ignored meanwhile, should dsql not be in the foreground).
    ///
    /// The corresponding system function is `tcsetattr`.
    func restore() {
        var ignore = sigaction()
        var previous = sigaction()
        ignore.__sigaction_handler.sa_handler = SIG_IGN
        sigemptyset(&ignore.sa_mask)
        sigaction(SIGTTOU, &ignore, &previous)
        var modes = self.modes
        _ = tcsetattr(0, TCSADRAIN, &modes)
        sigaction(SIGTTOU, &previous, nil)
    }
}
