/// Why a `LineEditor` (or its interrupt channel) could not be set up.
public enum LineEditorError: Error, Sendable, Equatable, CustomStringConvertible {
    /// `el_init_fd` or `history_init` returned NULL.
    case libeditInitializationFailed(function: String)
    /// A system call failed while preparing the editor.
    case systemCall(name: String, reason: String)

    public var description: String {
        switch self {
        case .libeditInitializationFailed(let function):
            return "could not initialise line editing: \(function) failed"
        case .systemCall(let name, let reason):
            return "could not initialise line editing: \(name): \(reason)"
        }
    }
}
