import Testing

/// A startup parameter the server refuses (DSQL refuses any outside its allow-list with
/// FATAL 0A000; the stand-in refuses one that needs a restart) is traced to PGOPTIONS.
@Suite("A refused startup parameter names PGOPTIONS")
struct StartupOptionsTests {
    @Test func refusalCausedByPGOPTIONSNamesIt() throws {
        let cluster = try TestCluster.current()
        let result = try runDSQL(cluster, ["-c", "select 1"], environment: ["PGOPTIONS": "-c shared_buffers=1MB"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("FATAL:"), "\(result.stderr)")
        #expect(result.stderr.contains("PGOPTIONS is set (\"-c shared_buffers=1MB\")"), "\(result.stderr)")
    }

    @Test func otherFailuresDoNotBlamePGOPTIONS() throws {
        let cluster = try TestCluster.current()
        let result = try runDSQL(
            cluster, ["-c", "select 1"], environment: ["PGOPTIONS": "-c work_mem=8MB", "PGPASSWORD": "wrong"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("password authentication failed"), "\(result.stderr)")
        #expect(!result.stderr.contains("PGOPTIONS"))
        let accepted = try runDSQL(
            cluster, ["-At", "-c", "show work_mem"], environment: ["PGOPTIONS": "-c work_mem=8MB"])
        #expect(accepted.stdout == "8MB\n", "\(accepted.stderr)")
    }
}
