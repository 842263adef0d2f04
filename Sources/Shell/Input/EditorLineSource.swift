import LineEditing
import SQLScanner

/// Lines typed at a terminal, through libedit, with history.
public final class EditorLineSource: LineSource {
    let editor: LineEditor
    private let historyFile: HistoryFile?
    private let warn: (String) -> Void
    private let historySettings: () -> ShellSettings

    /// Loads the history file, if there is one; a failure is a warning.
    /// `historySettings` (the session's parsed `HISTSIZE` and `HISTCONTROL`) is read before
    /// each entry is recorded, so `\set HISTSIZE` and `\set HISTCONTROL` take effect at once.
    public init(
        editor: LineEditor, historyFile: HistoryFile?,
        historySettings: @escaping () -> ShellSettings = { ShellSettings() },
        warn: @escaping (String) -> Void
    ) {
        self.editor = editor
        self.historyFile = historyFile
        self.warn = warn
        self.historySettings = historySettings
        if let historyFile {
            do { try editor.loadHistory(from: historyFile) } catch { warn("\(error)") }
        }
    }

    public func nextLine(prompt: String) -> LineInput {
        if HangupHandling.hungUp { return .endOfInput }
        let result = editor.readLine(prompt: prompt)
        if HangupHandling.hungUp { return .endOfInput }
        switch result {
        case .line(let text): return .line(Array(text.utf8))
        case .endOfInput: return .endOfInput
        case .interrupted: return .interrupted
        }
    }

    public func nextDataLine(prompt: String) -> LineInput {
        editor.tabIsLiteral = true
        defer { editor.tabIsLiteral = false }
        return nextLine(prompt: prompt)
    }

    public func prefill(_ text: String) -> Bool {
        editor.prefill(text)
        return true
    }

    public var isInteractive: Bool { true }

    public var historyEntries: [String]? { editor.history.entries }

    public func addToHistory(_ entry: String) {
        applyHistoryVariables()
        _ = editor.addHistory(entry)
    }

    /// Brings the editor's `HISTSIZE` and `HISTCONTROL` in line with the variables.
    private func applyHistoryVariables() {
        let settings = historySettings()
        let limit = HistorySettings.limit(settings)
        let control = HistorySettings.control(settings)
        guard editor.history.limit != limit || editor.history.control != control else { return }
        var store = editor.history
        store.limit = limit
        store.control = control
        editor.history = store
    }

    /// Writes the history file (mode 0600); a failure is a warning.
    public func saveHistory() {
        guard let historyFile else { return }
        do { try editor.saveHistory(to: historyFile) } catch { warn("\(error)") }
    }
}
