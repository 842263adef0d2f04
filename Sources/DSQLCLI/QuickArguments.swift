/// Parses the plain command lines `dsql` is usually run with, without swift-argument-parser.
///
/// swift-argument-parser builds its option definitions by reflection on every run:
/// about 19M instructions, a sixth of a whole `dsql -c 'select 1'` (the B1 benchmark).
/// This parser reads the options of `OptionTable`, as `DSQLCommand` does, and handles only the
/// unambiguous forms — `--name value`, `--name=value`, `-n value`, single or combined
/// short flags (`-X`, `-At`), list options given any number of times, one endpoint.
/// Anything else (help, a value that starts with `-`, `--`, a single-valued option or
/// flag given twice, an unknown name, an invalid number) gives nil, and the caller
/// falls back to swift-argument-parser, whose reading of the rest stays the reference:
/// `QuickArgumentsTests` checks the two parsers agree on every command line this one
/// accepts. It reads `arguments` once, appending `-c` and `-f` steps in order.
enum QuickArguments {
    /// The parsed command, or nil when `arguments` need swift-argument-parser.
    static func parse(_ arguments: [String]) -> Invocation? {
        var command = Invocation()
        var seen: Set<Int> = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            guard argument.hasPrefix("-") else {
                guard !argument.isEmpty, command.endpoint == nil else { return nil }
                command.endpoint = argument
                continue
            }
            if argument.hasPrefix("--") {
                let name: Substring
                var attached: String?
                if let equals = argument.firstIndex(of: "=") {
                    name = argument[..<equals]
                    attached = String(argument[argument.index(after: equals)...])
                } else {
                    name = argument[...]
                }
                guard let option = QuickOption.byName[String(name)], attached.map(isPlainValue) ?? true else {
                    return nil
                }
                if option.takesValue && attached == nil {
                    guard index < arguments.count, isPlainValue(arguments[index]) else { return nil }
                    attached = arguments[index]
                    index += 1
                }
                guard option.apply(attached, to: &command, seen: &seen) else { return nil }
                continue
            }
            let letters = Array(argument.dropFirst())
            guard !letters.isEmpty else { return nil }
            if letters.count == 1, let option = QuickOption.byName[argument], option.takesValue {
                guard index < arguments.count, isPlainValue(arguments[index]) else { return nil }
                let value = arguments[index]
                index += 1
                guard option.apply(value, to: &command, seen: &seen) else { return nil }
                continue
            }
            // Combined short flags: every letter must be a flag.
            for letter in letters {
                guard let option = QuickOption.byName["-\(letter)"], !option.takesValue,
                    option.apply(nil, to: &command, seen: &seen)
                else { return nil }
            }
        }
        return command
    }

    /// A value swift-argument-parser reads the same way: not empty, not option-like.
    private static func isPlainValue(_ value: String) -> Bool {
        !value.isEmpty && !value.hasPrefix("-")
    }
}

/// One option of `OptionTable` as `QuickArguments` looks it up.
struct QuickOption: Sendable {
    let option: CommandLineOption
    /// The option's position in `OptionTable.all`: tells the options apart for the given-twice check.
    let position: Int

    /// Whether the option needs a value.
    var takesValue: Bool { option.takesValue }

    /// Stores `value` (nil for a flag); false when swift-argument-parser should decide.
    func apply(_ value: String?, to command: inout Invocation, seen: inout Set<Int>) -> Bool {
        if case .list(let append) = option.target, let value {
            append(&command, value)
            return true
        }
        guard seen.insert(position).inserted else { return false }
        switch option.target {
        case .text(let set):
            guard let value else { return false }
            set(&command, value)
        case .flag(let set):
            guard value == nil else { return false }
            set(&command)
        case .integer(let set, let valid):
            guard let value, let number = Int(value), valid.contains(number) else { return false }
            set(&command, number)
        case .list:
            return false
        }
        return true
    }

    /// The options of `OptionTable` by every spelling.
    static let byName: [String: QuickOption] = {
        var names: [String: QuickOption] = [:]
        for (position, option) in OptionTable.all.enumerated() {
            for name in option.names { names[name] = QuickOption(option: option, position: position) }
        }
        return names
    }()
}
