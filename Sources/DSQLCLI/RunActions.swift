/// One `-c` or `-f`, in the order given on the command line.
enum RunAction: Equatable {
    case command(String)
    case file(String)

    /// Interleaves `commands` and `files` in the order their flags appear in `arguments`.
    ///
    /// ArgumentParser keeps each option's values in order but not the order between
    /// two options, which psql honours; the raw arguments tell it.
    static func ordered(arguments: [String], commands: [String], files: [String]) -> [RunAction] {
        var commandQueue = commands[...]
        var fileQueue = files[...]
        var actions: [RunAction] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--" { break }
            if let kind = flagKind(argument) {
                if kind == "c", let next = commandQueue.popFirst() { actions.append(.command(next)) }
                if kind == "f", let next = fileQueue.popFirst() { actions.append(.file(next)) }
                if !argument.contains("=") && (argument.count == 2 || argument.hasPrefix("--")) { index += 1 }
            }
            index += 1
        }
        actions += commandQueue.map(RunAction.command) + fileQueue.map(RunAction.file)
        return actions
    }

    /// `c` for `-c`, `-cSQL`, `--command[=…]`; `f` for the file forms; nil otherwise.
    private static func flagKind(_ argument: String) -> Character? {
        if argument == "--command" || argument.hasPrefix("--command=") { return "c" }
        if argument == "--file" || argument.hasPrefix("--file=") { return "f" }
        guard argument.hasPrefix("-"), !argument.hasPrefix("--"), argument.count >= 2 else { return nil }
        let letter = argument[argument.index(after: argument.startIndex)]
        return letter == "c" || letter == "f" ? letter : nil
    }
}
