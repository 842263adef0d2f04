import COpenSSL
import Glibc

/// One X.509 certificate, owning OpenSSL's `X509`.
public final class Certificate {
    let handle: OpaquePointer

    /// Takes ownership of one reference to `handle`.
    init(owning handle: OpaquePointer) { self.handle = handle }

    /// Adds a reference to `handle` and owns that. The corresponding function is `X509_up_ref`.
    convenience init(retaining handle: OpaquePointer) {
        X509_up_ref(handle)
        self.init(owning: handle)
    }

    deinit { X509_free(handle) }

    /// The certificate the peer presented on a TLS connection, nil when it presented none.
    ///
    /// `ssl` is the `SSL` object of a connection made elsewhere (libpq's `PQsslStruct`),
    /// passed untyped so that no OpenSSL type leaves this module; it is only read.
    /// The corresponding function is `SSL_get1_peer_certificate`.
    public static func peerCertificate(ofSSL ssl: UnsafeMutableRawPointer) -> Certificate? {
        SSL_get1_peer_certificate(OpaquePointer(ssl)).map { Certificate(owning: $0) }
    }

    /// The subject in RFC 2253 form, e.g. `CN=example.com,O=Org`.
    public var subject: String { Self.text(of: X509_get_subject_name(handle)) }

    /// The issuer in RFC 2253 form.
    public var issuer: String { Self.text(of: X509_get_issuer_name(handle)) }

    /// The SHA-256 fingerprint as colon-separated upper-case hex. The corresponding function is `X509_digest`.
    public var sha256Fingerprint: String {
        var digest = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        guard X509_digest(handle, EVP_sha256(), &digest, &length) == 1 else { return "" }
        return digest.prefix(Int(length)).map { hexByte($0) }.joined(separator: ":")
    }

    /// Start of validity, e.g. `Jan  1 00:00:00 2024 GMT`.
    public var notBefore: String { Self.text(of: X509_get0_notBefore(handle)) }

    /// End of validity, e.g. `Jan  1 00:00:00 2034 GMT`.
    public var notAfter: String { Self.text(of: X509_get0_notAfter(handle)) }

    /// Whether the certificate's validity has ended. The corresponding function is `X509_cmp_current_time`.
    public var hasExpired: Bool { X509_cmp_current_time(X509_get0_notAfter(handle)) < 0 }

    /// DNS names and IP addresses from the subjectAltName extension.
    public var alternativeNames: [String] {
        guard let raw = X509_get_ext_d2i(handle, NID_subject_alt_name, nil, nil) else { return [] }
        let names = OpaquePointer(raw)
        defer { dsql_general_names_free(names) }
        var result: [String] = []
        for index in 0..<dsql_general_names_count(names) {
            guard let name = dsql_general_name_at(names, index) else { continue }
            var type: Int32 = 0
            guard let value = GENERAL_NAME_get0_value(name, &type) else { continue }
            let string = value.assumingMemoryBound(to: ASN1_STRING.self)
            guard let bytes = ASN1_STRING_get0_data(string) else { continue }
            let buffer = UnsafeBufferPointer(start: bytes, count: Int(ASN1_STRING_length(string)))
            switch type {
            case GEN_DNS: result.append("DNS:" + String(decoding: buffer, as: UTF8.self))
            case GEN_IPADD: result.append("IP:" + ipText(buffer))
            default: continue
            }
        }
        return result
    }

    /// Whether `host` (a DNS name or an IP address) matches this certificate.
    /// The corresponding functions are `X509_check_host` and `X509_check_ip_asc`.
    public func matches(host: String) -> Bool {
        if isIPAddress(host) { return X509_check_ip_asc(handle, host, 0) == 1 }
        return X509_check_host(handle, host, host.utf8.count, 0, nil) == 1
    }

    private static func text(of name: OpaquePointer?) -> String {
        guard let name else { return "" }
        return withMemoryBIO { bio in X509_NAME_print_ex(bio, name, 0, dsql_xn_flag_rfc2253()) }
    }

    private static func text(of time: UnsafePointer<ASN1_TIME>?) -> String {
        guard let time else { return "" }
        return withMemoryBIO { bio in ASN1_TIME_print(bio, time) }
    }
}

/// Runs `body` with a fresh memory BIO and returns what it wrote.
func withMemoryBIO(_ body: (OpaquePointer) -> Int32) -> String {
    guard let bio = BIO_new(BIO_s_mem()) else { return "" }
    defer { BIO_free(bio) }
    guard body(bio) >= 0 else { return "" }
    var data: UnsafeMutablePointer<CChar>?
    let length = dsql_bio_mem_data(bio, &data)
    guard let data, length > 0 else { return "" }
    return String(decoding: UnsafeRawBufferPointer(start: data, count: length), as: UTF8.self)
}

private func hexByte(_ byte: UInt8) -> String {
    let digits = Array("0123456789ABCDEF")
    return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
}

private func ipText(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
    if bytes.count == 4 { return bytes.map(String.init).joined(separator: ".") }
    var text = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN))
    guard bytes.count == 16, let base = bytes.baseAddress,
        inet_ntop(AF_INET6, base, &text, socklen_t(text.count)) != nil
    else { return "?" }
    return String(decoding: text.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
}

/// Whether `host` is a numeric IPv4 or IPv6 address.
func isIPAddress(_ host: String) -> Bool {
    var v4 = in_addr()
    var v6 = in6_addr()
    return inet_pton(AF_INET, host, &v4) == 1 || inet_pton(AF_INET6, host, &v6) == 1
}
