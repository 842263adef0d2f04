import Dispatch
import Foundation
import Glibc
import Testing

@testable import LineEditing

/// A `LineEditor` on a fresh pty, with `readLine` run on its own thread so the test
/// can type while the editor waits. Every wait is bounded; on a timeout the pty is
/// hung up (which unblocks the editor) and the transcript is reported.
final class EditorSession: @unchecked Sendable {
    let terminal: PseudoTerminal
    let editor: LineEditor
    let home: TemporaryDirectory
    private var result: ReadResult?
    private let done = DispatchSemaphore(value: 0)

    init(editrc: String? = nil, history: HistoryStore = HistoryStore(), completer: LineEditor.Completer? = nil) throws {
        terminal = try PseudoTerminal(width: 80, height: 24)
        home = TemporaryDirectory()
        if let editrc {
            TemporaryDirectory.write(editrc, to: home.file(".editrc"), mode: 0o600)
        }
        editor = try LineEditor(
            programName: "dsql", inputDescriptor: terminal.slave, outputDescriptor: terminal.slave,
            errorDescriptor: terminal.slave, environment: [:], homeDirectory: home.path,
            terminalType: "xterm", history: history)
        editor.completer = completer
    }

    deinit {
        home.remove()
    }

    /// Starts `readLine(prompt:)` and waits until the prompt is drawn.
    func start(prompt: String = "dsql=> ", expecting drawn: String? = nil) {
        let start = terminal.transcript.count
        result = nil
        Thread { [self] in
            let value = editor.readLine(prompt: prompt)
            result = value
            done.signal()
        }.start()
        if !terminal.waitFor(drawn ?? prompt, after: start) {
            Issue.record(
                "prompt \(prompt.debugDescription) never appeared; transcript: \(terminal.output.debugDescription)")
        }
        // Keys typed before libedit leaves canonical mode would be cooked by the line
        // discipline (^D would become an EOF marker), so wait for raw mode too.
        if !terminal.waitForRawMode() {
            Issue.record("terminal never left canonical mode; transcript: \(terminal.output.debugDescription)")
        }
    }

    /// Waits for the running `readLine` to return.
    func finish(seconds: Double = 5, sourceLocation: SourceLocation = #_sourceLocation) -> ReadResult? {
        let deadline = PseudoTerminal.now() + seconds
        while done.wait(timeout: .now() + .milliseconds(20)) == .timedOut {
            terminal.drain(milliseconds: 0)
            if PseudoTerminal.now() > deadline {
                terminal.closeMaster()
                _ = done.wait(timeout: .now() + .seconds(2))
                Issue.record(
                    "readLine did not return within \(seconds)s; transcript: \(terminal.output.debugDescription)",
                    sourceLocation: sourceLocation)
                return nil
            }
        }
        terminal.drain(milliseconds: 50)
        return result
    }

    /// Starts a read, types `keys`, and returns what `readLine` produced.
    func read(typing keys: String, prompt: String = "dsql=> ", sourceLocation: SourceLocation = #_sourceLocation)
        -> ReadResult?
    {
        start(prompt: prompt)
        terminal.type(keys)
        return finish(sourceLocation: sourceLocation)
    }
}
