import Glibc
import Testing

@testable import LineEditing

@Suite("HistoryFile: libedit format, mode 0600, failures are warnings")
struct HistoryFileTests {
    let statements = [
        "select 1;",
        "select a,\n       b\n  from t\n where c = 'x y';",
        "select '\\n is not a newline', E'tab\\there';",
        "  select\t'tab and  spaces';",
        "select 'héllo wörld ✓';",
    ]

    @Test func multiLineEntriesSurviveASaveLoadRoundTrip() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let file = HistoryFile(path: directory.file("history"))
        try file.save(statements)
        #expect(try file.load() == statements)
        let text = TemporaryDirectory.read(file.path) ?? ""
        #expect(text.hasPrefix("_HiStOrY_V2_\n"))
        #expect(text.split(separator: "\n").count == statements.count + 1, "one line per entry: \(text)")
    }

    @Test func libeditReadsWhatWeWrite() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let file = HistoryFile(path: directory.file("history"))
        try file.save(statements)
        let libedit = try LibeditHistory()
        libedit.setSize(100)
        #expect(libedit.load(fromPath: file.path))
        #expect(libedit.entries == statements)
    }

    @Test func weReadWhatLibeditWrites() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let libedit = try LibeditHistory()
        libedit.setSize(100)
        statements.forEach(libedit.enter)
        #expect(libedit.entries == statements)
        let path = directory.file("libedit-history")
        #expect(libedit.save(toPath: path))
        #expect(try HistoryFile(path: path).load() == statements)
    }

    @Test func decoderUnderstandsStrvisForms() {
        let line = Array("a\\040b\\^Ic\\M-a\\M^A\\sd\\\\e\\$".utf8)
        #expect(HistoryFileFormat.unescape(line) == Array("a b\tc".utf8) + [0xE1, 0x81] + Array(" d\\e".utf8))
    }

    @Test func plainFileWithoutCookieIsOneEntryPerLine() {
        #expect(HistoryFileFormat.decode(Array("select 1;\nselect 2;\n".utf8)) == ["select 1;", "select 2;"])
    }

    @Test func missingFileLoadsAsEmptyHistory() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        #expect(try HistoryFile(path: directory.file("absent")).load() == [])
    }

    @Test func newFileAndMissingDirectoriesAreCreatedPrivate() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let location = try #require(
            HistoryLocation.resolve(environment: ["XDG_STATE_HOME": directory.path], homeDirectory: nil))
        try HistoryFile(location: location).save(["select 1;"])
        #expect(TemporaryDirectory.mode(of: location.path) == 0o600)
        #expect(TemporaryDirectory.mode(of: location.directory) == 0o700)
    }

    @Test(arguments: [0o644, 0o666, 0o604, 0o400] as [mode_t])
    func existingFileWithLooserModeBecomesPrivate(_ looseMode: mode_t) throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("history")
        TemporaryDirectory.write("_HiStOrY_V2_\nold\n", to: path, mode: looseMode)
        #expect(TemporaryDirectory.mode(of: path) == looseMode)
        let file = HistoryFile(path: path)
        if getuid() != 0 && looseMode & 0o200 == 0 {
            #expect(throws: HistoryFileError.self) { try file.save(["new"]) }
            return
        }
        try file.save(["new"])
        #expect(TemporaryDirectory.mode(of: path) == 0o600)
        #expect(try file.load() == ["new"])
    }

    @Test func directoryInPlaceOfTheFileIsAWarningNotACrash() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("history")
        #expect(mkdir(path, 0o700) == 0)
        let file = HistoryFile(path: path)
        let loadError = #expect(throws: HistoryFileError.self) { try file.load() }
        #expect(loadError?.description == "could not read history from file \"\(path)\": Is a directory")
        let saveError = #expect(throws: HistoryFileError.self) { try file.save(["select 1;"]) }
        #expect(saveError?.description == "could not save history to file \"\(path)\": Is a directory")
    }

    @Test func unwritableLocationIsAWarningNotACrash() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let blocker = directory.file("not-a-directory")
        TemporaryDirectory.write("x", to: blocker, mode: 0o600)
        let error = #expect(throws: HistoryFileError.self) {
            try HistoryFile(path: blocker + "/dsql/history").save(["select 1;"])
        }
        #expect(error?.operation == .createDirectory)
        #expect(error?.description.contains("Not a directory") == true)
    }

    @Test func devNullKeepsItsModeWhenUsedAsHistory() throws {
        let before = TemporaryDirectory.mode(of: "/dev/null")
        try HistoryFile(path: "/dev/null").save(["select 1;"])
        #expect(TemporaryDirectory.mode(of: "/dev/null") == before)
    }
}
