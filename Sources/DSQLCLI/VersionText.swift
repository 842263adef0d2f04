import PostgresClient

/// The version line: dsql's own and the libraries it runs with.
enum VersionText {
    /// dsql's version.
    static let dsql = "0.1.0"

    /// `dsql 0.1.0 (libpq 15.18, OpenSSL 3.0.19)`.
    static var full: String {
        "dsql \(dsql) (libpq \(LibraryInfo.libpqVersionText), OpenSSL \(LibraryInfo.openSSLVersionText))"
    }
}
