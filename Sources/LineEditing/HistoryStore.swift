/// The statement history: one entry per statement, psql's rules, no I/O.
///
/// The shell hands a whole statement (possibly many lines) to `add(_:)` once it is
/// complete, so a multi-line statement is one entry. `HISTCONTROL` and `HISTSIZE`
/// rules are applied here; reading and writing the file is `HistoryFile`'s job, and
/// mirroring entries into libedit for up-arrow navigation is `LineEditor`'s.
public struct HistoryStore: Sendable, Equatable {
    /// psql's default `HISTSIZE`.
    public static let defaultLimit = 500

    /// Entries, oldest first.
    public private(set) var entries: [String]

    /// The most entries kept (`HISTSIZE`); `nil` means no limit.
    ///
    /// Lowering the limit drops the oldest entries at once.
    public var limit: Int? {
        didSet { trim() }
    }

    /// Which entries are ignored (`HISTCONTROL`).
    public var control: HistoryControl

    /// Entries recorded since the store was filled from the file or last saved, oldest
    /// first: what this session adds to the file when it merges.
    public private(set) var unsavedEntries: [String] = []

    /// Creates a store with psql's defaults: 500 entries, nothing ignored.
    public init(entries: [String] = [], limit: Int? = HistoryStore.defaultLimit, control: HistoryControl = []) {
        self.entries = []
        self.limit = limit
        self.control = control
        self.replaceEntries(with: entries)
    }

    /// Whether `entry` would be recorded after the current entries.
    public func accepts(_ entry: String) -> Bool {
        let normalized = Self.normalize(entry)
        if normalized.isEmpty {
            return false
        }
        if control.contains(.ignoreSpace), normalized.first == " " {
            return false
        }
        if control.contains(.ignoreDuplicates), entries.last == normalized {
            return false
        }
        return limit != 0
    }

    /// Records one statement; returns the stored text, or `nil` when the rules
    /// ignored it. Trailing newlines are dropped, inner newlines kept.
    @discardableResult
    public mutating func add(_ entry: String) -> String? {
        guard accepts(entry) else {
            return nil
        }
        let normalized = Self.normalize(entry)
        entries.append(normalized)
        unsavedEntries.append(normalized)
        trim()
        return normalized
    }

    /// Replaces all entries (as after loading a file), keeping the newest `limit`.
    public mutating func replaceEntries(with newEntries: [String]) {
        entries = newEntries.map(Self.normalize).filter { !$0.isEmpty }
        unsavedEntries.removeAll()
        trim()
    }

    /// Forgets which entries were unsaved, after they reached the file.
    public mutating func markSaved() {
        unsavedEntries.removeAll()
    }

    /// Removes every entry.
    public mutating func removeAll() {
        entries.removeAll()
        unsavedEntries.removeAll()
    }

    private mutating func trim() {
        guard let limit else {
            return
        }
        let excess = entries.count - max(limit, 0)
        if excess > 0 {
            entries.removeFirst(excess)
        }
    }

    private static func normalize(_ entry: String) -> String {
        var text = Substring(entry)
        while let last = text.last, last == "\n" || last == "\r\n" || last == "\r" {
            text = text.dropLast()
        }
        return String(text)
    }
}
