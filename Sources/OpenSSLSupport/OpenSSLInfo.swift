import COpenSSL

/// The version and defaults of the OpenSSL the shell runs with.
public enum OpenSSLInfo {
    /// OpenSSL's version as text, e.g. `3.0.19`. The corresponding function is `OpenSSL_version`.
    public static var versionText: String {
        guard let text = OpenSSL_version(OPENSSL_VERSION_STRING) else { return "unknown" }
        return String(cString: text)
    }

    /// The CA bundle OpenSSL uses when `SSL_CERT_FILE` is unset. The corresponding function is `X509_get_default_cert_file`.
    public static var defaultCertFile: String {
        guard let path = X509_get_default_cert_file() else { return "" }
        return String(cString: path)
    }
}
