// LineEditing — owns interactive line editing (libedit), the statement history and
// its file, the TAB-completion bridge and terminal facts. It is the only user of
// CEditLine and never imports CLibPQ; what to complete is decided by the shell.

import CEditLine
import Glibc

/// An interactive line editor on a terminal, backed by libedit.
///
/// Emacs key bindings by default, `~/.editrc` (or `$EDITRC`) honoured with the
/// program name as the `dsql:` prefix, up-arrow history mirrored from `history`,
/// TAB calling `completer`. Interrupts: see `InterruptChannel`. The shell should call
/// `setlocale(LC_ALL, "")` once at start-up so multi-byte input is decoded.
public final class LineEditor {
    /// `(lineBeforeCursor, wordBeforeCursor) -> candidates` for the word.
    public typealias Completer = (_ lineBeforeCursor: String, _ wordBeforeCursor: String) -> [String]

    /// Put around invisible prompt text (colour escapes), psql's `%[` … `%]`.
    public static let invisibleStart = "\u{01}"
    /// Ends a span started by `invisibleStart`.
    public static let invisibleEnd = "\u{02}"

    private let editLine: OpaquePointer
    private let libeditHistory: LibeditHistory
    private let context: EditorContext
    private let files: [UnsafeMutablePointer<FILE>]
    private var historyStore: HistoryStore
    /// Whether the terminal is asked to mark pastes (`ESC [ ? 2004 h`) while a line is read.
    private var bracketedPaste = false

    /// The channel interrupts arrive through.
    public var interrupts: InterruptChannel { context.interrupts }

    /// Called on TAB; `nil` makes TAB beep.
    public var completer: Completer? {
        get { context.completer }
        set { context.completer = newValue }
    }

    /// While true, TAB inserts a TAB character instead of completing (COPY data lines).
    public var tabIsLiteral: Bool {
        get { context.tabIsLiteral }
        set { context.tabIsLiteral = newValue }
    }

    /// Decides from the line before the cursor whether TAB inserts itself (inside a
    /// string literal, say) instead of completing.
    public var keepsTab: ((String) -> Bool)? {
        get { context.keepsTab }
        set { context.keepsTab = newValue }
    }

    /// The statement history; setting it (e.g. after `\set HISTSIZE`) also updates
    /// what up-arrow shows.
    public var history: HistoryStore {
        get { historyStore }
        set {
            historyStore = newValue
            libeditHistory.setSize(historyStore.limit)
            libeditHistory.replaceAll(with: historyStore.entries)
        }
    }

    /// Sets up libedit on the given descriptors (duplicated; the caller keeps its own).
    ///
    /// The corresponding libedit functions are `el_init_fd`, `el_set` and `el_source`.
    /// - Parameters:
    ///   - programName: selects `name:` lines in `~/.editrc`.
    ///   - environment: read for `TERM`, `EDITRC`, `COLUMNS`/`LINES`, instead of the
    ///     process's own (libedit consults `getenv` only when `TERM` is absent here).
    ///   - homeDirectory: where `.editrc` is looked for.
    ///   - interrupts: the channel the shell's SIGINT handler notifies; a new one if nil.
    ///   - terminalType: overrides `environment["TERM"]` for libedit's termcap lookup.
    public init(
        programName: String = "dsql",
        inputDescriptor: Int32 = STDIN_FILENO,
        outputDescriptor: Int32 = STDOUT_FILENO,
        errorDescriptor: Int32 = STDERR_FILENO,
        environment: [String: String] = [:],
        homeDirectory: String? = nil,
        interrupts: InterruptChannel? = nil,
        terminalType: String? = nil,
        history: HistoryStore = HistoryStore()
    ) throws(LineEditorError) {
        var opened: [UnsafeMutablePointer<FILE>] = []
        func open(_ descriptor: Int32, _ mode: String) throws(LineEditorError) -> UnsafeMutablePointer<FILE> {
            let copy = dup(descriptor)
            guard copy >= 0, let file = fdopen(copy, mode) else {
                let reason = HistoryFile.reason(errno)
                if copy >= 0 { _ = close(copy) }
                opened.forEach { _ = fclose($0) }
                throw LineEditorError.systemCall(name: "dup/fdopen", reason: reason)
            }
            opened.append(file)
            return file
        }
        let input = try open(inputDescriptor, "r")
        let output = try open(outputDescriptor, "w")
        let errorFile = try open(errorDescriptor, "w")
        let channel: InterruptChannel
        let historyList: LibeditHistory
        do throws(LineEditorError) {
            if let interrupts {
                channel = interrupts
            } else {
                channel = try InterruptChannel()
            }
            historyList = try LibeditHistory()
        } catch {
            opened.forEach { _ = fclose($0) }
            throw error
        }
        guard
            let editLine = el_init_fd(
                programName, input, output, errorFile, fileno(input), fileno(output), fileno(errorFile))
        else {
            opened.forEach { _ = fclose($0) }
            throw LineEditorError.libeditInitializationFailed(function: "el_init_fd")
        }
        self.editLine = editLine
        self.files = opened
        self.libeditHistory = historyList
        self.historyStore = history
        self.context = EditorContext(
            inputDescriptor: fileno(input), outputDescriptor: fileno(output),
            interrupts: channel, environment: environment)
        configure(programName: programName, terminalType: terminalType ?? environment["TERM"])
        sourceEditrc(environment: environment, homeDirectory: homeDirectory)
        self.history = history
    }

