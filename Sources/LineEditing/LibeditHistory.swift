import CEditLine

/// Owns libedit's `History*`: the list that up-arrow and Ctrl-R walk through.
///
/// `LineEditor` mirrors its `HistoryStore` into this list; nothing else writes it.
final class LibeditHistory {
    /// The C handle, handed to `el_set(EL_HIST)`.
    let pointer: OpaquePointer

    /// Creates an empty history list.
    ///
    /// The corresponding libedit function is `history_init`.
    init() throws(LineEditorError) {
        guard let pointer = history_init() else {
            throw LineEditorError.libeditInitializationFailed(function: "history_init")
        }
        self.pointer = pointer
        // Duplicates are the HistoryStore's decision (HISTCONTROL), not libedit's.
        _ = dsql_history_set_unique(pointer, 0)
        // libedit starts with room for no entries at all.
        setSize(HistoryStore.defaultLimit)
    }

    deinit {
        history_end(pointer)
    }

    /// Keeps at most `size` entries. The corresponding libedit call is `history(H_SETSIZE)`.
    func setSize(_ size: Int?) {
        _ = dsql_history_set_size(pointer, Int32(clamping: size ?? Int(Int32.max)))
    }

    /// Adds one entry. The corresponding libedit call is `history(H_ENTER)`.
    func enter(_ entry: String) {
        _ = dsql_history_enter(pointer, entry)
    }

    /// Replaces all entries. The corresponding libedit call is `history(H_CLEAR)`.
    func replaceAll(with entries: [String]) {
        _ = dsql_history_clear(pointer)
        for entry in entries {
            enter(entry)
        }
    }

    /// All entries, oldest first. The corresponding libedit calls are
    /// `history(H_FIRST)` and `history(H_NEXT)`.
    var entries: [String] {
        var newestFirst: [String] = []
        var current = dsql_history_first(pointer)
        while let text = current {
            newestFirst.append(String(cString: text))
            current = dsql_history_next(pointer)
        }
        return newestFirst.reversed()
    }

    /// Writes the list with libedit's own writer (tests compare it with
    /// `HistoryFileFormat`). The corresponding libedit call is `history(H_SAVE)`.
    func save(toPath path: String) -> Bool {
        dsql_history_save(pointer, path) >= 0
    }

    /// Reads a file with libedit's own reader. The corresponding libedit call is
    /// `history(H_LOAD)`.
    func load(fromPath path: String) -> Bool {
        dsql_history_load(pointer, path) >= 0
    }
}
