/// Why a connection could not be made or could not be used.
public enum ConnectionError: Error, Sendable, Equatable, CustomStringConvertible {
    /// libpq could not connect; the message is libpq's, without a trailing newline.
    case connectFailed(String)
    /// The connection was lost or unusable while sending or receiving.
    case connectionLost(String)
    /// libpq could not even allocate a connection object.
    case outOfMemory
    /// The server asked for a password and none was given; libpq's message.
    case passwordNeeded(String)
    /// libpq refused a local operation on an open connection (e.g. encrypting a password).
    case commandFailed(String)

    public var description: String {
        switch self {
        case .connectFailed(let message), .connectionLost(let message), .passwordNeeded(let message),
            .commandFailed(let message):
            message
        case .outOfMemory: "out of memory"
        }
    }
}
