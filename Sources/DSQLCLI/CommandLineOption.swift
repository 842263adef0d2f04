/// One command-line option of `dsql`: its spellings, help, arity, completion and where its value goes.
///
/// `OptionTable` lists them all. Everything else comes from there: `QuickArguments`
/// reads command lines with it, the swift-argument-parser declarations take their
/// names, help and completion from it (`CommandLineOption+ArgumentParser.swift`), and
/// with them `--help`, the completion scripts and the man page. Both parsers fill an
/// `Invocation` through the same `target`, so an option's meaning is written once.
///
/// Targets are closures rather than key paths: instantiating that many key paths at
/// start-up costs more type-metadata lookups than a whole quick parse.
struct CommandLineOption: Sendable {
    /// Where the value goes, and so how many values the option takes.
    enum Target: Sendable {
        /// A single value, at most once.
        case text(@Sendable (inout Invocation, String) -> Void)
        /// A value each time the option is given, in order.
        case list(@Sendable (inout Invocation, String) -> Void)
        /// No value, at most once.
        case flag(@Sendable (inout Invocation) -> Void)
        /// A whole number within `valid`, at most once.
        case integer(@Sendable (inout Invocation, Int) -> Void, valid: ClosedRange<Int>)
    }

    /// What a shell completes the option's value with.
    enum Completion: Equatable, Sendable {
        /// Nothing in particular (the shell's default).
        case none
        /// File names.
        case file
        /// One of these words.
        case choices([String])
        /// Profile names from the AWS shared config and credentials files.
        case awsProfiles
    }

    /// Every spelling, short ones (`-h`) before long ones (`--host`), as `--help` shows them.
    let names: [String]
    /// What `--help` calls the value (`<host>`); nil for a flag.
    let valueName: String?
    /// The help text: `--help`, the man page and the completion scripts show it.
    let help: String
    /// What the shells complete the value with.
    let completion: Completion
    /// Where the value goes in `Invocation`; both parsers store it through this.
    let target: Target

    /// An option with a value (`text`, `list` or `integer` target).
    init(_ names: [String], value valueName: String, help: String, completion: Completion = .none, _ target: Target) {
        self.names = names
        self.valueName = valueName
        self.help = help
        self.completion = completion
        self.target = target
    }

    /// A flag: an option without a value.
    init(_ names: [String], help: String, _ set: @escaping @Sendable (inout Invocation) -> Void) {
        self.names = names
        self.valueName = nil
        self.help = help
        self.completion = .none
        self.target = .flag(set)
    }

    /// Whether the option needs a value.
    var takesValue: Bool {
        if case .flag = target { return false }
        return true
    }

    /// Whether the option may be given more than once, each time adding a value.
    var isRepeatable: Bool {
        if case .list = target { return true }
        return false
    }
}
