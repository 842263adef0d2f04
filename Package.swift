// swift-tools-version:6.0
// dsql — a terminal SQL shell for Amazon Aurora DSQL.
//
// Modules follow ../shared/DESIGN.md §2: imports only point down, and each C
// library is wrapped by exactly one Swift module.
import PackageDescription

/// `DSQL_SKIP_INTEGRATION=1 swift test` runs every test that needs no server: the target of
/// tests against the local cluster (and the dsql binary) is then left out of the package.
let skipIntegration = Context.environment["DSQL_SKIP_INTEGRATION"] == "1"

let package = Package(
    name: "dsql",
    products: [
        .executable(name: "dsql", targets: ["dsql"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
    ],
    targets: [
        // System libraries: modulemap + shim header each.
        .systemLibrary(name: "CLibPQ", pkgConfig: "libpq", providers: [.apt(["libpq-dev"])]),
        .systemLibrary(name: "COpenSSL", pkgConfig: "openssl", providers: [.apt(["libssl-dev"])]),
        .systemLibrary(name: "CEditLine", pkgConfig: "libedit", providers: [.apt(["libedit-dev"])]),
        // No pkg-config file on Debian: the modulemap links pg_query, shim.h reports it missing.
        .systemLibrary(name: "CPGQuery", providers: [.apt(["libpg-query-dev"])]),

        // Pure logic.
        .target(name: "SQLScanner"),
        .target(name: "ResultFormatting", dependencies: ["SQLScanner"]),
        .target(name: "SQLHelp"),

        // Wrappers around C libraries.
        .target(name: "DSQLAuth", dependencies: ["COpenSSL"]),
        .target(name: "PostgresClient", dependencies: ["CLibPQ", "COpenSSL"]),
        .target(name: "LineEditing", dependencies: ["CEditLine"]),
        .target(name: "SQLCheck", dependencies: ["CPGQuery", "SQLScanner"]),

        // The session and the command line.
        .target(name: "Shell", dependencies: [
            "PostgresClient", "ResultFormatting", "SQLScanner", "DSQLAuth", "LineEditing", "SQLCheck", "SQLHelp",
        ]),
        .target(name: "DSQLCLI", dependencies: [
            "Shell", "PostgresClient", "DSQLAuth", "SQLCheck",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "dsql", dependencies: ["DSQLCLI"]),

        // Tests, and what several test targets share.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "SQLScannerTests", dependencies: ["SQLScanner", "TestSupport"], exclude: ["Corpus"]),
        .testTarget(name: "ResultFormattingTests", dependencies: ["ResultFormatting", "TestSupport"]),
        .testTarget(name: "DSQLAuthTests", dependencies: ["DSQLAuth"], exclude: ["Fixtures"]),
        .testTarget(name: "PostgresClientTests", dependencies: ["PostgresClient"]),
        .testTarget(name: "ShellTests", dependencies: [
            "Shell", "DSQLCLI", "SQLCheck", "TestSupport", .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ], exclude: ["Describe/Fixtures"]),
        .testTarget(name: "LineEditingTests", dependencies: ["LineEditing"]),
        .testTarget(name: "SQLCheckTests", dependencies: ["SQLCheck"]),
        .testTarget(name: "SQLHelpTests", dependencies: ["SQLHelp"]),
    ] + (skipIntegration ? [] : [
        .testTarget(name: "IntegrationTests", dependencies: ["dsql"], exclude: ["Scripts", "CheckScripts", "PipelineScripts"]),
    ])
)
