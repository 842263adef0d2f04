import FoundationEssentials
import SQLScanner

/// Decides the candidates for TAB (pure): the context from the text, the names
/// from a catalog snapshot, files from a directory lister.
///
/// Candidates are whole replacements for the word before the cursor (the text
/// after the last word break, `CompletionBridge.wordBeforeCursor`), so a word such
/// as `a,b` or `t.c` keeps its head: `a,bar`, `t.column`.
public struct CompletionEngine: Sendable {
    /// One directory entry for file-name completion.
    public struct DirectoryEntry: Equatable, Sendable {
        /// The entry's name, without its directory.
        public var name: String
        /// Whether the entry is a directory (completed with a trailing `/`).
        public var isDirectory: Bool

        /// An entry.
        public init(name: String, isDirectory: Bool) {
            self.name = name
            self.isDirectory = isDirectory
        }
    }

    /// The database names offered.
    public var catalog: CompletionCatalog
    /// Meta-command names without the backslash.
    public var metaCommandNames: [String]
    /// Entries of a directory path ("" is the current directory).
    public var listDirectory: @Sendable (String) -> [DirectoryEntry] = { _ in [] }

    /// An engine offering `catalog`'s names, the meta-commands `metaCommandNames` and the files `listDirectory` lists.
    public init(
        catalog: CompletionCatalog, metaCommandNames: [String],
        listDirectory: @escaping @Sendable (String) -> [DirectoryEntry] = { _ in [] }
    ) {
        self.catalog = catalog
        self.metaCommandNames = metaCommandNames
        self.listDirectory = listDirectory
    }

    /// The candidates for `word` at the end of `lineBeforeCursor`, with `pending` the
    /// statement text of earlier lines still in the query buffer.
    public func candidates(lineBeforeCursor line: String, word: String, pending: String = "") -> [String] {
        guard line.hasSuffix(word) else { return [] }
        if word.hasPrefix("\\") {
            return metaCommandNames.map { "\\" + $0 }.filter { $0.hasPrefix(word) }.sorted()
        }
        if let meta = metaContext(line: line, word: word) {
            return candidates(for: meta, stem: word)
        }
        let comma = word.lastIndex(of: ",").map { word.index(after: $0) } ?? word.startIndex
        let head = String(word[..<comma])
        let stem = String(word[comma...])
        let before = String(line.dropLast(stem.count))
        let context = CompletionContext.sql(before: pending.isEmpty ? before : pending + "\n" + before)
        return candidates(for: context, stem: stem).map { head + $0 }
    }

    /// The meta-command context when the line's last backslash command is still taking arguments.
    private func metaContext(line: String, word: String) -> CompletionContext? {
        let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        guard let commandIndex = words.lastIndex(where: { $0.hasPrefix("\\") }) else { return nil }
        let command = String(words[commandIndex].dropFirst())
        var arguments = Array(words[(commandIndex + 1)...])
        if !word.isEmpty, !arguments.isEmpty { arguments.removeLast() }
        return CompletionContext.metaArgument(
            command: command, argumentIndex: arguments.count, previousArguments: arguments)
    }

    /// Candidates for a context, matched against the stem (the part of the word being completed).
    func candidates(for context: CompletionContext, stem: String) -> [String] {
        switch context {
        case .metaCommandName:
            return metaCommandNames.map { "\\" + $0 }.filter { $0.hasPrefix(stem) }.sorted()
        case .psetOption:
            return PsetCompletion.options.filter { $0.hasPrefix(stem.lowercased()) }
        case .psetValue(let option):
            return PsetCompletion.values(for: option).filter { $0.hasPrefix(stem.lowercased()) }
        case .fileName:
            return fileNames(stem)
        case .sql(let keywords, let kind):
            let dot = stem.lastIndex(of: ".")
            let qualifier = dot.map { Self.unquoted(String(stem[..<$0])) }
            let partial = dot.map { String(stem[stem.index(after: $0)...]) } ?? stem
            var result: [String] = []
            if qualifier == nil { result += Self.keywords(keywords, matching: stem) }
            let prefix = dot.map { String(stem[...$0]) } ?? ""
            result += names(kind, qualifier: qualifier, partial: partial).map { prefix + $0 }
            var seen = Set<String>()
            return result.filter { seen.insert($0).inserted }
        }
    }

    /// Keywords starting with `stem`, in its case: lower when it starts in lower case, else upper.
    static func keywords(_ keywords: [String], matching stem: String) -> [String] {
        let lower = stem.first?.isLowercase == true
        return keywords.filter { $0.lowercased().hasPrefix(stem.lowercased()) }.map { lower ? $0.lowercased() : $0 }
    }

    /// Catalog names for `names`, quoted where needed, starting with `partial`.
    private func names(_ names: CompletionContext.Names, qualifier: String?, partial: String) -> [String] {
        let identifiers: [String]
        switch names {
        case .none:
            return []
        case .relations, .tables:
            let offered = names == .tables ? catalog.relations.filter { $0.kind == .table } : catalog.relations
            if let qualifier {
                identifiers = offered.filter { $0.schema == qualifier }.map(\.name)
            } else {
                identifiers = offered.map(\.name) + catalog.schemas
            }
        case .databases:
            identifiers = qualifier == nil ? catalog.databases : []
        case .columns(let references):
            if let qualifier {
                let reference = references.first { $0.matches(qualifier) }
                let relation = catalog.relation(named: reference?.name ?? qualifier, schema: reference?.schema)
                identifiers = relation?.columns ?? []
            } else {
                identifiers = references.flatMap { catalog.relation(named: $0.name, schema: $0.schema)?.columns ?? [] }
            }
        }
        return identifiers.map(Self.quotedIfNeeded).filter { Self.matches($0, partial: partial) }.sorted()
    }

    /// Whether an identifier as written (`name` or `"Name"`) continues `partial`.
    static func matches(_ written: String, partial: String) -> Bool {
        if partial.hasPrefix("\"") { return written.hasPrefix(partial) }
        return unquoted(written).lowercased().hasPrefix(partial.lowercased())
    }

    /// `name` as SQL must write it: bare when lower-case and lexed as one identifier, else double-quoted.
    static func quotedIfNeeded(_ name: String) -> String {
        let simple =
            name.utf8.first.map(SQLBytes.isIdentifierStart) ?? false
            && name.utf8.allSatisfy(SQLBytes.isIdentifierPart) && !name.contains(where: \.isUppercase)
        return simple ? name : "\"" + name.replacing("\"", with: "\"\"") + "\""
    }

    /// An identifier with its double quotes removed.
    static func unquoted(_ text: String) -> String {
        guard text.hasPrefix("\"") else { return text.lowercased() }
        var inner = text.dropFirst()
        if inner.hasSuffix("\"") { inner = inner.dropLast() }
        return String(inner.replacing("\"\"", with: "\""))
    }

    /// Files and folders (with a trailing `/`) whose path starts with `stem`.
    private func fileNames(_ stem: String) -> [String] {
        let slash = stem.lastIndex(of: "/")
        let directory = slash.map { String(stem[...$0]) } ?? ""
        let partial = slash.map { String(stem[stem.index(after: $0)...]) } ?? stem
        return listDirectory(directory)
            .filter { $0.name.hasPrefix(partial) && ($0.name.first != "." || partial.hasPrefix(".")) }
            .map { directory + $0.name + ($0.isDirectory ? "/" : "") }
            .sorted()
    }
}