    deinit {
        // el_end restores the terminal with TCSAFLUSH, which would throw away what the
        // user typed ahead after `\q` (psql leaves it for the shell); edit mode off makes
        // it skip that (el_gets already left the terminal in its ordinary modes).
        _ = dsql_el_set_editmode(editLine, 0)
        el_end(editLine)
        files.forEach { _ = fclose($0) }
    }

    /// Installs dsql's defaults: client data, emacs keys, prompt, reader, history, TAB.
    ///
    /// The corresponding libedit function is `el_set` (through the CEditLine shims).
    private func configure(programName: String, terminalType: String?) {
        _ = dsql_el_set_client_data(editLine, Unmanaged.passUnretained(context).toOpaque())
        if let terminalType {
            _ = dsql_el_set_terminal(editLine, terminalType)
        }
        _ = dsql_el_set_editor(editLine, "emacs")
        // libedit's own handlers (EL_SIGNAL) re-raise with kill(0, sig), hitting the
        // whole process group; interrupts come through InterruptChannel instead.
        _ = dsql_el_set_signal(editLine, 0)
        _ = dsql_el_set_prompt_esc(
            editLine,
            { editLine in
                EditorContext.from(editLine)?.prompt
            }, 1)
        _ = dsql_el_set_getc(
            editLine,
            { editLine, character in
                guard let editLine, let context = EditorContext.from(editLine), let character else {
                    return -1
                }
                return context.readCharacter(editLine, into: character)
            })
        _ = dsql_el_set_history(editLine, libeditHistory.pointer)
        _ = dsql_el_add_function(editLine, "dsql-complete", "Complete the word before the cursor") { editLine, _ in
            guard let editLine, let context = EditorContext.from(editLine) else {
                return UInt8(CC_ERROR)
            }
            return context.complete(editLine)
        }
        _ = dsql_el_bind(editLine, "^I", "dsql-complete")
        _ = dsql_el_add_function(editLine, "dsql-paste", "Insert pasted text as it is") { editLine, _ in
            guard let editLine, let context = EditorContext.from(editLine) else {
                return UInt8(CC_ERROR)
            }
            return context.paste(editLine)
        }
        _ = dsql_el_bind(editLine, "\\e[200~", "dsql-paste")
        bracketedPaste = terminalType.map { $0 != "dumb" && !$0.isEmpty } ?? false
    }

    /// Reads `$EDITRC` or `<home>/.editrc`, after the defaults so the user wins.
    ///
    /// The corresponding libedit function is `el_source`.
    private func sourceEditrc(environment: [String: String], homeDirectory: String?) {
        let path: String
        if let explicit = environment["EDITRC"], !explicit.isEmpty {
            path = explicit
        } else if let home = homeDirectory, !home.isEmpty {
            path = home.hasSuffix("/") ? home + ".editrc" : home + "/.editrc"
        } else {
            return
        }
        if access(path, R_OK) == 0 {
            _ = el_source(editLine, path)
        }
    }

