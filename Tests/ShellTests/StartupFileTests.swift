import Testing

@testable import Shell

/// `StartupFile` finds the startup file as psql finds `~/.psqlrc`.
@Suite struct StartupFileTests {
    /// Resolves with only `readable` paths readable.
    private func resolve(
        _ environment: [String: String] = [:], home: String? = "/home/ann", version: String = "0.1.0",
        readable: Set<String>
    ) -> String? {
        StartupFile.resolve(
            environment: environment, homeDirectory: home, version: version, isReadable: readable.contains)
    }

    @Test func homeFileIsUsedWhenNoVariableIsSet() {
        #expect(resolve(readable: ["/home/ann/.dsqlrc"]) == "/home/ann/.dsqlrc")
        #expect(resolve(home: "/home/ann/", readable: ["/home/ann/.dsqlrc"]) == "/home/ann/.dsqlrc")
    }

    @Test func missingOrUnreadableFileMeansNone() {
        #expect(resolve(readable: []) == nil)
        #expect(resolve(readable: ["/home/bob/.dsqlrc"]) == nil)
    }

    @Test func noHomeAndNoVariableMeansNone() {
        #expect(resolve(home: nil, readable: ["/.dsqlrc", ".dsqlrc"]) == nil)
        #expect(resolve(home: "", readable: ["/.dsqlrc", ".dsqlrc"]) == nil)
    }

    @Test func variableReplacesTheHomeFile() {
        let both: Set = ["/home/ann/.dsqlrc", "/etc/team.rc"]
        #expect(resolve(["DSQLRC": "/etc/team.rc"], readable: both) == "/etc/team.rc")
        #expect(
            resolve(["DSQLRC": "/etc/missing.rc"], readable: both) == nil, "psql does not fall back to the home file")
    }

    @Test func emptyVariableIsIgnored() {
        #expect(resolve(["DSQLRC": ""], readable: ["/home/ann/.dsqlrc"]) == "/home/ann/.dsqlrc")
    }

    @Test func tildeInTheVariableIsTheHomeDirectory() {
        #expect(resolve(["DSQLRC": "~/conf/rc"], readable: ["/home/ann/conf/rc"]) == "/home/ann/conf/rc")
        #expect(resolve(["DSQLRC": "~"], home: "/srv/ann", readable: ["/srv/ann"]) == "/srv/ann")
    }

    @Test func versionedFilesArePreferredFullVersionFirst() {
        let all: Set = ["/home/ann/.dsqlrc", "/home/ann/.dsqlrc-2", "/home/ann/.dsqlrc-2.3.1"]
        #expect(resolve(version: "2.3.1", readable: all) == "/home/ann/.dsqlrc-2.3.1")
        #expect(resolve(version: "2.4.0", readable: all) == "/home/ann/.dsqlrc-2")
        #expect(resolve(version: "3.0.0", readable: all) == "/home/ann/.dsqlrc")
        #expect(resolve(["DSQLRC": "/etc/rc"], version: "2.3.1", readable: ["/etc/rc", "/etc/rc-2"]) == "/etc/rc-2")
    }
}
