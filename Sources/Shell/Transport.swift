import PostgresClient

/// How a live connection actually reaches the server, whatever the settings asked for.
///
/// The banner, the prompt, `\conninfo` and the connect warning all show this, so a
/// connection without TLS is never shown under a verify-full label.
public enum Transport: Equatable, Sendable {
    /// TLS over TCP: the trust policy applies.
    case tls
    /// A Unix-domain socket in the given folder: no TLS, the server is not verified.
    case socket(String)
    /// TCP without TLS (no mode dsql accepts allows it; shown truthfully all the same).
    case plaintext

    /// Reads the transport of an open connection.
    public init(_ connection: any DatabaseConnection) {
        if connection.usesTLS {
            self = .tls
        } else {
            let host = connection.host
            self = HostKind.isSocketPath(host) ? .socket(host) : .plaintext
        }
    }

    /// Whether the connection is encrypted and checked by the trust policy.
    public var isTLS: Bool { self == .tls }

    /// The prompt's marker for a connection without TLS: `[socket·no TLS]` or `[NO TLS]`.
    var marker: String? {
        switch self {
        case .tls: nil
        case .socket: "[socket·no TLS]"
        case .plaintext: "[NO TLS]"
        }
    }

    /// The banner's and `\conninfo`'s words for a connection without TLS.
    var summary: String? {
        switch self {
        case .tls: nil
        case .socket(let folder):
            "none — Unix-domain socket in \(folder): not encrypted, server identity not verified (sslmode applies to TCP only)"
        case .plaintext: "none — not encrypted, server identity not verified"
        }
    }
}

/// The loud warning printed at every connect without TLS, as the require warning is.
public enum PlaintextWarning {
    /// The boxed warning for `transport`, red when `colour` is true; nil for TLS.
    public static func render(_ transport: Transport, colour: Bool) -> String? {
        let first: String
        switch transport {
        case .tls: return nil
        case .socket(let folder): first = "WARNING: connected through the Unix-domain socket in \(folder):"
        case .plaintext: first = "WARNING: connected without TLS:"
        }
        return BoxedWarning.render(
            [
                first,
                "no TLS. The connection is NOT encrypted and the server's identity is",
                "NOT verified; sslmode applies to TCP connections only.",
            ], colour: colour)
    }
}
