import Glibc
import Synchronization

/// Installs a SIGINT handler that forwards the signal into an `InterruptChannel`.
///
/// A C signal handler cannot carry context, so the write end of the channel lives in
/// the one process-wide value this module keeps (`target`): it is what the handler
/// reads, and it is an atomic so the handler never sees a torn value. The handler is
/// installed without `SA_RESTART` and does nothing but `write(2)` one byte.
public enum SIGINTForwarding {
    /// The descriptor the handler writes to, or -1. A global because a C signal
    /// handler has no other way to find it.
    private static let target = Atomic<Int32>(-1)

    /// A previously installed SIGINT disposition, to hand back to `restore(_:)`.
    public struct Previous: @unchecked Sendable {
        fileprivate let action: sigaction
        fileprivate let descriptor: Int32
    }

    /// Routes SIGINT to `channel` from now on; returns what to restore later.
    ///
    /// The corresponding system function is `sigaction`.
    @discardableResult
    public static func install(to channel: InterruptChannel) -> Previous {
        let previousDescriptor = target.exchange(channel.signalDescriptor, ordering: .sequentiallyConsistent)
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in
            let descriptor = SIGINTForwarding.target.load(ordering: .relaxed)
            if descriptor >= 0 {
                InterruptChannel.notify(descriptor: descriptor)
            }
        }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        var old = sigaction()
        _ = sigaction(SIGINT, &action, &old)
        return Previous(action: old, descriptor: previousDescriptor)
    }

    /// Puts back the disposition `install(to:)` replaced.
    public static func restore(_ previous: Previous) {
        var action = previous.action
        _ = sigaction(SIGINT, &action, nil)
        target.store(previous.descriptor, ordering: .sequentiallyConsistent)
    }

    /// Whether SIGINT currently has its default action (which would end the process).
    public static func isDefaultDisposition() -> Bool {
        var current = sigaction()
        guard sigaction(SIGINT, nil, &current) == 0 else {
            return false
        }
        return current.__sigaction_handler.sa_handler == nil
    }
}
