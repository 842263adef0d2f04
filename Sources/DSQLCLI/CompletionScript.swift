import ArgumentParser

/// The shell completion scripts `dsql --generate-completion-script SHELL` prints.
///
/// They are swift-argument-parser's, corrected where its generators leave dsql's
/// short help flag `-?` unquoted: bash and zsh would expand it as a file-name
/// pattern, and fish stops with "No matches for wildcard '?'" at every completion.
enum CompletionScript {
    /// The script for `shell`, as the committed files under `completions/` hold it.
    static func text(for shell: CompletionShell) -> String {
        let script = CommandTree.completionScript(for: shell)
        switch shell {
        case .bash:
            return script.replacing(" -? ", with: " '-?' ").replacing("(-? ", with: "('-?' ").replacing(" -?)", with: " '-?')")
        case .zsh:
            return script.replacing("{-?,", with: "{'-?',")
        case .fish:
            return script.replacing(" ? help'", with: " \"?\" help'")
        default:
            return script
        }
    }

    /// The shell `arguments` ask a script for (`--generate-completion-script [=]SHELL`,
    /// else the login shell), or nil when they ask for something else.
    static func requestedShell(_ arguments: [String]) -> CompletionShell? {
        guard let first = arguments.first else { return nil }
        let option = "--generate-completion-script"
        if first.hasPrefix(option + "=") { return CompletionShell(rawValue: String(first.dropFirst(option.count + 1))) }
        guard first == option else { return nil }
        if arguments.count > 1 { return CompletionShell(rawValue: arguments[1]) }
        return CompletionShell.autodetected()
    }
}
