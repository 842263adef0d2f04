import Completion
import FoundationEssentials

/// TAB completion for the interactive shell: the bridge between the line editor's
/// completer hook and the pure `CompletionEngine`.
///
/// Wire it with `editor.completer = completer.complete` and
/// `session.statementObserver = completer.noteStatement`, so DDL refreshes the names.
public final class SQLCompleter {
    private let session: Session
    private let cache = CatalogCache()
    private let currentDirectory: @Sendable () -> String

    /// A completer reading the catalog through `session`'s connection.
    public init(
        session: Session,
        currentDirectory: @escaping @Sendable () -> String = { FileManager.default.currentDirectoryPath }
    ) {
        self.session = session
        self.currentDirectory = currentDirectory
    }

    /// The candidates for `wordBeforeCursor`; the line editor's `Completer`.
    public func complete(lineBeforeCursor: String, wordBeforeCursor: String) -> [String] {
        var engine = CompletionEngine(catalog: .empty, metaCommandNames: MetaCommandTable.all.flatMap(\.names))
        engine.listDirectory = { [currentDirectory] directory in Self.list(directory, in: currentDirectory()) }
        let backslashWords = lineBeforeCursor.split(whereSeparator: { $0 == " " || $0 == "\t" }).filter {
            $0.hasPrefix("\\")
        }
        let isMeta = !backslashWords.isEmpty
        let command = backslashWords.last.map { String($0.dropFirst()) } ?? ""
        if !isMeta || command.hasPrefix("d") || command == "c" || command == "connect" {
            engine.catalog = cache.catalog { [session] in CompletionCatalog.read(from: session.connection) }
        }
        return engine.candidates(
            lineBeforeCursor: lineBeforeCursor, word: wordBeforeCursor,
            pending: isMeta ? "" : session.pendingQueryText)
    }

    /// Notes a statement sent to the server; DDL makes the next TAB re-read the catalog.
    public func noteStatement(_ sql: String) {
        cache.noteStatement(sql)
    }

    /// The entries of `directory` (relative to `base` unless absolute).
    private static func list(_ directory: String, in base: String) -> [CompletionEngine.DirectoryEntry] {
        let expanded =
            directory.hasPrefix("~")
            ? PathText.expandingTilde(directory) + (directory.hasSuffix("/") ? "/" : "") : directory
        let path = expanded.hasPrefix("/") ? expanded : base + "/" + expanded
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: path.isEmpty ? "." : path) else {
            return []
        }
        return names.map { name in
            var isDirectory = false
            _ = FileManager.default.fileExists(atPath: path + "/" + name, isDirectory: &isDirectory)
            return CompletionEngine.DirectoryEntry(name: name, isDirectory: isDirectory)
        }
    }
}
