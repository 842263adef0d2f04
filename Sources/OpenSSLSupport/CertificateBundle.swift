import COpenSSL
import Glibc

/// The certificates of a PEM bundle file, as OpenSSL reads them.
public struct CertificateBundle {
    /// Amazon Root CA 1's SHA-256 fingerprint (DSQL's certificates chain to it).
    public static let amazonRootCA1Fingerprint =
        "8E:CD:E6:88:4F:3D:87:B1:12:5B:A3:1A:C3:FC:B1:3D:70:16:DE:7F:57:CC:90:4F:E1:CB:97:C6:AE:98:19:6E"

    public let path: String
    public let certificates: [Certificate]

    /// Reads every certificate in `path`. The corresponding function is `PEM_X509_INFO_read_bio`.
    public init(path: String) throws(CertificateError) {
        guard let bio = BIO_new_file(path, "r") else { throw .unreadable(path) }
        defer { BIO_free(bio) }
        guard let stack = PEM_X509_INFO_read_bio(bio, nil, nil, nil) else {
            ERR_clear_error()
            throw .noCertificates(path)
        }
        defer { dsql_x509_info_free_all(stack) }
        var certificates: [Certificate] = []
        for index in 0..<dsql_x509_info_count(stack) {
            guard let info = dsql_x509_info_at(stack, index), let x509 = info.pointee.x509 else { continue }
            certificates.append(Certificate(retaining: x509))
        }
        ERR_clear_error()
        guard !certificates.isEmpty else { throw .noCertificates(path) }
        self.path = path
        self.certificates = certificates
    }

    /// Whether the bundle holds a certificate with this SHA-256 fingerprint.
    public func contains(fingerprint: String) -> Bool {
        certificates.contains { $0.sha256Fingerprint == fingerprint }
    }

    /// Whether the bundle holds Amazon Root CA 1.
    public var containsAmazonRootCA1: Bool { contains(fingerprint: Self.amazonRootCA1Fingerprint) }
}

/// Why certificates could not be read or checked.
public enum CertificateError: Error, Equatable, CustomStringConvertible {
    case unreadable(String)
    case noCertificates(String)

    public var description: String {
        switch self {
        case .unreadable(let path): "cannot read \(path)"
        case .noCertificates(let path): "no PEM certificates in \(path)"
        }
    }
}