    /// Shows `prompt`, lets the user edit one line, and returns it.
    ///
    /// The corresponding libedit function is `el_gets`. Mark colour escapes in
    /// `prompt` with `invisibleStart`/`invisibleEnd`. If SIGINT (or SIGWINCH) still
    /// has its default action, it is routed to `interrupts` for the duration of the
    /// call, so Ctrl-C never ends the process here and a resize redraws the line. On `.interrupted`, "^C" and a newline have been
    /// written; the shell should also drop any partly-entered statement, as psql does.
    public func readLine(prompt: String) -> ReadResult {
        context.setPrompt(prompt)
        context.interrupted = false
        context.lineAtLastTab = nil
        context.interrupts.drain()
        let replaced = [SignalForwarding.Kind.interrupt, .resize]
            .filter(SignalForwarding.isDefaultDisposition)
            .map { SignalForwarding.install($0, to: context.interrupts) }
        let stopHandler = JobControl.install(terminal: context.inputDescriptor, channel: context.interrupts)
        defer {
            stopHandler.map(JobControl.restore)
            replaced.reversed().forEach(SignalForwarding.restore)
        }
        var count: Int32 = 0
        if bracketedPaste { writeOutput("\u{1B}[?2004h") }
        let text = el_gets(editLine, &count)
        if bracketedPaste { writeOutput("\u{1B}[?2004l") }
        if context.interrupted {
            discardLine()
            writeOutput("^C\n")
            return .interrupted
        }
        guard let text, count > 0 else {
            return .endOfInput
        }
        var line = String(cString: text)
        while line.hasSuffix("\n") || line.hasSuffix("\r") {
            line.removeLast()
        }
        return .line(line)
    }

    /// Records a complete statement (all its lines) as one history entry, subject to
    /// `HISTCONTROL`/`HISTSIZE`; returns whether it was recorded.
    @discardableResult
    public func addHistory(_ statement: String) -> Bool {
        guard let stored = historyStore.add(statement) else {
            return false
        }
        libeditHistory.enter(stored)
        return true
    }

    /// Replaces the history with the file's entries (newest `HISTSIZE` kept).
    public func loadHistory(from file: HistoryFile) throws(HistoryFileError) {
        var store = historyStore
        store.replaceEntries(with: try file.load())
        history = store
    }

    /// Adds this session's new entries to `file` after whatever other sessions wrote
    /// there meanwhile (atomically, mode 0600, newest `HISTSIZE` kept).
    public func saveHistory(to file: HistoryFile) throws(HistoryFileError) {
        try file.merge(historyStore.unsavedEntries, limit: historyStore.limit)
        historyStore.markSaved()
    }

    /// Puts `text` on the next line to be edited, as if pasted: the user can change it
    /// before pressing Enter (`\e` of a statement without `;`).
    public func prefill(_ text: String) {
        context.injected = Array(("\u{1B}[200~" + text + "\u{1B}[201~").utf8)
    }

    /// Entries as libedit's up-arrow list holds them, oldest first (for tests).
    var libeditEntries: [String] {
        libeditHistory.entries
    }

    /// Empties libedit's line buffer so the next prompt starts clean.
    ///
    /// The corresponding libedit functions are `el_wline`, `el_cursor` and `el_deletestr`.
    private func discardLine() {
        guard let info = el_wline(editLine), let buffer = info.pointee.buffer,
            let cursor = info.pointee.cursor, let last = info.pointee.lastchar
        else {
            return
        }
        let length = last - buffer
        _ = el_cursor(editLine, Int32(clamping: last - cursor))
        if length > 0 {
            el_deletestr(editLine, Int32(clamping: length))
        }
    }

    private func writeOutput(_ text: String) {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let count = bytes.withUnsafeMutableBytes {
                write(context.outputDescriptor, $0.baseAddress.map { $0 + offset }, $0.count - offset)
            }
            if count < 0, errno == EINTR { continue }
            if count <= 0 { return }
            offset += count
        }
    }
}
