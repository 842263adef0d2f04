/// The catalog names completion offers, read once and kept until DDL runs.
///
/// The cache does not read the catalog itself: whoever asks for it passes the
/// read, which is called lazily, at the first TAB that needs the names. A failed
/// read (nil) is not kept, so it is tried again at the next TAB.
public final class CatalogCache {
    private var cached: CompletionCatalog?

    /// An empty cache.
    public init() {}

    /// Forgets the names after a statement that may have changed them (CREATE, ALTER, DROP).
    public func noteStatement(_ sql: String) {
        if Self.changesCatalog(sql) { cached = nil }
    }

    /// Forgets the names, so the next TAB reads them again.
    public func invalidate() { cached = nil }

    /// Whether `sql` holds a statement starting with CREATE, ALTER or DROP.
    static func changesCatalog(_ sql: String) -> Bool {
        var atStart = true
        for token in CompletionToken.tokens(sql) {
            if atStart, let word = token.word, ["create", "alter", "drop"].contains(word) { return true }
            atStart = token.isSymbol(";")
        }
        return false
    }

    /// The cached catalog, reading it with `read` when there is none; empty when the read fails.
    public func catalog(reading read: () -> CompletionCatalog?) -> CompletionCatalog {
        if let cached { return cached }
        guard let catalog = read() else { return .empty }
        cached = catalog
        return catalog
    }
}
