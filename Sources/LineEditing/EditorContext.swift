import CEditLine
import Glibc

/// State libedit's callbacks need, reached through `EL_CLIENTDATA` (`Unmanaged`,
/// never a global): the prompt text, the completion hook, the interrupt channel and
/// what the last read ended with.
final class EditorContext {
    let inputDescriptor: Int32
    let outputDescriptor: Int32
    let interrupts: InterruptChannel
    let environment: [String: String]
    var completer: LineEditor.Completer?
    /// While true (COPY data lines) TAB inserts a TAB character.
    var tabIsLiteral = false
    /// Says, from the line before the cursor, whether TAB should insert itself
    /// (inside a string literal) rather than complete.
    var keepsTab: ((String) -> Bool)?
    /// The prompt as the terminal shows it (for where a wrapped line's cursor is).
    private var visiblePrompt = ""
    /// The line before the cursor after the last TAB, while the next TAB would list.
    var lineAtLastTab: String?
    /// Bytes read before the terminal's (a prefilled line, as a bracketed paste).
    var injected: [UInt8] = []
    /// Set by the reader when an interrupt ended the current `el_gets`.
    var interrupted = false
    private var promptBuffer: UnsafeMutablePointer<CChar>?

    init(inputDescriptor: Int32, outputDescriptor: Int32, interrupts: InterruptChannel, environment: [String: String]) {
        self.inputDescriptor = inputDescriptor
        self.outputDescriptor = outputDescriptor
        self.interrupts = interrupts
        self.environment = environment
    }

    deinit {
        free(promptBuffer)
    }

    /// The context stored in `editLine`'s client data.
    static func from(_ editLine: OpaquePointer?) -> EditorContext? {
        guard let editLine, let raw = dsql_el_get_client_data(editLine) else {
            return nil
        }
        return Unmanaged<EditorContext>.fromOpaque(raw).takeUnretainedValue()
    }

    /// Stores the prompt as a C string in libedit's form (see `PromptText`).
    func setPrompt(_ prompt: String) {
        visiblePrompt = ScreenPosition.visiblePrompt(prompt)
        free(promptBuffer)
        promptBuffer = strdup(PromptText.libeditPrompt(prompt))
    }

    /// The prompt handed to libedit; owned here until the next `setPrompt`.
    var prompt: UnsafeMutablePointer<CChar>? {
        promptBuffer
    }

    // MARK: - Reading

    private enum ByteEvent {
        case byte(CChar)
        case end
        case interrupt
        case failure(Int32)
    }

    /// libedit's character reader (`EL_GETCFN`): one character, 0 at end of input,
    /// -1 with errno EINTR on an interrupt (which ends `el_gets`).
    func readCharacter(_ editLine: OpaquePointer, into character: UnsafeMutablePointer<wchar_t>) -> Int32 {
        var pending: [CChar] = []
        while true {
            switch nextByte(editLine) {
            case .interrupt:
                interrupted = true
                character.pointee = 0
                errno = EINTR
                return -1
            case .end:
                character.pointee = 0
                return 0
            case .failure(let code):
                character.pointee = 0
                errno = code
                return -1
            case .byte(let byte):
                pending.append(byte)
            }
            while !pending.isEmpty {
                var state = mbstate_t()
                var wide: wchar_t = 0
                let result = pending.withUnsafeBufferPointer { mbrtowc(&wide, $0.baseAddress, $0.count, &state) }
                if result == -2 { // (size_t)-2: incomplete; Swift imports size_t as Int
                    if pending.count >= 16 {
                        errno = EILSEQ
                        return -1
                    }
                    break
                }
                if result == -1 { // (size_t)-1: invalid sequence
                    // Invalid: like libedit, retry from the last byte, or drop a lone one.
                    pending = pending.count > 1 ? [pending[pending.count - 1]] : []
                    continue
                }
                character.pointee = wide
                return 1
            }
        }
    }

    /// Waits for a byte on the terminal or an interrupt, whichever comes first; a
    /// window-size change on the way is applied (`el_resize`) and the line redrawn.
    private func nextByte(_ editLine: OpaquePointer) -> ByteEvent {
        if !injected.isEmpty { return .byte(CChar(bitPattern: injected.removeFirst())) }
        while true {
            var descriptors = [
                pollfd(fd: inputDescriptor, events: Int16(POLLIN), revents: 0),
                pollfd(fd: interrupts.readDescriptor, events: Int16(POLLIN), revents: 0),
            ]
            if poll(&descriptors, 2, -1) < 0 {
                let code = errno
                if code == EINTR || code == EAGAIN {
                    if handlePendingEvents(editLine) { return .interrupt }
                    continue
                }
                return .failure(code)
            }
            if descriptors[1].revents & Int16(POLLIN) != 0, handlePendingEvents(editLine) {
                return .interrupt
            }
            guard descriptors[0].revents != 0 else {
                continue
            }
            var byte: CChar = 0
            let count = read(inputDescriptor, &byte, 1)
            if count == 1 { return .byte(byte) }
            if count == 0 { return .end }
            let code = errno
            if code == EINTR || code == EAGAIN { continue }
            return .failure(code)
        }
    }

