import Foundation

/// The local TLS PostgreSQL that stands in for a DSQL cluster (scripts/local-cluster).
///
/// Read from the `DSQL_TEST_*` variables that `scripts/local-cluster env` prints;
/// when they are missing, from running that script. Tests that need it fail loudly
/// when it is missing, unless DSQL_SKIP_INTEGRATION=1 opts out explicitly.
struct TestCluster: Sendable {
    var host: String
    var hostAddress: String
    var port: String
    var user: String
    var database: String
    var caFile: String
    var untrustedCAFile: String
    var password: String
    /// The folder of the server's Unix-domain socket.
    var socketDirectory: String
    /// How TLS must start here (`postgres`: the stand-in is PostgreSQL 15 under a DSQL-shaped
    /// name, and servers before 17 refuse direct TLS); nil when the cluster does not say.
    var sslNegotiation: String?

    /// Whether the caller opted out of integration tests.
    static var skipped: Bool { ProcessInfo.processInfo.environment["DSQL_SKIP_INTEGRATION"] == "1" }

    /// The cluster settings, or an error that says how to start it.
    static func current() throws -> TestCluster {
        var values = ProcessInfo.processInfo.environment.filter { $0.key.hasPrefix("DSQL_TEST_") }
        if values["DSQL_TEST_HOST"] == nil {
            let script = packageRoot.appendingPathComponent("scripts/local-cluster").path
            let printed = try runProcess(script, ["env"], environment: ProcessInfo.processInfo.environment)
            for line in printed.stdout.split(separator: "\n") {
                let assignment = line.replacingOccurrences(of: "export ", with: "")
                guard let equals = assignment.firstIndex(of: "=") else { continue }
                values[String(assignment[..<equals])] = String(assignment[assignment.index(after: equals)...])
            }
        }
        func value(_ name: String) throws -> String {
            guard let value = values[name], !value.isEmpty else { throw MissingCluster(variable: name) }
            return value
        }
        let cluster = TestCluster(
            host: try value("DSQL_TEST_HOST"), hostAddress: try value("DSQL_TEST_HOSTADDR"),
            port: try value("DSQL_TEST_PORT"), user: try value("DSQL_TEST_USER"),
            database: try value("DSQL_TEST_DATABASE"), caFile: try value("DSQL_TEST_CA"),
            untrustedCAFile: try value("DSQL_TEST_UNTRUSTED_CA"), password: try value("DSQL_TEST_PASSWORD"),
            socketDirectory: try value("DSQL_TEST_SOCKET_DIR"),
            sslNegotiation: values["DSQL_TEST_SSLNEGOTIATION"])
        guard FileManager.default.isReadableFile(atPath: cluster.caFile) else {
            throw MissingCluster(variable: "DSQL_TEST_CA")
        }
        return cluster
    }

    /// The repository's root, found from this source file.
    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
    }

    /// A clean environment for child processes: no inherited PG*/SSL settings, the test password.
    var environment: [String: String] {
        let inherited = ProcessInfo.processInfo.environment
        var environment = ["LANG": "C.UTF-8", "PGPASSWORD": password, "PGTZ": "UTC"]
        // Sanitizer settings reach the children too (scripts/test-asan).
        // So do the libraries to run with (scripts/test --libpq 18) and what that libpq must be.
        for name in ["PATH", "HOME", "ASAN_OPTIONS", "LSAN_OPTIONS", "LD_LIBRARY_PATH"] {
            environment[name] = inherited[name]
        }
        environment["PGSSLNEGOTIATION"] = sslNegotiation
        environment["PATH"] = environment["PATH"] ?? "/usr/bin:/bin"
        // The developer's own ~/.dsqlrc never reaches a test; tests of the startup file set their own.
        environment["DSQLRC"] = "/dev/null"
        return environment
    }

    /// dsql's connection arguments for this cluster (verify-full against the test CA, PGPASSWORD
    /// instead of IAM: the stand-in server cannot check IAM tokens).
    var dsqlArguments: [String] {
        [
            "-h", host, "--hostaddr", hostAddress, "-p", port, "-U", user, "-d", database, "--sslrootcert", caFile,
            "--no-iam",
        ]
    }

    /// psql's connection string for the same connection.
    var psqlConnectionString: String {
        "host=\(host) hostaddr=\(hostAddress) port=\(port) user=\(user) dbname=\(database) sslmode=verify-full sslrootcert=\(caFile)"
    }
}

/// The test cluster is not running or not configured.
struct MissingCluster: Error, CustomStringConvertible {
    var variable: String
    var description: String {
        "the local test cluster is not available (\(variable) missing or unreadable): run `scripts/local-cluster start`, or scripts/test, or set DSQL_SKIP_INTEGRATION=1 to opt out"
    }
}
