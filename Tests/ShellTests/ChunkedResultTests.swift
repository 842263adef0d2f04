import Testing

@testable import Shell

@Suite("FETCH_COUNT applies to queries psql would read through a cursor")
struct ChunkedResultTests {
    @Test(arguments: [
        ("select 1", true), ("  SELECT 1", true), ("((select 1))", true), ("values (1)", true),
        ("/* c */ select 1", true), ("-- c\nselect 1", true),
        ("with x as (select 1) select * from x", false), ("selectx", false), ("insert into t select 1", false),
        ("table t", false), ("", false),
    ])
    func selectAndValuesOnly(_ sql: String, _ applies: Bool) {
        #expect(ChunkedResult.applies(to: sql, fetchCount: 10) == applies)
    }

    @Test func notWithoutFetchCount() {
        #expect(!ChunkedResult.applies(to: "select 1", fetchCount: 0))
    }
}
