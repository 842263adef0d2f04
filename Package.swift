// swift-tools-version:6.0
// dsql — a terminal SQL shell for Amazon Aurora DSQL.
//
// Modules follow ../shared/DESIGN.md §2: imports only point down, and each C
// library is wrapped by exactly one Swift module. scripts/check-modules checks
// every import against the dependencies declared here, that the pure modules
// reach no C, and that each C module has one importer.
import PackageDescription

/// `DSQL_SKIP_INTEGRATION=1 swift test` runs every test that needs no server: the target of
/// tests against the local cluster (and the dsql binary) is then left out of the package.
let skipIntegration = Context.environment["DSQL_SKIP_INTEGRATION"] == "1"

let package = Package(
    name: "dsql",
    products: [
        .executable(name: "dsql", targets: ["dsql"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2")
    ],
    targets: [
        // System libraries: modulemap + shim header each.
        .systemLibrary(name: "CLibPQ", pkgConfig: "libpq", providers: [.apt(["libpq-dev"])]),
        .systemLibrary(name: "COpenSSL", pkgConfig: "openssl", providers: [.apt(["libssl-dev"])]),
        .systemLibrary(name: "CEditLine", pkgConfig: "libedit", providers: [.apt(["libedit-dev"])]),
        // No pkg-config file on Debian: the modulemap links pg_query, shim.h reports it missing.
        .systemLibrary(name: "CPGQuery", providers: [.apt(["libpg-query-dev"])]),

        // Pure logic: no C module; time, environment and files are passed in.
        .target(name: "SQLScanner"),
        .target(name: "ResultFormatting", dependencies: ["SQLScanner"]),
        .target(name: "SQLHelp"),
        // What a session does about conflicts, lost connections, recycling and transactions.
        .target(name: "SessionPolicy", dependencies: ["SQLScanner"]),
        // Tab completion's context, catalog cache and candidates; the catalog is read by Shell.
        .target(name: "Completion", dependencies: ["SQLScanner", "SQLHelp", "ResultFormatting"]),

        // The operating system as the modules above it need it, over Glibc: spawning a child
        // process, the one TCP socket, the home directory, file checks.
        .target(name: "SystemSupport"),

        // Wrappers around C libraries.
        // Every OpenSSL call: certificates, the TLS probe, SHA-256 and HMAC.
        .target(name: "OpenSSLSupport", dependencies: ["COpenSSL", "SystemSupport"]),
        .target(name: "DSQLAuth", dependencies: ["OpenSSLSupport", "SystemSupport"]),
        .target(name: "PostgresClient", dependencies: ["CLibPQ", "OpenSSLSupport"]),
        .target(name: "LineEditing", dependencies: ["CEditLine"]),
        .target(name: "SQLCheck", dependencies: ["CPGQuery", "SQLScanner"]),

        // The session and the command line.
        .target(
            name: "Shell",
            dependencies: [
                "PostgresClient", "ResultFormatting", "SQLScanner", "DSQLAuth", "LineEditing", "SQLCheck", "SQLHelp",
                "SessionPolicy", "Completion", "SystemSupport", "OpenSSLSupport",
            ]),
        .target(
            name: "DSQLCLI",
            dependencies: [
                "Shell", "PostgresClient", "DSQLAuth", "SQLCheck", "LineEditing", "Completion", "SystemSupport",
                "OpenSSLSupport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        .executableTarget(name: "dsql", dependencies: ["DSQLCLI"]),

        // Tests, and what several test targets share.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        // The in-memory server the main loop and meta-command tests run against.
        .target(
            name: "ShellTestSupport", dependencies: ["Shell", "PostgresClient", "OpenSSLSupport"],
            path: "Tests/ShellTestSupport"),
        .testTarget(name: "SQLScannerTests", dependencies: ["SQLScanner", "TestSupport"], exclude: ["Corpus"]),
        .testTarget(name: "ResultFormattingTests", dependencies: ["ResultFormatting", "TestSupport"]),
        .testTarget(name: "DSQLAuthTests", dependencies: ["DSQLAuth", "OpenSSLSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "PostgresClientTests", dependencies: ["PostgresClient"]),
        .testTarget(
            name: "ShellTests",
            dependencies: [
                "Shell", "DSQLCLI", "SQLCheck", "TestSupport", "ShellTestSupport", "PostgresClient", "DSQLAuth",
                "SQLScanner",
                "ResultFormatting", "SessionPolicy", "SystemSupport", "LineEditing",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ], exclude: ["Describe/Fixtures"]),
        .testTarget(name: "SessionPolicyTests", dependencies: ["SessionPolicy", "SQLScanner", "TestSupport"]),
        .testTarget(name: "CompletionTests", dependencies: ["Completion"]),
        .testTarget(name: "SystemSupportTests", dependencies: ["SystemSupport"]),
        .testTarget(name: "LineEditingTests", dependencies: ["LineEditing"]),
        .testTarget(name: "SQLCheckTests", dependencies: ["SQLCheck"]),
        .testTarget(name: "SQLHelpTests", dependencies: ["SQLHelp"]),
    ]
        + (skipIntegration
            ? []
            : [
                .testTarget(
                    name: "IntegrationTests", dependencies: ["dsql"],
                    exclude: ["Scripts", "CheckScripts", "PipelineScripts"])
            ])
)
