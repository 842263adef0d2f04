@testable import Completion

/// A small catalog and engine shared by the completion tests.
enum CompletionFixtures {
    static let catalog = CompletionCatalog(
        schemas: ["public", "sales"],
        relations: [
            .init(schema: "public", name: "accounts", kind: .table, columns: ["id", "owner", "balance"]),
            .init(schema: "public", name: "audit_log", kind: .table, columns: ["id", "at", "message"]),
            .init(schema: "public", name: "active_accounts", kind: .view, columns: ["id", "owner"]),
            .init(schema: "sales", name: "orders", kind: .table, columns: ["order_id", "account_id", "total"]),
            .init(schema: "public", name: "MixedCase", kind: .table, columns: ["Value"]),
        ])

    static let engine = CompletionEngine(
        catalog: catalog, metaCommandNames: ["echo", "e", "edit", "pset", "watch", "q", "i", "x"],
        listDirectory: { directory in
            directory == ""
                ? [.init(name: "scripts", isDirectory: true), .init(name: "setup.sql", isDirectory: false)]
                : directory == "scripts/" ? [.init(name: "load.sql", isDirectory: false)] : []
        })

    /// Completes the text before `|` the way the editor does: the word after the last word break.
    static func complete(_ marked: String, pending: String = "") -> [String] {
        let line = String(marked.prefix { $0 != "|" })
        let word = wordBeforeCursor(line)
        return engine.candidates(lineBeforeCursor: line, word: word, pending: pending)
    }

    /// psql's word breaks (the LineEditing bridge's rule, restated so these tests need no terminal module).
    static func wordBeforeCursor(_ line: String) -> String {
        let breaks: Set<Character> = [" ", "\t", "\n", "@", "$", ">", "<", "=", ";", "|", "&", "{", "(", ")"]
        guard let index = line.lastIndex(where: { breaks.contains($0) }) else { return line }
        return String(line[line.index(after: index)...])
    }
}
