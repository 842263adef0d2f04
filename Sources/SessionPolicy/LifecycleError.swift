/// An event the session reported in a state where it cannot happen: a bug in the session loop.
public enum LifecycleError: Error, Equatable, Sendable, CustomStringConvertible {
    /// `event` arrived while the lifecycle was in `state`.
    case unexpectedEvent(event: String, state: String)

    public var description: String {
        switch self {
        case .unexpectedEvent(let event, let state): "connection lifecycle: \(event) while \(state)"
        }
    }
}
