import Shell

extension RunStep {
    /// `steps` — every `-c`, then every `-f`, as swift-argument-parser returns them —
    /// interleaved in the order their options appear in `arguments`, as psql runs them.
    ///
    /// Only the swift-argument-parser path needs this: `QuickArguments` appends the
    /// steps in order as it reads them.
    static func ordered(_ steps: [RunStep], as arguments: [String]) -> [RunStep] {
        var commands = steps.filter { if case .command = $0 { true } else { false } }[...]
        var files = steps.filter { if case .file = $0 { true } else { false } }[...]
        var ordered: [RunStep] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--" { break }
            if let isCommand = namesCommand(argument) {
                if let step = isCommand ? commands.popFirst() : files.popFirst() { ordered.append(step) }
                // The value is the next argument unless attached (`-cSQL`, `--file=x`).
                if !argument.contains("=") && (argument.count == 2 || argument.hasPrefix("--")) { index += 1 }
            }
            index += 1
        }
        return ordered + commands + files
    }

    /// True for `-c`, `-cSQL`, `--command[=…]` (`OptionTable.command`), false for the
    /// forms of `OptionTable.file`, nil for any other argument.
    private static func namesCommand(_ argument: String) -> Bool? {
        for (option, isCommand) in [(OptionTable.command, true), (OptionTable.file, false)] {
            for name in option.names {
                if name.hasPrefix("--") {
                    if argument == name || argument.hasPrefix(name + "=") { return isCommand }
                } else if !argument.hasPrefix("--") && argument.hasPrefix(name) {
                    return isCommand
                }
            }
        }
        return nil
    }
}
