import Testing

@testable import Shell

@Suite("Job command SQL and failure reading")
struct JobQueriesTests {
    @Test func listsAllOrOneJobWithTheIdQuoted() {
        #expect(JobQueries.list(id: nil) == "SELECT * FROM sys.jobs;")
        #expect(JobQueries.list(id: "a'b") == "SELECT * FROM sys.jobs WHERE job_id = 'a''b';")
        #expect(JobQueries.wait(id: "j1") == "CALL sys.wait_for_job('j1');")
    }

    @Test func theProceduresBooleanAnswerIsRead() {
        #expect(JobQueries.waitAnswer("t") == .completed)
        #expect(JobQueries.waitAnswer("f") == .failedOrTimedOut)
        #expect(JobQueries.waitAnswer(nil) == .unexpected)
        #expect(JobQueries.waitAnswer("yes") == .unexpected)
    }

    @Test func missingObjectsMeanTheServerIsNotDSQL() {
        #expect(JobQueries.meansNotDSQL(sqlState: "42P01"))
        #expect(JobQueries.meansNotDSQL(sqlState: "3F000"))
        #expect(JobQueries.meansNotDSQL(sqlState: "42883"))
        #expect(!JobQueries.meansNotDSQL(sqlState: "42501"))
    }
}
