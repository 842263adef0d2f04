import COpenSSL
import Glibc
import SystemSupport

/// What a server presented during a TLS handshake that verified nothing.
public struct TLSHandshake {
    public var protocolVersion: String
    public var cipher: String
    /// The server's chain, leaf first.
    public var chain: [Certificate]
}

/// The step at which a TLS probe failed.
public enum TLSProbeError: Error, CustomStringConvertible {
    case resolve(String)
    case tcp(String)
    case notTLS(String)
    case handshake(String)

    public var description: String {
        switch self {
        case .resolve(let text), .tcp(let text), .notTLS(let text), .handshake(let text): text
        }
    }

    /// A failure to connect to `target` port `port` within `timeout` seconds, in the probe's words.
    init(connecting failure: TCPSocket.Failure, target: String, port: Int, timeout: Double) {
        let reason: String
        switch failure {
        case .resolve(let text):
            self = .resolve("could not resolve \"\(target)\": \(text)")
            return
        case .noAddress: reason = "no addresses"
        case .connect(let text, _), .io(let text): reason = text
        case .timedOut: reason = "timed out after \(timeout) s"
        }
        self = .tcp("could not connect to \(target) port \(port): \(reason)")
    }
}

/// Connects the way libpq does (TCP, then PostgreSQL's SSLRequest, then TLS with SNI)
/// but verifies nothing, so the shell can explain what the server presents.
public enum TLSProbe {
    /// The PostgreSQL SSLRequest message: length 8, code 80877103.
    static let sslRequest: [UInt8] = [0, 0, 0, 8, 0x04, 0xD2, 0x16, 0x2F]

    /// Connects to `host` (or `address`) and completes a TLS handshake.
    public static func handshake(host: String, address: String?, port: Int, timeout: Double = 5) throws(TLSProbeError)
        -> TLSHandshake
    {
        let target = address ?? host
        let socket: TCPSocket
        do {
            socket = try TCPSocket.connect(host: target, port: port, numericHost: address != nil, timeout: timeout)
        } catch {
            throw TLSProbeError(connecting: error, target: target, port: port, timeout: timeout)
        }
        socket.useBlockingIO(timeLimit: timeout)
        guard socket.send(sslRequest) else { throw .notTLS("could not send the TLS request") }
        guard let answer = socket.receiveByte() else {
            throw .notTLS("the server did not answer the TLS request within \(timeout) s")
        }
        guard answer == UInt8(ascii: "S") else {
            throw .notTLS("the server refused TLS (answered \"\(Character(Unicode.Scalar(answer)))\")")
        }
        guard let context = SSL_CTX_new(TLS_client_method()) else { throw .handshake(openSSLErrors()) }
        defer { SSL_CTX_free(context) }
        SSL_CTX_set_verify(context, SSL_VERIFY_NONE, nil)
        guard let ssl = SSL_new(context) else { throw .handshake(openSSLErrors()) }
        defer { SSL_free(ssl) }
        SSL_set_fd(ssl, socket.descriptor)
        if !isIPAddress(host) { _ = dsql_ssl_set_sni(ssl, host) }
        guard SSL_connect(ssl) == 1 else { throw .handshake("TLS handshake failed: \(openSSLErrors())") }
        defer { SSL_shutdown(ssl) }
        var chain: [Certificate] = []
        if let peerChain = SSL_get_peer_cert_chain(ssl) {
            for index in 0..<dsql_x509_stack_count(peerChain) {
                if let certificate = dsql_x509_stack_at(peerChain, index) {
                    chain.append(Certificate(retaining: certificate))
                }
            }
        }
        guard !chain.isEmpty else { throw .handshake("the server presented no certificate") }
        let cipher = SSL_get_current_cipher(ssl).flatMap { SSL_CIPHER_get_name($0) }.map { String(cString: $0) } ?? ""
        let version = SSL_get_version(ssl).map { String(cString: $0) } ?? ""
        return TLSHandshake(protocolVersion: version, cipher: cipher, chain: chain)
    }
}

/// Checks a presented chain against a trust bundle, as `verify-ca` would.
public enum ChainVerifier {
    /// nil when the chain leads to a CA in `bundlePath`; otherwise OpenSSL's reason.
    /// The corresponding function is `X509_verify_cert`.
    public static func failure(chain: [Certificate], bundlePath: String) -> String? {
        guard let leaf = chain.first else { return "no certificate" }
        guard let store = X509_STORE_new() else { return openSSLErrors() }
        defer { X509_STORE_free(store) }
        guard X509_STORE_load_file(store, bundlePath) == 1 else {
            return "cannot load \(bundlePath): \(openSSLErrors())"
        }
        guard let untrusted = dsql_x509_stack_new() else { return openSSLErrors() }
        defer { dsql_x509_stack_free(untrusted) }
        for certificate in chain.dropFirst() { _ = dsql_x509_stack_push(untrusted, certificate.handle) }
        guard let context = X509_STORE_CTX_new() else { return openSSLErrors() }
        defer { X509_STORE_CTX_free(context) }
        guard X509_STORE_CTX_init(context, store, leaf.handle, untrusted) == 1 else { return openSSLErrors() }
        if X509_verify_cert(context) == 1 { return nil }
        let code = X509_STORE_CTX_get_error(context)
        return X509_verify_cert_error_string(Int(code)).map { String(cString: $0) } ?? "verification failed (\(code))"
    }
}

/// Drains OpenSSL's error queue into one line.
func openSSLErrors() -> String {
    var messages: [String] = []
    while case let code = ERR_get_error(), code != 0 {
        var buffer = [CChar](repeating: 0, count: 256)
        ERR_error_string_n(code, &buffer, buffer.count)
        messages.append(String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))
    }
    return messages.isEmpty ? "unknown OpenSSL error" : messages.joined(separator: "; ")
}
