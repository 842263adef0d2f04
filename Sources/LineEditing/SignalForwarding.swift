import Glibc
import Synchronization

/// Installs SIGINT and SIGWINCH handlers that forward into an `InterruptChannel`.
///
/// A C signal handler cannot carry context, so the channel's write end lives in the
/// only process-wide values this module keeps (`interruptTarget`, `resizeTarget`):
/// atomics, so a handler never sees a torn value. Each handler does nothing but
/// `write(2)` one byte. SIGINT is installed without `SA_RESTART` (a blocked system
/// call should notice Ctrl-C); SIGWINCH with it.
public enum SignalForwarding {
    /// Which signal to forward.
    public enum Kind: Sendable {
        /// SIGINT (Ctrl-C): `readLine` returns `.interrupted`.
        case interrupt
        /// SIGWINCH (window resized): `readLine` re-reads the size and redraws.
        case resize

        var signal: Int32 {
            switch self {
            case .interrupt: return SIGINT
            case .resize: return SIGWINCH
            }
        }
    }

    /// Write end for SIGINT, or -1. A global because a C signal handler has no other
    /// way to find it.
    private static let interruptTarget = Atomic<Int32>(-1)
    /// Write end for SIGWINCH, or -1. A global for the same reason.
    private static let resizeTarget = Atomic<Int32>(-1)

    /// A replaced disposition, to hand back to `restore(_:)`.
    public struct Previous: @unchecked Sendable {
        fileprivate let kind: Kind
        fileprivate let action: sigaction
        fileprivate let descriptor: Int32
    }

    /// Routes `kind`'s signal to `channel` from now on; returns what to restore later.
    ///
    /// The corresponding system function is `sigaction`.
    @discardableResult
    public static func install(_ kind: Kind, to channel: InterruptChannel) -> Previous {
        var action = sigaction()
        sigemptyset(&action.sa_mask)
        let previousDescriptor: Int32
        switch kind {
        case .interrupt:
            previousDescriptor = interruptTarget.exchange(channel.signalDescriptor, ordering: .sequentiallyConsistent)
            action.__sigaction_handler.sa_handler = { _ in
                InterruptChannel.notify(descriptor: SignalForwarding.interruptTarget.load(ordering: .relaxed))
            }
            action.sa_flags = 0
        case .resize:
            previousDescriptor = resizeTarget.exchange(channel.signalDescriptor, ordering: .sequentiallyConsistent)
            action.__sigaction_handler.sa_handler = { _ in
                InterruptChannel.notifyResize(descriptor: SignalForwarding.resizeTarget.load(ordering: .relaxed))
            }
            action.sa_flags = Int32(SA_RESTART)
        }
        var old = sigaction()
        _ = sigaction(kind.signal, &action, &old)
        return Previous(kind: kind, action: old, descriptor: previousDescriptor)
    }

    /// Puts back the disposition `install(_:to:)` replaced.
    ///
    /// The corresponding system function is `sigaction`.
    public static func restore(_ previous: Previous) {
        var action = previous.action
        _ = sigaction(previous.kind.signal, &action, nil)
        switch previous.kind {
        case .interrupt: interruptTarget.store(previous.descriptor, ordering: .sequentiallyConsistent)
        case .resize: resizeTarget.store(previous.descriptor, ordering: .sequentiallyConsistent)
        }
    }

    /// Whether `kind`'s signal has its default action (for SIGINT: ending the process).
    public static func isDefaultDisposition(_ kind: Kind) -> Bool {
        var current = sigaction()
        guard sigaction(kind.signal, nil, &current) == 0 else {
            return false
        }
        return current.__sigaction_handler.sa_handler == nil
    }
}
