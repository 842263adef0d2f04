import SystemSupport

/// Why a request to a credential endpoint failed, as text ready for a message (it never
/// contains request headers).
enum HTTPFailure: Error, Equatable {
    case resolve(String)
    case connect(String)
    case timedOut(String)
    case io(String)

    /// A failure to connect to `host:port`, in the client's words.
    init(connecting failure: TCPSocket.Failure, host: String, port: Int) {
        switch failure {
        case .resolve(let reason): self = .resolve("cannot resolve \(host): \(reason)")
        case .noAddress: self = .connect("no address for \(host)")
        case .connect(let reason, afterWaiting: false): self = .connect(reason)
        case .connect(let reason, afterWaiting: true): self = .connect("connecting to \(host):\(port): \(reason)")
        case .timedOut: self = .timedOut("timed out connecting to \(host):\(port)")
        case .io(let reason): self = .io(reason)
        }
    }

    /// A failure while `doing` something on a connected socket (`sending the request`).
    init(_ failure: TCPSocket.Failure, doing: String) {
        switch failure {
        case .timedOut: self = .timedOut("timed out \(doing)")
        case .io(let reason), .resolve(let reason), .connect(let reason, _): self = .io(reason)
        case .noAddress: self = .io("no address")
        }
    }

    /// The failure as text.
    var text: String {
        switch self {
        case .resolve(let text), .connect(let text), .timedOut(let text), .io(let text): text
        }
    }
}
