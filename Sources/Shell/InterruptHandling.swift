import Glibc
import LineEditing
import PostgresClient

// The SIGINT handler's context: a C signal handler cannot capture any, so these are
// globals, written before the handler is installed or only by the main thread.
nonisolated(unsafe) private var promptInterruptDescriptor: Int32 = -1
nonisolated(unsafe) private var interruptCount: sig_atomic_t = 0
nonisolated(unsafe) private var interruptTotal: sig_atomic_t = 0

/// One SIGINT handler for the whole shell: it cancels the query in flight or,
/// at the prompt, interrupts the line editor; otherwise it records the interrupt.
public enum InterruptHandling {
    /// Installs the handler; `channel` is the line editor's interrupt pipe, if any.
    public static func install(promptChannel channel: InterruptChannel?) {
        promptInterruptDescriptor = channel?.signalDescriptor ?? -1
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in
            interruptCount &+= 1
            interruptTotal &+= 1
            if QueryCancellation.cancelFromSignalHandler() { return }
            if promptInterruptDescriptor >= 0 { InterruptChannel.notify(descriptor: promptInterruptDescriptor) }
        }
        sigemptyset(&action.sa_mask)
        action.sa_flags = SA_RESTART
        sigaction(SIGINT, &action, nil)
    }

    /// How many interrupts arrived since the handler was installed (never reset):
    /// output compares it with the count it started at to stop on Ctrl-C.
    public static var total: Int32 { interruptTotal }

    /// Whether an interrupt arrived since the last call (and forgets it).
    public static func takeInterrupt() -> Bool {
        defer { interruptCount = 0 }
        return interruptCount != 0
    }
}
