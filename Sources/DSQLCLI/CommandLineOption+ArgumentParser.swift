import ArgumentParser

/// swift-argument-parser's view of a `CommandLineOption`: its names, help and completion.
extension CommandLineOption {
    /// The spellings as the parser names them.
    var nameSpecification: NameSpecification {
        NameSpecification(
            names.map { name -> NameSpecification.Element in
                name.hasPrefix("--") ? .customLong(String(name.dropFirst(2))) : .customShort(name.last ?? "?")
            })
    }

    /// The help text and value name.
    var argumentHelp: ArgumentHelp {
        ArgumentHelp(help, valueName: valueName)
    }

    /// The shell completion, or nil for the shell's default.
    var completionKind: CompletionKind? {
        switch completion {
        case .none: nil
        case .file: .file()
        case .choices(let words): .list(words)
        case .awsProfiles: .awsProfiles
        }
    }
}

extension Option where Value == String? {
    /// The declaration of a single-valued option of `OptionTable`.
    init(_ option: CommandLineOption) {
        self.init(name: option.nameSpecification, help: option.argumentHelp, completion: option.completionKind)
    }
}

extension Option where Value == Int? {
    /// The declaration of a whole-number option of `OptionTable`.
    init(_ option: CommandLineOption) {
        self.init(name: option.nameSpecification, help: option.argumentHelp, completion: option.completionKind)
    }
}

extension Option where Value == [String] {
    /// The declaration of a repeatable option of `OptionTable`.
    init(_ option: CommandLineOption) {
        self.init(
            wrappedValue: [], name: option.nameSpecification, help: option.argumentHelp,
            completion: option.completionKind)
    }
}

extension Flag where Value == Bool {
    /// The declaration of a flag of `OptionTable`.
    init(_ option: CommandLineOption) {
        self.init(wrappedValue: false, name: option.nameSpecification, help: option.argumentHelp)
    }
}

/// Parsed option groups that fill an `Invocation` through `OptionTable`'s targets.
protocol TableOptionGroup: ParsableArguments {}

extension TableOptionGroup {
    /// Applies the parsed values of this group's options, in declaration order, to `invocation`.
    ///
    /// The declarations take their definitions from `options`, in the same order
    /// (`OptionTableTests` checks that), so the n-th declared option is `options[n]`.
    func apply(_ options: [CommandLineOption], to invocation: inout Invocation) {
        let values = Mirror(reflecting: self).children.compactMap { ParsedValue($0.value) }
        precondition(
            values.count == options.count, "\(Self.self) declares \(values.count) options, the table \(options.count)")
        for (option, value) in zip(options, values) {
            value.apply(option.target, to: &invocation)
        }
    }
}

/// The value of one parsed option declaration, whatever its wrapper.
enum ParsedValue {
    case text(String?)
    case integer(Int?)
    case list([String])
    case flag(Bool)

    /// The value of a declaration (`Option` or `Flag`), or nil for anything else.
    init?(_ declaration: Any) {
        switch declaration {
        case let option as Option<String?>: self = .text(option.wrappedValue)
        case let option as Option<Int?>: self = .integer(option.wrappedValue)
        case let option as Option<[String]>: self = .list(option.wrappedValue)
        case let flag as Flag<Bool>: self = .flag(flag.wrappedValue)
        default: return nil
        }
    }

    /// Stores the value where `target` says; a value of the wrong kind is a declaration bug.
    func apply(_ target: CommandLineOption.Target, to invocation: inout Invocation) {
        switch (self, target) {
        case (.text(let value), .text(let set)):
            if let value { set(&invocation, value) }
        case (.integer(let value), .integer(let set, _)):
            if let value { set(&invocation, value) }
        case (.list(let values), .list(let append)):
            for value in values { append(&invocation, value) }
        case (.flag(let isSet), .flag(let set)):
            if isSet { set(&invocation) }
        default:
            preconditionFailure("an option is declared with another kind than its table entry: \(self)")
        }
    }
}
