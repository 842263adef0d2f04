import PostgresClient

/// The version line: dsql's own and the libraries it runs with.
enum VersionText {
    /// dsql's version.
    static let dsql = "0.1.0"

    /// `dsql 0.1.0 (libpq 15.18, OpenSSL 3.0.19)`.
    static var full: String {
        "dsql \(dsql) (libpq \(LibraryInfo.libpqVersionText), OpenSSL \(LibraryInfo.openSSLVersionText))"
    }

    /// psql's VERSION, VERSION_NAME and VERSION_NUM, for dsql itself (psql sets them to its
    /// own version): `dsql 0.1.0 on x86_64-linux, compiled by Swift 6.3, 64-bit`, `0.1.0`,
    /// and MAJOR*10000 + MINOR*100 + PATCH (`100`).
    static var variableAssignments: [String] {
        [
            "VERSION=dsql \(dsql) on \(platform), compiled by Swift \(swiftVersion), \(MemoryLayout<Int>.size * 8)-bit",
            "VERSION_NAME=\(dsql)", "VERSION_NUM=\(versionNumber(dsql))",
        ]
    }

    /// `MAJOR.MINOR.PATCH` as one number, as psql's VERSION_NUM orders versions.
    static func versionNumber(_ version: String) -> Int {
        let parts = version.split(separator: ".").map { Int($0) ?? 0 } + [0, 0, 0]
        return parts[0] * 10000 + parts[1] * 100 + parts[2]
    }

    /// The machine and system dsql was built for.
    private static var platform: String {
        #if arch(x86_64)
            "x86_64-linux"
        #elseif arch(arm64)
            "aarch64-linux"
        #else
            "linux"
        #endif
    }

    /// The Swift language mode's compiler, to the minor version.
    private static var swiftVersion: String {
        #if compiler(>=6.3)
            "6.3"
        #elseif compiler(>=6.2)
            "6.2"
        #else
            "6"
        #endif
    }
}
