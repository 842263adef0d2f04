import CLibPQ
import OpenSSLSupport

/// Versions and defaults of the C libraries the shell runs with.
public enum LibraryInfo {
    /// libpq's version as an integer, e.g. 150018. The corresponding libpq function is `PQlibVersion`.
    public static var libpqVersion: Int { Int(PQlibVersion()) }

    /// The loaded libpq's version as text, e.g. `15.18`.
    public static var libpqVersionText: String { versionText(libpqVersion) }

    /// A `PQlibVersion` number as text: `150018` is `15.18`, `90624` is `9.6.24`.
    static func versionText(_ version: Int) -> String {
        version >= 100000
            ? "\(version / 10000).\(version % 10000)" : "\(version / 10000).\(version / 100 % 100).\(version % 100)"
    }

    /// OpenSSL's version as text, e.g. `3.0.19`.
    public static var openSSLVersionText: String { OpenSSLInfo.versionText }

    /// The CA bundle OpenSSL uses when `SSL_CERT_FILE` is unset.
    public static var openSSLDefaultCertFile: String { OpenSSLInfo.defaultCertFile }
}
