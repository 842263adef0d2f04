import Glibc
import LineEditing
import PostgresClient

// The SIGHUP handler's context: a C signal handler cannot capture any, so these are
// globals, written before the handler is installed.
nonisolated(unsafe) private var hangupPromptDescriptor: Int32 = -1
nonisolated(unsafe) private var hangupCount: sig_atomic_t = 0

/// Turns SIGHUP (the terminal was closed) into an orderly end of the interactive
/// session, so the history is saved instead of the process dying mid-way.
///
/// The handler only records the hangup, cancels a query in flight and wakes the line
/// editor; the input source then reports the end of input, and the usual exit path
/// saves the history (atomically, see `HistoryFile`).
public enum HangupHandling {
    /// Installs the handler; `channel` is the line editor's interrupt pipe.
    ///
    /// The corresponding system function is `sigaction`.
    public static func install(promptChannel channel: InterruptChannel) {
        hangupPromptDescriptor = channel.signalDescriptor
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in
            hangupCount = 1
            _ = QueryCancellation.cancelFromSignalHandler()
            InterruptChannel.notify(descriptor: hangupPromptDescriptor)
        }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(SIGHUP, &action, nil)
    }

    /// Whether the terminal hung up.
    public static var hungUp: Bool { hangupCount != 0 }
}
