import OpenSSLSupport
import PostgresClient

/// What `\conninfo` shows: psql's lines plus TLS trust, the certificate and how the session authenticated.
public struct ConnectionInfo: Sendable, Equatable {
    public var database: String
    public var user: String
    public var host: String
    public var hostAddress: String?
    public var port: String
    public var tlsProtocol: String?
    public var tlsCipher: String?
    public var sslMode: SSLMode
    public var trustSummary: String
    /// Set when the connection has no TLS (a Unix-domain socket): what it really is.
    public var plaintextSummary: String?
    public var certificateSubject: String?
    public var certificateIssuer: String?
    public var certificateNames: [String]
    public var certificateExpiry: String?
    /// How the session authenticated; never the token or password.
    public var authentication: String
    /// The libpq and OpenSSL actually loaded (`PQlibVersion` at run time, not the headers built with).
    public var libraries: String?

    /// The lines, each ending in a newline.
    public var rendered: String {
        var text = "You are connected to database \"\(database)\" as user \"\(user)\" on host \"\(host)\""
        if let hostAddress { text += " (address \"\(hostAddress)\")" }
        text += " at port \"\(port)\".\n"
        if let tlsProtocol, let tlsCipher {
            text += "SSL connection (protocol: \(tlsProtocol), cipher: \(tlsCipher), compression: off)\n"
        }
        if let plaintextSummary {
            text += "TLS: \(plaintextSummary)\n"
        } else {
            text += "TLS: sslmode \(sslMode.rawValue), trust \(trustSummary)\n"
        }
        if let certificateSubject {
            text += "Server certificate: \(certificateSubject), issued by \(certificateIssuer ?? "?")"
            text += ", expires \(certificateExpiry ?? "?")\n"
            if !certificateNames.isEmpty { text += "Certificate names: \(certificateNames.joined(separator: ", "))\n" }
        }
        text += "Authentication: \(authentication)\n"
        if let libraries { text += "Client libraries: \(libraries)\n" }
        return text
    }
}

extension ConnectionInfo {
    /// Gathers the facts from a live connection.
    init(connection: any DatabaseConnection, trust: ResolvedTrust, authentication: String) {
        let certificate = connection.peerCertificate()
        self.init(
            database: connection.database, user: connection.user, host: connection.host,
            hostAddress: connection.hostAddress, port: connection.port,
            tlsProtocol: connection.tlsAttribute("protocol"), tlsCipher: connection.tlsAttribute("cipher"),
            sslMode: trust.mode, trustSummary: trust.source.summary, plaintextSummary: Transport(connection).summary,
            certificateSubject: certificate?.subject, certificateIssuer: certificate?.issuer,
            certificateNames: certificate?.alternativeNames ?? [], certificateExpiry: certificate?.notAfter,
            authentication: authentication,
            libraries: "libpq \(LibraryInfo.libpqVersionText), OpenSSL \(LibraryInfo.openSSLVersionText)")
    }
}
