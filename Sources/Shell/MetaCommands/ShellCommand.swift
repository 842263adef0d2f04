import SystemSupport

/// Runs `/bin/sh -c` commands for backquotes, `\!` and pipes.
enum ShellCommand {
    /// The command's stdout with one trailing newline removed (psql's backquote rule);
    /// stdin and stderr are the terminal's.
    static func output(_ command: String) -> String {
        let outcome: ChildProcess.Outcome
        do {
            outcome = try ChildProcess.run(
                ["/bin/sh", "-c", command], environment: ChildProcess.currentEnvironment,
                timeout: nil, inheriting: [.stdin, .stderr])
        } catch {
            return ""
        }
        var text = String(decoding: outcome.stdout, as: UTF8.self)
        if text.hasSuffix("\n") { text.removeLast() }
        return text
    }

    /// Runs `command` (the user's `$SHELL`, else `/bin/sh`, when empty) on the terminal,
    /// in the foreground, and waits for it.
    ///
    /// - Returns: the exit status (128 + signal number if it was killed).
    static func run(_ command: String) throws(TerminalCommand.LaunchFailure) -> Int32 {
        try TerminalCommand.run(TerminalCommand.shellLine(for: command, environment: ChildProcess.currentEnvironment))
    }
}