    /// Drains the channel, applies a resize; true when an interrupt was among it.
    ///
    /// The corresponding libedit functions are `el_resize` and `el_set(EL_REFRESH)`.
    private func handlePendingEvents(_ editLine: OpaquePointer) -> Bool {
        let pending = interrupts.takePending()
        if pending.resize || pending.redraw, !pending.interrupt {
            if pending.resize { el_resize(editLine) }
            if pending.redraw { writeNewline() }
            _ = dsql_el_refresh(editLine)
        }
        return pending.interrupt
    }

    /// Starts a new line on the terminal (the shell's job message may end without one).
    private func writeNewline() {
        var newline: UInt8 = 0x0A
        _ = write(outputDescriptor, &newline, 1)
    }

    // MARK: - Completion

    /// The TAB function (`EL_ADDFN`): a TAB character where completion makes no
    /// sense, else asks the completer, then edits or lists.
    func complete(_ editLine: OpaquePointer) -> UInt8 {
        guard let info = el_line(editLine), let buffer = info.pointee.buffer,
            let cursor = info.pointee.cursor
        else {
            return UInt8(CC_ERROR)
        }
        let length = cursor - buffer
        let line = String(decoding: UnsafeRawBufferPointer(start: buffer, count: max(length, 0)), as: UTF8.self)
        if tabIsLiteral || keepsTab?(line) == true {
            return el_insertstr(editLine, "\t") == 0 ? UInt8(CC_REFRESH) : UInt8(CC_ERROR)
        }
        guard let completer else { return UInt8(CC_REFRESH_BEEP) }
        let word = CompletionBridge.wordBeforeCursor(in: line)
        let action = CompletionBridge.action(word: word, candidates: completer(line, word))
        let repeated = lineAtLastTab == line
        lineAtLastTab = nil
        switch action {
        case .none:
            return UInt8(CC_REFRESH_BEEP)
        case .replaceWord(let text):
            let wordLength = word.unicodeScalars.count
            if wordLength > 0 {
                el_deletestr(editLine, Int32(clamping: wordLength))
            }
            // Several candidates shared this prefix: the next TAB lists them.
            if !text.hasSuffix(" ") && !text.hasSuffix("/") { lineAtLastTab = String(line.dropLast(word.count)) + text }
            return el_insertstr(editLine, text) == 0 ? UInt8(CC_REFRESH) : UInt8(CC_ERROR)
        case .list where !repeated:
            // As readline: the first TAB that cannot add anything beeps, the second lists.
            lineAtLastTab = line
            return UInt8(CC_REFRESH_BEEP)
        case .list(let candidates):
            lineAtLastTab = line
            let width = TerminalInfo.size(of: outputDescriptor, environment: environment).width
            // libedit redraws from as many rows up as its cursor is below the prompt's row:
            // blank rows after the list keep a wrapped line from being drawn over it.
            let row = ScreenPosition.cursorRow(prompt: visiblePrompt, line: line, columns: width)
            let text = "\n" + CompletionBridge.columns(candidates, width: width) + String(repeating: "\n", count: row)
            if let file = dsql_el_get_file(editLine, 1) {
                fputs(text, file)
                fflush(file)
            }
            return UInt8(CC_REDISPLAY)
        }
    }

    // MARK: - Bracketed paste

    /// The function bound to the terminal's paste start (`ESC [ 200 ~`): reads up to the
    /// paste end (`ESC [ 201 ~`) and inserts the text as it is, TABs and line ends
    /// included, so nothing in it completes or runs before the user presses Enter.
    ///
    /// The corresponding libedit function is `el_insertstr`.
    func paste(_ editLine: OpaquePointer) -> UInt8 {
        var collector = PasteCollector()
        reading: while !collector.finished {
            switch nextByte(editLine) {
            case .byte(let byte): collector.add(UInt8(bitPattern: byte))
            case .interrupt:
                interrupted = true
                return UInt8(CC_EOF)
            case .end, .failure: break reading
            }
        }
        let text = collector.text
        guard !text.isEmpty else { return UInt8(CC_NORM) }
        return el_insertstr(editLine, text) == 0 ? UInt8(CC_REFRESH) : UInt8(CC_ERROR)
    }
}
