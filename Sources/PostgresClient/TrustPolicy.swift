/// How strictly the server's certificate is checked.
public enum SSLMode: String, Sendable, CaseIterable {
    case verifyFull = "verify-full"
    case verifyCA = "verify-ca"
    case require

    /// Whether this mode checks the certificate chain at all.
    public var verifiesChain: Bool { self != .require }
}

/// What the user asked to trust: the system store or one CA bundle file.
public enum RootCertificateSetting: Sendable, Equatable {
    case system
    case file(String)

    /// Parses `system` or a path, as `--sslrootcert` and PGSSLROOTCERT take them.
    public init(_ text: String) {
        self = text == "system" ? .system : .file(text)
    }
}

/// Where trust actually came from, for the banner, the prompt and `\conninfo`.
public enum TrustSource: Sendable, Equatable {
    /// libpq's own `sslrootcert=system` (libpq ≥ 16).
    case nativeSystem
    /// OpenSSL's default bundle, resolved by the shell for libpq < 16.
    case system(bundle: String)
    /// The bundle named by `SSL_CERT_FILE`, resolved by the shell for libpq < 16.
    case sslCertFile(String)
    /// A bundle the user named with `--sslrootcert` or PGSSLROOTCERT.
    case file(String)
    /// Nothing: `require` does not verify the server.
    case unverified

    /// The short name shown in the prompt: `system`, `SSL_CERT_FILE`, `file` or `none`.
    public var shortName: String {
        switch self {
        case .nativeSystem, .system: "system"
        case .sslCertFile: "SSL_CERT_FILE"
        case .file: "file"
        case .unverified: "none"
        }
    }

    /// The bundle file behind this source, when there is one.
    public var bundlePath: String? {
        switch self {
        case .system(let path), .sslCertFile(let path), .file(let path): path
        case .nativeSystem, .unverified: nil
        }
    }

    /// A one-line description such as `system (/etc/ssl/certs/ca-certificates.crt)`.
    public var summary: String {
        switch self {
        case .nativeSystem: "system (libpq)"
        case .system(let path): "system (\(path))"
        case .sslCertFile(let path): "SSL_CERT_FILE (\(path))"
        case .file(let path): "file:\(path)"
        case .unverified: "none (server identity not verified)"
        }
    }
}

/// The trust decision turned into libpq keywords, with where it came from.
public struct ResolvedTrust: Sendable, Equatable {
    public var mode: SSLMode
    public var source: TrustSource
    /// The keywords that make libpq do exactly what `mode` and `source` say.
    public var libpqKeywords: [(String, String)]

    public static func == (lhs: ResolvedTrust, rhs: ResolvedTrust) -> Bool {
        lhs.mode == rhs.mode && lhs.source == rhs.source
            && lhs.libpqKeywords.elementsEqual(rhs.libpqKeywords, by: { $0 == $1 })
    }
}

/// Why a trust policy could not be turned into something libpq can use.
public enum TrustPolicyError: Error, Equatable, CustomStringConvertible {
    /// The CA bundle does not exist or cannot be read; lists every place looked at.
    case bundleUnreadable(source: String, looked: [String])
    /// `verify-ca` against the system store: any host holding any public certificate passes.
    case verifyCAWithSystemTrust

    public var description: String {
        switch self {
        case .verifyCAWithSystemTrust:
            "sslmode \"verify-ca\" cannot be used with system trust (sslrootcert=system): verify-ca checks only that a trusted CA issued the certificate, not whose it is, and with the public CAs of the system store ANY host holding ANY publicly issued certificate would pass and receive your token or password. Use verify-full (the default), or verify-ca with --sslrootcert FILE naming your own private CA bundle"
        case .bundleUnreadable(let source, let looked):
            "no readable CA bundle for sslrootcert=\(source); looked at: \(looked.joined(separator: ", "))"
        }
    }
}

/// Turns sslmode and sslrootcert into libpq keywords, whatever libpq's version.
///
/// Pure: the environment, libpq's version, OpenSSL's default bundle and a
/// file-readability check are passed in.
public struct TrustPolicy: Sendable, Equatable {
    public var mode: SSLMode
    public var rootCertificate: RootCertificateSetting

    public init(mode: SSLMode = .verifyFull, rootCertificate: RootCertificateSetting = .system) {
        self.mode = mode
        self.rootCertificate = rootCertificate
    }

    /// A root-certificate path that cannot exist, so that libpq's `require` never
    /// verifies (libpq would otherwise load `~/.postgresql/root.crt` and quietly
    /// behave like verify-ca).
    public static let noRootCertificate = "/nonexistent/dsql-require-does-not-verify"

    /// Resolves the policy into keywords and a trust source.
    public func resolve(
        libpqVersion: Int,
        environment: [String: String],
        openSSLDefaultCertFile: String,
        isReadable: (String) -> Bool
    ) throws(TrustPolicyError) -> ResolvedTrust {
        // libpq 16+ refuses this combination too; older libpq would accept it silently.
        if mode == .verifyCA, rootCertificate == .system { throw .verifyCAWithSystemTrust }
        var keywords: [(String, String)] = [("sslmode", mode.rawValue)]
        guard mode.verifiesChain else {
            keywords.append(("sslrootcert", Self.noRootCertificate))
            return ResolvedTrust(mode: mode, source: .unverified, libpqKeywords: keywords)
        }
        let source: TrustSource
        switch rootCertificate {
        case .file(let path):
            guard isReadable(path) else {
                throw .bundleUnreadable(source: path, looked: [path])
            }
            source = .file(path)
            keywords.append(("sslrootcert", path))
        case .system where libpqVersion >= 160000:
            source = .nativeSystem
            keywords.append(("sslrootcert", "system"))
        case .system:
            source = try Self.resolveSystemBundle(
                environment: environment, openSSLDefaultCertFile: openSSLDefaultCertFile, isReadable: isReadable)
            keywords.append(("sslrootcert", source.bundlePath ?? ""))
        }
        return ResolvedTrust(mode: mode, source: source, libpqKeywords: keywords)
    }

    /// Finds the bundle OpenSSL would use: `$SSL_CERT_FILE`, else its compiled-in default.
    static func resolveSystemBundle(
        environment: [String: String], openSSLDefaultCertFile: String, isReadable: (String) -> Bool
    ) throws(TrustPolicyError) -> TrustSource {
        if let path = environment["SSL_CERT_FILE"], !path.isEmpty {
            guard isReadable(path) else {
                throw .bundleUnreadable(source: "system", looked: ["SSL_CERT_FILE=\(path)"])
            }
            return .sslCertFile(path)
        }
        guard isReadable(openSSLDefaultCertFile) else {
            var looked = [openSSLDefaultCertFile + " (OpenSSL's default)"]
            if let dir = environment["SSL_CERT_DIR"], !dir.isEmpty {
                looked.append(
                    "SSL_CERT_DIR=\(dir) (a hashed directory: libpq < 16 cannot use it; point SSL_CERT_FILE or --sslrootcert at a bundle file)"
                )
            }
            throw .bundleUnreadable(source: "system", looked: looked)
        }
        return .system(bundle: openSSLDefaultCertFile)
    }
}
