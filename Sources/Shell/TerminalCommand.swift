import Glibc

/// Runs a command that owns the terminal while it runs, as psql's `system(3)` does.
///
/// The child stays in dsql's process group, so it is in the terminal's foreground
/// group and may read the keyboard (a child in a group of its own is stopped by
/// SIGTTIN the moment it reads). It starts with no signal blocked and the default
/// action for the job-control and interrupt signals; while it runs dsql ignores
/// SIGINT and SIGQUIT (Ctrl-C belongs to the child), and afterwards the terminal's
/// modes are put back as they were, whatever the child left behind.
enum TerminalCommand {
    /// Why the command could not be started.
    struct LaunchFailure: Error, CustomStringConvertible {
        /// The program that could not be started.
        let program: String
        /// The system's reason.
        let reason: String

        var description: String { "could not start \(program): \(reason)" }
    }

    /// The shell bare `\!` starts: `$SHELL`, else `/bin/sh`.
    static func interactiveShell(environment: [String: String]) -> String {
        if let shell = environment["SHELL"], !shell.isEmpty { return shell }
        return "/bin/sh"
    }

    /// The `/bin/sh -c` line for `\!` with `command` (bare `\!` execs the user's shell).
    static func shellLine(for command: String, environment: [String: String]) -> String {
        command.isEmpty ? "exec " + interactiveShell(environment: environment) : command
    }

    /// Runs `/bin/sh -c line` on the terminal and waits for it.
    ///
    /// - Returns: the exit status, or 128 + the signal that ended it.
    static func run(_ line: String) throws(LaunchFailure) -> Int32 {
        let savedModes = TerminalModes.capture()
        defer { savedModes?.restore() }
        var ignore = sigaction()
        ignore.__sigaction_handler.sa_handler = SIG_IGN
        sigemptyset(&ignore.sa_mask)
        var previousInterrupt = sigaction()
        var previousQuit = sigaction()
        sigaction(SIGINT, &ignore, &previousInterrupt)
        sigaction(SIGQUIT, &ignore, &previousQuit)
        defer {
            sigaction(SIGINT, &previousInterrupt, nil)
            sigaction(SIGQUIT, &previousQuit, nil)
        }

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        var defaults = sigset_t()
        sigemptyset(&noSignals)
        sigemptyset(&defaults)
        for signal in [SIGINT, SIGQUIT, SIGPIPE, SIGCHLD, SIGTSTP, SIGTTIN, SIGTTOU, SIGHUP, SIGTERM, SIGWINCH] {
            sigaddset(&defaults, signal)
        }
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let words: [String] = ["/bin/sh", "-c", line]
        let arguments = words.map { strdup($0) } + [nil]
        defer { arguments.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, "/bin/sh", nil, &attributes, arguments, environ)
        guard spawned == 0 else { throw LaunchFailure(program: "/bin/sh", reason: String(cString: strerror(spawned))) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else { return 127 }
        }
        let signal = status & 0x7f
        return signal == 0 ? (status >> 8) & 0xff : 128 + signal
    }
}
