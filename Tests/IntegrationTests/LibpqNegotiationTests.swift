import Foundation
import Testing

/// The libpq dsql runs on, and how it starts TLS with it: the local cluster is PostgreSQL 15
/// under a DSQL-shaped name, and servers before 17 refuse direct TLS.
@Suite("libpq version and TLS negotiation against a PostgreSQL 15 server")
struct LibpqNegotiationTests {
    static let expectedMajor = ProcessInfo.processInfo.environment["DSQL_EXPECT_LIBPQ_MAJOR"]

    /// What `dsql --version` says about libpq, run with the same libraries as the tests.
    static func reportedLibpqMajor(_ cluster: TestCluster) throws -> Int? {
        let version = try runProcess(Binaries.dsql, ["--version"], environment: cluster.environment)
        guard let range = version.stdout.range(of: "(libpq ") else { return nil }
        return Int(version.stdout[range.upperBound...].prefix { $0.isNumber })
    }

    @Test(.enabled(if: expectedMajor != nil, "DSQL_EXPECT_LIBPQ_MAJOR is not set (scripts/test --libpq 15|18 sets it)"))
    func dsqlRunsOnTheLibpqThisRunAskedFor() throws {
        let cluster = try TestCluster.current()
        #expect(try Self.reportedLibpqMajor(cluster) == Self.expectedMajor.flatMap { Int($0) })
        let info = try runDSQL(cluster, ["-c", "\\conninfo"])
        #expect(info.stdout.contains("Client libraries: libpq \(Self.expectedMajor ?? "?")."), "\(info.stdout)")
    }

    /// A host that is not a DSQL endpoint never gets direct TLS, whatever libpq.
    @Test func aNonDSQLHostConnectsWithoutBeingTold() throws {
        let cluster = try TestCluster.current()
        var environment = cluster.environment
        environment.removeValue(forKey: "PGSSLNEGOTIATION")
        let result = try runProcess(
            Binaries.dsql,
            [
                "-h", "localhost", "--hostaddr", cluster.hostAddress, "-p", cluster.port,
                "-U", cluster.user, "--sslrootcert", cluster.caFile, "--no-iam", "-X",
                "-At", "-c", "select 'plain postgres'",
            ], environment: environment)
        #expect(result.stderr == "")
        #expect(result.stdout == "plain postgres\n")
    }

    /// A DSQL endpoint gets direct TLS when libpq can do it (17+), which this PostgreSQL 15
    /// refuses; `--sslnegotiation postgres` (or PGSSLNEGOTIATION) overrides it.
    @Test func aDSQLEndpointGetsDirectTLSUnlessOverridden() throws {
        let cluster = try TestCluster.current()
        var environment = cluster.environment
        environment.removeValue(forKey: "PGSSLNEGOTIATION")
        let major = try #require(try Self.reportedLibpqMajor(cluster))
        let byDefault = try runProcess(
            Binaries.dsql, cluster.dsqlArguments + ["-X", "-At", "-c", "select 1"], environment: environment)
        if major >= 17 {
            #expect(byDefault.status == 2, "direct TLS against PostgreSQL 15: \(byDefault.stderr)")
        } else {
            #expect(byDefault.status == 0, "\(byDefault.stderr)")
        }
        let flag = try runProcess(
            Binaries.dsql, cluster.dsqlArguments + ["--sslnegotiation", "postgres", "-X", "-At", "-c", "select 1"],
            environment: environment)
        #expect(flag.status == 0, "\(flag.stderr)")
        let variable = try runProcess(
            Binaries.dsql, cluster.dsqlArguments + ["-X", "-At", "-c", "select 1"],
            environment: environment.merging(["PGSSLNEGOTIATION": "postgres"]) { $1 })
        #expect(variable.stdout == "1\n", "\(variable.stderr)")
    }

    @Test func directOnlyWhereLibpqCanAndOnlyKnownValues() throws {
        let cluster = try TestCluster.current()
        let major = try #require(try Self.reportedLibpqMajor(cluster))
        let direct = try runDSQL(cluster, ["--sslnegotiation", "direct", "-c", "select 1"])
        if major < 17 {
            #expect(direct.status == 1)
            #expect(
                direct.stderr.contains(
                    "sslnegotiation \"direct\" needs libpq 17 or later; the libpq loaded is \(major)."),
                "\(direct.stderr)")
        } else {
            #expect(direct.status == 2, "PostgreSQL 15 refuses direct TLS: \(direct.stderr)")
        }
        let unknown = try runDSQL(cluster, ["-c", "select 1"], environment: ["PGSSLNEGOTIATION": "sideways"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("invalid sslnegotiation \"sideways\": use postgres or direct"))
    }
}
