import FoundationEssentials
import Testing

@testable import SystemSupport

@Suite("File checks and the home directory answer from the file system and the environment given")
struct FileChecksTests {
    @Test func onlyAReadableRegularFileIsReadable() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "dsql-filechecks-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("f.sql")
        try Data("select 1".utf8).write(to: file)
        #expect(FileChecks.isReadableFile(file.path))
        #expect(!FileChecks.isReadableFile(directory.path))
        #expect(!FileChecks.isReadableFile(directory.appendingPathComponent("missing").path))
    }

    @Test func homeIsHOMEUnlessEmpty() {
        #expect(HomeDirectory.path(environment: ["HOME": "/home/someone"]) == "/home/someone")
        #expect(HomeDirectory.path(environment: ["HOME": ""]) == HomeDirectory.path(environment: [:]))
        #expect(!HomeDirectory.path(environment: [:]).isEmpty)
    }

    @Test func programsAreFoundOnThePATHGiven() {
        #expect(ExecutableLookup.find("sh", environment: ["PATH": "/nonexistent:/bin"]) == "/bin/sh")
        #expect(ExecutableLookup.find("sh", environment: ["PATH": "/nonexistent"]) == nil)
        #expect(ExecutableLookup.find("/bin/sh", environment: [:]) == "/bin/sh")
    }
}
