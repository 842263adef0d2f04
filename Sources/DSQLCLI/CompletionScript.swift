import ArgumentParser

/// The shell completion scripts `dsql --generate-completion-script SHELL` prints.
///
/// They are swift-argument-parser's, corrected in two ways the committed files under
/// `completions/` show:
/// - dsql takes a subcommand only as its first argument and an endpoint there
///   otherwise (`DSQLMain`), while the generators let the root's optional endpoint
///   take `check`, `doctor` and `token`, so those would be completed with the root's options;
/// - the short help flag `-?` is left open to globbing: bash would offer a file
///   named `-w` in its place, and fish stops with "No matches for wildcard '?'";
///   fish's `argparse` also refuses `?` as a short flag, which made it parse no
///   command line at all, so its parser is given `--help` alone.
enum CompletionScript {
    /// The script for `shell`.
    static func text(for shell: CompletionShell) -> String {
        let script = CommandTree.completionScript(for: shell)
        let names = subcommandNames
        switch shell {
        case .bash:
            return
                script
                .replacingFirst("    set +o history +o posix\n", with: "    set +o history +o posix -o noglob\n")
                .replacingFirst(
                    "    __dsql_offer_flags_options 1\n",
                    with: """
                            # dsql takes a subcommand only as its first argument, an endpoint there otherwise.
                            if [[ "${COMP_CWORD}" -gt 1 && "${COMP_WORDS[1]}" =~ ^(\(names.joined(separator: "|")))$ ]]; then
                                unset 'unparsed_words[0]'
                                unparsed_words=("${unparsed_words[@]}")
                                "_dsql_${COMP_WORDS[1]}"
                                return
                            fi
                            __dsql_offer_flags_options 1

                        """)
        case .zsh:
            return
                script
                .replacingFirst(
                    "    local -ar arg_specs=(\n        ':endpoint:'\n",
                    with: """
                            # dsql takes a subcommand only as its first argument, an endpoint there otherwise.
                            local -a ___endpoint=(':endpoint:')
                            if [[ "${CURRENT}" -eq 2 || "${words[2]}" = (\(names.joined(separator: "|"))) ]]; then
                                ___endpoint=()
                            fi
                            local -ar arg_specs=(
                                "${___endpoint[@]}"

                        """
                )
                .replacing("{-?,", with: "{'-?',")
        case .fish:
            return
                script
                .replacingFirst(
                    "        __dsql_parse_subcommand 1 ",
                    with: """
                                # dsql takes a subcommand only as its first argument, an endpoint there otherwise.
                                set -l root_positionals 1
                                contains -- "$unparsed_tokens[2]" \(names.joined(separator: " ")); and set root_positionals 0
                                __dsql_parse_subcommand $root_positionals 
                        """
                )
                .replacing(" ? help'", with: " \"?\" help'")
                .replacing(" '?/help'", with: " 'help'")
        default:
            return script
        }
    }

    /// The subcommands, with the `help` the parser adds to every tree.
    private static var subcommandNames: [String] {
        CommandTree.configuration.subcommands.map { $0.configuration.commandName ?? "" } + ["help"]
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

extension String {
    /// The text with the first occurrence of `target` replaced, or unchanged without one.
    fileprivate func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = firstRange(of: target) else { return self }
        var text = self
        text.replaceSubrange(range, with: replacement)
        return text
    }
}
