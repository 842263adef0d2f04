import OpenSSLSupport
import PostgresClient

extension Connector {
    /// Hints for a failed connection: for TLS verification failures, what was
    /// checked against what, what the server presented, and how to fix it.
    ///
    /// Probes the server once more (without verifying) to read its certificate.
    public func hints(for failure: ConnectFailure) -> [String] {
        guard case .connection(let error) = failure else { return [] }
        let message = error.description
        guard VerificationAdvice.kind(of: message) != nil else { return [] }
        var facts = VerificationFacts(libpqMessage: message, host: settings.host, trust: trust.source)
        if let path = trust.source.bundlePath, let bundle = try? CertificateBundle(path: path) {
            facts.bundleHasAmazonRoot = bundle.containsAmazonRootCA1
            if let handshake = try? TLSProbe.handshake(
                host: settings.host, address: settings.hostAddress, port: settings.port)
            {
                facts.certificateNames = handshake.chain.first?.alternativeNames
                facts.chainFailure = ChainVerifier.failure(chain: handshake.chain, bundlePath: path)
                facts.chainIssuer = handshake.chain.last?.issuer
            }
        }
        return VerificationAdvice.hints(for: facts)
    }
}
