import Glibc
import Testing

@testable import LineEditing

@Suite("History saving: atomic replacement, merge with other sessions")
struct HistoryMergeTests {
    @Test func mergeKeepsWhatAnotherSessionWroteMeanwhile() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let file = HistoryFile(path: directory.file("history"))
        try file.save(["old"])
        var first = HistoryStore(entries: try file.load())
        var second = HistoryStore(entries: try file.load())
        first.add("from first")
        second.add("from second")
        try file.merge(first.unsavedEntries, limit: first.limit)
        try file.merge(second.unsavedEntries, limit: second.limit)
        #expect(try file.load() == ["old", "from first", "from second"])
    }

    @Test func mergeKeepsTheNewestLimitEntries() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let file = HistoryFile(path: directory.file("history"))
        try file.save(["a", "b", "c"])
        #expect(try file.merge(["d", "e"], limit: 3) == ["c", "d", "e"])
        #expect(try file.load() == ["c", "d", "e"])
        #expect(TemporaryDirectory.mode(of: file.path) == 0o600)
    }

    @Test func saveLeavesNoTemporaryFileBehind() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let file = HistoryFile(path: directory.file("history"))
        try file.save(["one"])
        try file.merge(["two"], limit: nil)
        var names: [String] = []
        if let folder = opendir(directory.path) {
            while let entry = readdir(folder) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) {
                    String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self)
                }
                if name != "." && name != ".." { names.append(name) }
            }
            closedir(folder)
        }
        #expect(names == ["history"])
    }

    @Test func aSymbolicLinkIsFollowedAndKept() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let real = directory.file("real-history")
        let link = directory.file("history")
        TemporaryDirectory.write("_HiStOrY_V2_\nold\n", to: real, mode: 0o600)
        #expect(symlink(real, link) == 0)
        try HistoryFile(path: link).merge(["new"], limit: nil)
        var status = stat()
        #expect(lstat(link, &status) == 0 && (status.st_mode & S_IFMT) == S_IFLNK)
        #expect(try HistoryFile(path: real).load() == ["old", "new"])
    }

    @Test func unsavedEntriesAreThoseAddedSinceLoadOrSave() {
        var store = HistoryStore(entries: ["loaded"])
        #expect(store.unsavedEntries.isEmpty)
        store.add("typed")
        #expect(store.unsavedEntries == ["typed"])
        store.markSaved()
        #expect(store.unsavedEntries.isEmpty)
        store.add("again")
        store.replaceEntries(with: ["from file"])
        #expect(store.unsavedEntries.isEmpty)
    }

    @Test func ignoredEntriesAreNotUnsaved() {
        var store = HistoryStore(control: .ignoreSpace)
        store.add(" select 'secret';")
        #expect(store.unsavedEntries.isEmpty)
    }
}
