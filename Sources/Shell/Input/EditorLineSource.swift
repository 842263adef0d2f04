import LineEditing

/// Lines typed at a terminal, through libedit, with history.
public final class EditorLineSource: LineSource {
    let editor: LineEditor
    private let historyFile: HistoryFile?
    private let warn: (String) -> Void

    /// Loads the history file, if there is one; a failure is a warning.
    public init(editor: LineEditor, historyFile: HistoryFile?, warn: @escaping (String) -> Void) {
        self.editor = editor
        self.historyFile = historyFile
        self.warn = warn
        if let historyFile {
            do { try editor.loadHistory(from: historyFile) } catch { warn("\(error)") }
        }
    }

    public func nextLine(prompt: String) -> LineInput {
        switch editor.readLine(prompt: prompt) {
        case .line(let text): .line(Array(text.utf8))
        case .endOfInput: .endOfInput
        case .interrupted: .interrupted
        }
    }

    public var isInteractive: Bool { true }

    public func addToHistory(_ entry: String) { _ = editor.addHistory(entry) }

    /// Writes the history file (mode 0600); a failure is a warning.
    public func saveHistory() {
        guard let historyFile else { return }
        do { try editor.saveHistory(to: historyFile) } catch { warn("\(error)") }
    }
}
