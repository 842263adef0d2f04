import Glibc

/// Reads a password from the controlling terminal with echo off, as psql's simple_prompt.
public enum PasswordPrompt {
    /// Shows `prompt` on /dev/tty and reads one line without echo; nil without a terminal.
    public static func read(_ prompt: String) -> String? {
        let terminal = open("/dev/tty", O_RDWR | O_CLOEXEC)
        guard terminal >= 0 else { return nil }
        defer { close(terminal) }
        var saved = termios()
        guard tcgetattr(terminal, &saved) == 0 else { return nil }
        var quiet = saved
        quiet.c_lflag &= ~tcflag_t(ECHO)
        _ = tcsetattr(terminal, TCSAFLUSH, &quiet)
        defer {
            _ = tcsetattr(terminal, TCSAFLUSH, &saved)
            _ = write(terminal, "\n", 1)
        }
        _ = prompt.withCString { write(terminal, $0, strlen($0)) }
        let reader = LineReader(descriptor: terminal)
        guard let line = reader.readLine() else { return nil }
        return String(decoding: line, as: UTF8.self)
    }
}
