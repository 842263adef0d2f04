import DSQLAuth
import OpenSSLSupport
import PostgresClient

/// One line of `dsql doctor`'s report.
public struct DoctorStep: Equatable, Sendable {
    public enum Outcome: String, Sendable {
        case pass = "pass"
        case fail = "FAIL"
        case info = "info"
        case skip = "skip"
    }

    public var outcome: Outcome
    public var name: String
    public var detail: String
    /// What to do about a failure.
    public var fix: String?

    public init(_ outcome: Outcome, _ name: String, _ detail: String, fix: String? = nil) {
        self.outcome = outcome
        self.name = name
        self.detail = detail
        self.fix = fix
    }

    /// The step as report lines: `[pass] name  detail`, then `       fix: …`.
    public var rendered: String {
        var text = "[\(outcome.rawValue)] \(name + String(repeating: " ", count: max(0, 18 - name.count))) \(detail)\n"
        if let fix { text += "       fix: \(fix)\n" }
        return text
    }
}

/// Checks each step of a connection in turn and says which one fails and why.
public struct Doctor {
    let connector: Connector
    /// The process environment: where OpenSSL finds the system bundle (SSL_CERT_FILE).
    let environment: [String: String]

    public init(connector: Connector, environment: [String: String] = [:]) {
        self.connector = connector
        self.environment = environment
    }

    /// Runs every step; stops after the first step that makes the later ones meaningless.
    public func run() -> [DoctorStep] {
        var steps = [
            DoctorStep(
                .info, "libraries", "libpq \(LibraryInfo.libpqVersionText), OpenSSL \(LibraryInfo.openSSLVersionText)"),
            DoctorStep(
                .info, "sslmode",
                connector.trust.mode.rawValue
                    + (connector.trust.mode == .require ? " (encrypted, server NOT verified)" : "")),
            systemTrustStep(),
        ]
        let bundle = bundleStep()
        steps.append(bundle.step)
        let settings = connector.settings
        let target = "\(settings.hostAddress ?? settings.host):\(settings.port)"
        let handshake: TLSHandshake
        do {
            handshake = try TLSProbe.handshake(host: settings.host, address: settings.hostAddress, port: settings.port)
        } catch {
            steps.append(contentsOf: probeFailureSteps(error, target: target))
            return steps
        }
        steps.append(DoctorStep(.pass, "TCP", "connected to \(target)"))
        steps.append(DoctorStep(.pass, "TLS handshake", "\(handshake.protocolVersion), \(handshake.cipher)"))
        steps.append(chainStep(handshake, bundlePath: bundle.path))
        steps.append(hostNameStep(handshake))
        steps.append(
            Self.allPassed(steps)
                ? authenticationStep()
                : DoctorStep(.skip, "authentication", "not tried: fix the failing step first"))
        if !connector.trust.mode.verifiesChain {
            // A connection that works is not a connection that is safe: never "all checks passed" here.
            steps.append(
                DoctorStep(
                    .fail, "server identity",
                    "NOT verified: sslmode require checks neither the certificate chain nor the host name",
                    fix:
                        "drop --sslmode require (verify-full is the default), or pass --sslrootcert PATH with the CA bundle"
                ))
        }
        return steps
    }

    /// Whether every step passed (info and skip lines do not count against it).
    public static func allPassed(_ steps: [DoctorStep]) -> Bool { !steps.contains { $0.outcome == .fail } }

    private func systemTrustStep() -> DoctorStep {
        switch connector.trust.source {
        case .nativeSystem: DoctorStep(.info, "trust source", "system, native in libpq \(LibraryInfo.libpqVersionText)")
        case .system(let path):
            DoctorStep(.info, "trust source", "system, resolved by dsql to OpenSSL's default \(path) (libpq < 16)")
        case .sslCertFile(let path):
            DoctorStep(.info, "trust source", "system, resolved by dsql through SSL_CERT_FILE=\(path)")
        case .file(let path): DoctorStep(.info, "trust source", "file \(path) (--sslrootcert or PGSSLROOTCERT)")
        case .unverified: DoctorStep(.info, "trust source", "none: require does not verify the server")
        }
    }

    /// The bundle the chain is checked against: the one dsql passes to libpq, or — for
    /// libpq's native `system` (libpq ≥ 16) — the file OpenSSL reads for it, SSL_CERT_FILE
    /// or OpenSSL's default.
    private var checkedBundlePath: String? {
        if connector.trust.source == .nativeSystem {
            if let file = environment["SSL_CERT_FILE"], !file.isEmpty { return file }
            return LibraryInfo.openSSLDefaultCertFile
        }
        return connector.trust.source.bundlePath
    }

