import Testing

@testable import LineEditing

@Suite("HistoryLocation: DSQL_HISTORY, then XDG_STATE_HOME, then ~/.local/state")
struct HistoryLocationTests {
    @Test(
        arguments: [
            ([:], "/home/u", "/home/u/.local/state/dsql/history", HistoryLocation.Source.home),
            (["XDG_STATE_HOME": "/xdg/state"], "/home/u", "/xdg/state/dsql/history", .xdgStateHome),
            (["XDG_STATE_HOME": "/xdg/state/"], "/home/u", "/xdg/state/dsql/history", .xdgStateHome),
            (["XDG_STATE_HOME": "relative/state"], "/home/u", "/home/u/.local/state/dsql/history", .home),
            (["XDG_STATE_HOME": ""], "/home/u", "/home/u/.local/state/dsql/history", .home),
            (["DSQL_HISTORY": "/tmp/h", "XDG_STATE_HOME": "/xdg"], "/home/u", "/tmp/h", .dsqlHistoryVariable),
            (["DSQL_HISTORY": "~/my_history"], "/home/u", "/home/u/my_history", .dsqlHistoryVariable),
            (["DSQL_HISTORY": ""], "/home/u/", "/home/u/.local/state/dsql/history", .home),
        ] as [([String: String], String, String, HistoryLocation.Source)])
    func pathFollowsEnvironmentThenHome(
        _ environment: [String: String], _ home: String, _ expected: String, _ source: HistoryLocation.Source
    ) {
        let location = HistoryLocation.resolve(environment: environment, homeDirectory: home)
        #expect(location?.path == expected)
        #expect(location?.source == source)
    }

    @Test func noVariableAndNoHomeMeansNoFile() {
        #expect(HistoryLocation.resolve(environment: [:], homeDirectory: nil) == nil)
    }

    @Test func directoryIsTheParentOfTheFile() {
        let location = HistoryLocation.resolve(environment: [:], homeDirectory: "/home/u")
        #expect(location?.directory == "/home/u/.local/state/dsql")
    }
}
