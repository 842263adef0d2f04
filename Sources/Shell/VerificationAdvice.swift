import PostgresClient

/// What the shell learned about a failed TLS verification, for explaining it.
public struct VerificationFacts: Sendable {
    /// libpq's message.
    public var libpqMessage: String
    public var host: String
    public var trust: TrustSource
    /// Whether the trust bundle holds Amazon Root CA 1; nil when unknown.
    public var bundleHasAmazonRoot: Bool?
    /// Names in the server's certificate, when a probe could read it.
    public var certificateNames: [String]?
    /// Why the chain does not verify against the bundle, when a probe could tell.
    public var chainFailure: String?
    /// Who issued the last certificate the server presented, when a probe could read it.
    public var chainIssuer: String?

    public init(
        libpqMessage: String, host: String, trust: TrustSource, bundleHasAmazonRoot: Bool? = nil,
        certificateNames: [String]? = nil, chainFailure: String? = nil
    ) {
        self.libpqMessage = libpqMessage
        self.host = host
        self.trust = trust
        self.bundleHasAmazonRoot = bundleHasAmazonRoot
        self.certificateNames = certificateNames
        self.chainFailure = chainFailure
    }
}

/// Explains certificate-verification failures and offers the fixes (pure).
public enum VerificationAdvice {
    /// The kind of verification failure a libpq message reports, if any.
    public enum Kind: Equatable, Sendable {
        case untrustedChain
        case hostMismatch
        case expired
        case missingRootFile
    }

    /// Classifies libpq's connection error message.
    public static func kind(of message: String) -> Kind? {
        if message.contains("does not match host name") { return .hostMismatch }
        if message.contains("certificate has expired") { return .expired }
        if message.contains("root certificate file") && message.contains("does not exist") { return .missingRootFile }
        if message.contains("certificate verify failed") { return .untrustedChain }
        return nil
    }

    /// Whether the host is an AWS endpoint (where Amazon Root CA 1 matters).
    public static func isAWSEndpoint(_ host: String) -> Bool { host.lowercased().hasSuffix(".on.aws") }

    /// `dsql: hint:` lines explaining `facts`, or none when the failure is not about verification.
    public static func hints(for facts: VerificationFacts) -> [String] {
        guard var kind = kind(of: facts.libpqMessage) else { return [] }
        if let failure = facts.chainFailure, failure.contains("expired") { kind = .expired }
        var hints = ["the server's certificate was checked against trust source \(facts.trust.summary)"]
        if let failure = facts.chainFailure, kind != .hostMismatch {
            hints.append("the certificate chain does not verify: \(failure)")
            if let issuer = facts.chainIssuer {
                hints.append("the server's chain ends at a certificate issued by \"\(issuer)\"")
            }
        }
        if kind == .hostMismatch, let names = facts.certificateNames {
            hints.append("\"\(facts.host)\" is not among the certificate's names: \(names.joined(separator: ", "))")
            hints.append("connect with the cluster's endpoint name as --host (use --hostaddr for a different address)")
            return hints
        }
        if kind == .expired {
            hints.append(
                "the server's certificate has expired: the server must renew it (check this machine's clock too)")
            return hints
        }
        if isAWSEndpoint(facts.host), facts.bundleHasAmazonRoot == true, kind == .untrustedChain {
            // Adding Amazon Root CA 1 cannot help: the server's chain does not lead to it.
            hints.append(contentsOf: [
                "that bundle already holds Amazon Root CA 1, so the server presented a certificate Amazon did not issue:",
                "something between here and the cluster (a TLS-inspecting proxy, a wrong --hostaddr) answered instead",
                "connect from a network that reaches the cluster directly, or, if that proxy is trusted,",
                "pass --sslrootcert PATH (or SSL_CERT_FILE) with the proxy's CA bundle",
            ])
            return hints
        }
        if isAWSEndpoint(facts.host), facts.bundleHasAmazonRoot == false {
            hints.append("that bundle does not hold Amazon Root CA 1, which DSQL's certificates chain to")
        }
        if kind == .untrustedChain || kind == .missingRootFile {
            hints.append(contentsOf: [
                "fix it in one of three ways:",
                "  1. add Amazon Root CA 1 to the system trust store (Debian: apt-get install ca-certificates; update-ca-certificates)",
                "  2. point SSL_CERT_FILE at a CA bundle that holds it",
                "  3. pass --sslrootcert PATH with a CA bundle (https://www.amazontrust.com/repository/AmazonRootCA1.pem)",
            ])
        }
        return hints
    }
}