    private func bundleStep() -> (step: DoctorStep, path: String?) {
        guard let path = checkedBundlePath else {
            return (DoctorStep(.skip, "trust bundle", "no bundle is used"), nil)
        }
        do {
            let bundle = try CertificateBundle(path: path)
            let amazon = bundle.containsAmazonRootCA1 ? "Amazon Root CA 1 present" : "Amazon Root CA 1 NOT present"
            return (
                DoctorStep(.pass, "trust bundle", "\(path): \(bundle.certificates.count) certificate(s), \(amazon)"),
                path
            )
        } catch {
            return (
                DoctorStep(
                    .fail, "trust bundle", "\(error)",
                    fix: "point --sslrootcert or SSL_CERT_FILE at a readable PEM bundle"), nil
            )
        }
    }

    private func probeFailureSteps(_ error: TLSProbeError, target: String) -> [DoctorStep] {
        switch error {
        case .resolve, .tcp:
            return [
                DoctorStep(
                    .fail, "TCP", error.description,
                    fix: "check the endpoint name, the port, your network and (for IPv6-only paths) IPv6 reachability")
            ]
        case .notTLS, .handshake:
            return [
                DoctorStep(.pass, "TCP", "connected to \(target)"),
                DoctorStep(
                    .fail, "TLS handshake", error.description,
                    fix: "make sure the endpoint is a DSQL cluster or a PostgreSQL server with TLS enabled"),
            ]
        }
    }

    private func chainStep(_ handshake: TLSHandshake, bundlePath: String?) -> DoctorStep {
        let leaf = handshake.chain[0]
        guard connector.trust.mode.verifiesChain else {
            return DoctorStep(
                .skip, "certificate chain", "not checked (require); issued by \(leaf.issuer), expires \(leaf.notAfter)")
        }
        guard let bundlePath else {
            return DoctorStep(
                .fail, "certificate chain", "no trust bundle to check against", fix: "fix the trust bundle first")
        }
        if let failure = ChainVerifier.failure(chain: handshake.chain, bundlePath: bundlePath) {
            var facts = VerificationFacts(
                libpqMessage: "certificate verify failed", host: connector.settings.host, trust: connector.trust.source)
            facts.bundleHasAmazonRoot = (try? CertificateBundle(path: bundlePath))?.containsAmazonRootCA1
            let fix =
                leaf.hasExpired
                ? "the server's certificate expired \(leaf.notAfter); the server must renew it"
                : VerificationAdvice.hints(for: facts).filter { $0.hasPrefix("  ") }.map { $0.trimmingLeadingSpaces() }
                    .joined(separator: "; ")
            return DoctorStep(
                .fail, "certificate chain", "\(failure) (issued by \(handshake.chain.last?.issuer ?? "?"))", fix: fix)
        }
        return DoctorStep(
            .pass, "certificate chain", "verified: \(leaf.subject), issued by \(leaf.issuer), expires \(leaf.notAfter)")
    }

    private func hostNameStep(_ handshake: TLSHandshake) -> DoctorStep {
        let host = connector.settings.host
        guard connector.trust.mode == .verifyFull else {
            return DoctorStep(.skip, "host name", "not checked (\(connector.trust.mode.rawValue))")
        }
        let leaf = handshake.chain[0]
        if leaf.matches(host: host) { return DoctorStep(.pass, "host name", "\(host) matches the certificate") }
        return DoctorStep(
            .fail, "host name", "\(host) is not among \(leaf.alternativeNames.joined(separator: ", "))",
            fix: "use the cluster's endpoint as --host; use --hostaddr to reach it at another address")
    }

    private func authenticationStep() -> DoctorStep {
        do {
            let connection = try connector.connect()
            return DoctorStep(
                .pass, "authentication",
                "connected as \(connector.settings.user) to \(connector.settings.database) (server \(connection.serverVersion)) with \(connector.authenticationSummary)"
            )
        } catch {
            if case .password(let reason) = error {
                return DoctorStep(.fail, "credentials", "\(reason)", fix: CredentialError.fixes)
            }
            return DoctorStep(
                .fail, "authentication", "\(error)",
                fix: "check the role (-U), its IAM mapping or password, and your AWS credentials")
        }
    }
}

extension String {
    /// The string without leading spaces.
    func trimmingLeadingSpaces() -> String { String(drop { $0 == " " }) }
}
