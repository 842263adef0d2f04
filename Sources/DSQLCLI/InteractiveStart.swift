import Completion
import FoundationEssentials
import Glibc
import LineEditing
import PostgresClient
import Shell

/// Sets up an interactive session: banner, line editor, history, prompt, Ctrl-C.
struct InteractiveStart {
    let session: Session
    let environment: [String: String]
    /// Where `.editrc` and the default history file are looked for.
    let homeDirectory: String
    let useLineEditing: Bool
    let colour: Bool

    func run(_ runner: Runner) -> ExitStatus {
        setlocale(LC_ALL, "")
        let trust = session.connectionInfo
        if !session.quiet {
            let tls =
                trust.plaintextSummary.map { "TLS: \($0)" }
                ?? "TLS \(trust.sslMode.rawValue), trust: \(trust.trustSummary)"
            session.standardOutput.write("\(VersionText.full) — \(tls)\n")
            session.standardOutput.write("Type \"\\?\" for help, \"\\q\" to quit.\n\n")
            session.standardOutput.flush()
        }
        let stderr = session.errorSink
        session.promptColour = colour
        session.optionsHelp = DSQLCommand.helpMessage(columns: 80)
        session.progressTicker = isatty(STDERR_FILENO) == 1 ? ProgressTicker(errors: stderr) : nil
        session.terminalColumns = TerminalInfo.size(of: STDOUT_FILENO, environment: environment).width
        guard useLineEditing,
            let editor = try? LineEditor(
                programName: "dsql", environment: environment, homeDirectory: homeDirectory,
                history: HistorySettings.store(session.variables.settings))
        else {
            InterruptHandling.install(promptChannel: nil)
            return runner.runInteractive(PlainTerminalSource())
        }
        InterruptHandling.install(promptChannel: editor.interrupts)
        HangupHandling.install(promptChannel: editor.interrupts)
        let completer = SQLCompleter(session: session)
        editor.completer = { completer.complete(lineBeforeCursor: $0, wordBeforeCursor: $1) }
        editor.keepsTab = { [session] line in LiteralTab.applies(pending: session.pendingQueryText, line: line) }
        session.statementObserver = { completer.noteStatement($0) }
        let historyFile = HistoryLocation.resolve(environment: environment, homeDirectory: homeDirectory).map(
            HistoryFile.init(location:))
        let source = EditorLineSource(
            editor: editor, historyFile: historyFile,
            historySettings: { [session] in
                session.variables.settings
            }
        ) { warning in
            stderr.write("dsql: warning: \(warning)\n")
            stderr.flush()
        }
        let status = runner.runInteractive(source)
        source.saveHistory()
        return status
    }
}
