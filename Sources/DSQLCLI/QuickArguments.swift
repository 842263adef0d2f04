/// Parses the plain command lines `dsql` is usually run with, without swift-argument-parser.
///
/// swift-argument-parser builds its option definitions by reflection on every run:
/// about 19M instructions, a sixth of a whole `dsql -c 'select 1'` (the B1 benchmark).
/// This parser knows the same options as `DSQLCommand` and handles only the
/// unambiguous forms — `--name value`, `--name=value`, `-n value`, single or combined
/// short flags (`-X`, `-At`), list options given any number of times, one endpoint.
/// Anything else (help, a value that starts with `-`, `--`, a single-valued option or
/// flag given twice, an unknown name, an invalid number) gives nil, and the caller
/// falls back to swift-argument-parser, which stays the definition of record: it
/// produces the help, completions and man page, and `QuickArgumentsTests` checks the
/// two parsers agree on every command line this one accepts.
enum QuickArguments {
    /// The parsed command, or nil when `arguments` need swift-argument-parser.
    static func parse(_ arguments: [String]) -> DSQLCommand? {
        var command = defaults()
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
                guard let option = QuickOption.byName[String(name)], attached.map(isPlainValue) ?? true else { return nil }
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
                      option.apply(nil, to: &command, seen: &seen) else { return nil }
            }
        }
        return command
    }

    /// A value swift-argument-parser reads the same way: not empty, not option-like.
    private static func isPlainValue(_ value: String) -> Bool {
        !value.isEmpty && !value.hasPrefix("-")
    }

    /// The command with every property at its declared default.
    ///
    /// Assigned one by one: a key-path write first reads the property, which
    /// swift-argument-parser refuses while it holds only its definition.
    private static func defaults() -> DSQLCommand {
        var connection = ConnectionOptions()
        connection.host = nil
        connection.hostAddress = nil
        connection.port = nil
        connection.user = nil
        connection.database = nil
        var tls = TLSOptions()
        tls.sslMode = nil
        tls.sslRootCert = nil
        var iam = IAMOptions()
        iam.region = nil
        iam.profile = nil
        iam.tokenExpiresIn = 900
        iam.noIAM = false
        var input = InputOptions()
        input.commands = []
        input.files = []
        input.variables = []
        input.singleTransaction = false
        input.noStartupFile = false
        input.noLineEditing = false
        input.connectionMaxAge = nil
        var output = OutputOptions()
        output.quiet = false
        output.echoAll = false
        output.echoQueries = false
        output.echoErrors = false
        output.echoHidden = false
        output.output = nil
        output.unaligned = false
        output.csv = false
        output.json = false
        output.tuplesOnly = false
        output.expanded = false
        output.fieldSeparator = nil
        output.recordSeparator = nil
        output.fieldSeparatorZero = false
        output.recordSeparatorZero = false
        output.psets = []
        var command = DSQLCommand()
        command.endpoint = nil
        command.connection = connection
        command.tls = tls
        command.iam = iam
        command.input = input
        command.output = output
        command.showVersion = false
        return command
    }
}

/// One option of `DSQLCommand` as `QuickArguments` reads it.
///
/// Setters are closures rather than key paths: instantiating 35 key paths at start-up
/// costs more type-metadata lookups than the whole parse.
struct QuickOption: Sendable {
    /// Where the value goes.
    enum Target {
        case text(@Sendable (inout DSQLCommand, String) -> Void)
        case list(@Sendable (inout DSQLCommand, String) -> Void)
        case flag(@Sendable (inout DSQLCommand) -> Void)
        case integer(@Sendable (inout DSQLCommand, Int) -> Void, valid: ClosedRange<Int>)
    }

    /// Every spelling, e.g. `-h` and `--host`.
    let names: [String]
    let target: Target
    /// Distinguishes the options for the given-twice check.
    let id: Int

    /// Whether the option needs a value.
    var takesValue: Bool {
        if case .flag = target { return false }
        return true
    }

    /// Stores `value` (nil for a flag); false when swift-argument-parser should decide.
    func apply(_ value: String?, to command: inout DSQLCommand, seen: inout Set<Int>) -> Bool {
        if case .list(let append) = target, let value {
            append(&command, value)
            return true
        }
        guard seen.insert(id).inserted else { return false }
        switch target {
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

    /// `DSQLCommand`'s options; `QuickArgumentsTests` checks them against its definition.
    static let all: [QuickOption] = {
        let table: [([String], Target)] = [
            (["-h", "--host"], .text { $0.connection.host = $1 }),
            (["--hostaddr"], .text { $0.connection.hostAddress = $1 }),
            (["-p", "--port"], .text { $0.connection.port = $1 }),
            (["-U", "--user", "--username"], .text { $0.connection.user = $1 }),
            (["-d", "--dbname"], .text { $0.connection.database = $1 }),
            (["--sslmode"], .text { $0.tls.sslMode = $1 }),
            (["--sslrootcert"], .text { $0.tls.sslRootCert = $1 }),
            (["--region"], .text { $0.iam.region = $1 }),
            (["--profile"], .text { $0.iam.profile = $1 }),
            (["--token-expires-in"], .integer({ $0.iam.tokenExpiresIn = $1 }, valid: IAMOptions.tokenLifetimes)),
            (["--no-iam"], .flag { $0.iam.noIAM = true }),
            (["-c", "--command"], .list { $0.input.commands.append($1) }),
            (["-f", "--file"], .list { $0.input.files.append($1) }),
            (["-v", "--set", "--variable"], .list { $0.input.variables.append($1) }),
            (["-1", "--single-transaction"], .flag { $0.input.singleTransaction = true }),
            (["-X", "--no-rc", "--no-psqlrc"], .flag { $0.input.noStartupFile = true }),
            (["-n", "--no-readline"], .flag { $0.input.noLineEditing = true }),
            (["--connection-max-age"], .text { $0.input.connectionMaxAge = $1 }),
            (["-q", "--quiet"], .flag { $0.output.quiet = true }),
            (["-a", "--echo-all"], .flag { $0.output.echoAll = true }),
            (["-e", "--echo-queries"], .flag { $0.output.echoQueries = true }),
            (["-b", "--echo-errors"], .flag { $0.output.echoErrors = true }),
            (["-E", "--echo-hidden"], .flag { $0.output.echoHidden = true }),
            (["-o", "--output"], .text { $0.output.output = $1 }),
            (["-A", "--no-align"], .flag { $0.output.unaligned = true }),
            (["--csv"], .flag { $0.output.csv = true }),
            (["--json"], .flag { $0.output.json = true }),
            (["-t", "--tuples-only"], .flag { $0.output.tuplesOnly = true }),
            (["-x", "--expanded"], .flag { $0.output.expanded = true }),
            (["-F", "--field-separator"], .text { $0.output.fieldSeparator = $1 }),
            (["-R", "--record-separator"], .text { $0.output.recordSeparator = $1 }),
            (["-z", "--field-separator-zero"], .flag { $0.output.fieldSeparatorZero = true }),
            (["-0", "--record-separator-zero"], .flag { $0.output.recordSeparatorZero = true }),
            (["-P", "--pset"], .list { $0.output.psets.append($1) }),
            (["-V", "--version"], .flag { $0.showVersion = true }),
        ]
        return table.enumerated().map { QuickOption(names: $1.0, target: $1.1, id: $0) }
    }()

    /// The options by every spelling.
    static let byName: [String: QuickOption] = {
        var names: [String: QuickOption] = [:]
        for option in all {
            for name in option.names { names[name] = option }
        }
        return names
    }()
}
