import Testing

@Suite("\\connect opens a new connection and keeps the trust settings")
struct ConnectCommandTests {
    @Test func connectsAgainAsPsqlSays() throws {
        let cluster = try TestCluster.current()
        let commands = ["\\c postgres", "select current_database()", "\\c - - localhost \(cluster.port)", "\\conninfo"]
        let output = try runDSQL(cluster, commands.flatMap { ["-c", $0] })
        #expect(output.status == 0)
        #expect(
            output.stdout.hasPrefix(
                "You are now connected to database \"postgres\" as user \"\(cluster.user)\".\n current_database \n------------------\n postgres\n(1 row)\n\nYou are now connected to database \"postgres\" as user \"\(cluster.user)\" on host \"localhost\" at port \"\(cluster.port)\".\n"
            ))
        #expect(output.stdout.contains("verify-full"))
    }

    @Test func aFailedConnectStopsAScript() throws {
        let cluster = try TestCluster.current()
        let output = try runDSQL(cluster, ["-c", "\\c desc_no_such_database", "-c", "select 1"])
        #expect(output.status == 2)
        #expect(output.stderr.contains("\\connect: connection to server"))
        #expect(output.stderr.contains("database \"desc_no_such_database\" does not exist"))
        #expect(output.stdout == "")
    }

    @Test func passwordExplainsThatIAMRolesHaveNone() throws {
        let cluster = try TestCluster.current()
        var environment = cluster.environment.merging(FakeCredentials.environment) { $1 }
        environment.removeValue(forKey: "PGPASSWORD")
        let arguments = [
            "-h", cluster.host, "--hostaddr", cluster.hostAddress, "-p", cluster.port, "-U", "iam_trust",
            "--sslrootcert", cluster.caFile, "-c", "\\password",
        ]
        let output = try runProcess(Binaries.dsql, arguments, environment: environment)
        #expect(output.stderr.contains("\\password: IAM roles have no password"), "\(output.stderr)")
    }
}
