import Glibc

// The SIGTSTP handler's context: a C signal handler cannot carry any, so the modes to
// stop with and the channel to wake are globals, written before it is installed.
nonisolated(unsafe) private var modesToStopWith = termios()
nonisolated(unsafe) private var stopModesSaved: sig_atomic_t = 0
nonisolated(unsafe) private var redrawDescriptor: Int32 = -1
nonisolated(unsafe) private var stopAction = sigaction()

/// Ctrl-Z at the prompt: the terminal gets its ordinary modes back while dsql is
/// stopped, and on `fg` the line editor's modes return and the line is redrawn once.
///
/// libedit's own signal handling is off (it signals the whole process group), so
/// this does what it would: the handler restores the modes saved before editing,
/// stops the process with the default action, and, once continued, puts the editing
/// modes back and asks the editor to redraw through `InterruptChannel`. Every call in
/// the handler is async-signal-safe (`tcgetattr`, `tcsetattr`, `sigaction`,
/// `sigprocmask`, `kill`, `write`).
enum JobControl {
    /// A replaced SIGTSTP disposition.
    struct Previous {
        fileprivate let action: sigaction
    }

    /// Installs the handler while a line is read, if SIGTSTP has its default action.
    ///
    /// - Parameters:
    ///   - descriptor: the terminal whose modes are switched.
    ///   - channel: woken to redraw after `fg`.
    static func install(terminal descriptor: Int32, channel: InterruptChannel) -> Previous? {
        var current = sigaction()
        guard sigaction(SIGTSTP, nil, &current) == 0, current.__sigaction_handler.sa_handler == nil else { return nil }
        stopModesSaved = tcgetattr(descriptor, &modesToStopWith) == 0 ? 1 : 0
        redrawDescriptor = channel.signalDescriptor
        terminalDescriptor = descriptor
        var action = sigaction()
        sigemptyset(&action.sa_mask)
        action.sa_flags = Int32(SA_RESTART)
        action.__sigaction_handler.sa_handler = { _ in
            let savedErrno = errno
            var editing = termios()
            let haveEditing = tcgetattr(terminalDescriptor, &editing) == 0
            if stopModesSaved != 0 { _ = tcsetattr(terminalDescriptor, TCSADRAIN, &modesToStopWith) }
            var defaultAction = sigaction()
            defaultAction.__sigaction_handler.sa_handler = nil
            sigemptyset(&defaultAction.sa_mask)
            _ = sigaction(SIGTSTP, &defaultAction, nil)
            var stopSignal = sigset_t()
            sigemptyset(&stopSignal)
            sigaddset(&stopSignal, SIGTSTP)
            _ = sigprocmask(SIG_UNBLOCK, &stopSignal, nil)
            _ = kill(getpid(), SIGTSTP)
            // Continued (fg): block again until the handler returns, reinstall, restore.
            _ = sigprocmask(SIG_BLOCK, &stopSignal, nil)
            _ = sigaction(SIGTSTP, &stopAction, nil)
            if haveEditing { _ = tcsetattr(terminalDescriptor, TCSADRAIN, &editing) }
            InterruptChannel.notifyRedraw(descriptor: redrawDescriptor)
            errno = savedErrno
        }
        stopAction = action
        var old = sigaction()
        _ = sigaction(SIGTSTP, &action, &old)
        return Previous(action: old)
    }

    /// Puts back the disposition `install` replaced.
    static func restore(_ previous: Previous) {
        var action = previous.action
        _ = sigaction(SIGTSTP, &action, nil)
    }
}

nonisolated(unsafe) private var terminalDescriptor: Int32 = 0
