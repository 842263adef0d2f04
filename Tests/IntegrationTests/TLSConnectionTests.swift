import Testing

@Suite("Verified TLS to the DSQL-shaped host name")
struct TLSConnectionTests {
    @Test func verifyFullThroughHostaddrConnects() throws {
        let cluster = try TestCluster.current()
        let result = try runDSQL(cluster, ["-c", "select ssl from pg_stat_ssl where pid = pg_backend_pid()"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.contains(" t\n"), "the server should see a TLS connection: \(result.stdout)")
    }

    @Test func hostNameNotInCertificateFailsWithExitTwo() throws {
        var cluster = try TestCluster.current()
        cluster.host = "wrong-name.example.com"
        let result = try runDSQL(cluster, ["-c", "select 1"])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("does not match host name \"wrong-name.example.com\""), "\(result.stderr)")
    }

    @Test func untrustedCAFailsWithExitTwo() throws {
        var cluster = try TestCluster.current()
        cluster.caFile = cluster.untrustedCAFile
        let result = try runDSQL(cluster, ["-c", "select 1"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("certificate verify failed"), "\(result.stderr)")
    }

    @Test func refusedConnectionFailsWithExitTwo() throws {
        var cluster = try TestCluster.current()
        cluster.port = "1"
        let result = try runDSQL(cluster, ["-c", "select 1"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("Connection refused"), "\(result.stderr)")
    }

    @Test func plaintextModesAreRefusedBeforeConnecting() throws {
        let cluster = try TestCluster.current()
        for mode in ["disable", "allow", "prefer"] {
            let result = try runDSQL(cluster, ["--sslmode", mode, "-c", "select 1"])
            #expect(result.status == 1)
            #expect(result.stderr.contains("requires TLS"), "\(result.stderr)")
        }
    }

    @Test func badOptionExitsOne() throws {
        let cluster = try TestCluster.current()
        let result = try runDSQL(cluster, ["--no-such-option"])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("dsql: error: "), "\(result.stderr)")
    }
}
