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
}

/// One option of `dsql` as `QuickArguments` reads it.
///
/// Setters are closures rather than key paths: instantiating 35 key paths at start-up
/// costs more type-metadata lookups than the whole parse. It fills an `Invocation`,
/// not a `DSQLCommand`, so no property wrapper of the parser is ever instantiated.
struct QuickOption: Sendable {
    /// Where the value goes.
    enum Target {
        case text(@Sendable (inout Invocation, String) -> Void)
        case list(@Sendable (inout Invocation, String) -> Void)
        case flag(@Sendable (inout Invocation) -> Void)
        case integer(@Sendable (inout Invocation, Int) -> Void, valid: ClosedRange<Int>)
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
    func apply(_ value: String?, to command: inout Invocation, seen: inout Set<Int>) -> Bool {
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

    /// `dsql`'s options; `QuickArgumentsTests` checks them against `DSQLCommand`'s definition.
    static let all: [QuickOption] = {
        let table: [([String], Target)] = [
            (["-h", "--host"], .text { $0.connection.host = $1 }),
            (["--hostaddr"], .text { $0.connection.hostAddress = $1 }),
            (["-p", "--port"], .text { $0.connection.port = $1 }),
            (["-U", "--user", "--username"], .text { $0.connection.user = $1 }),
            (["-d", "--dbname"], .text { $0.connection.database = $1 }),
            (["--sslmode"], .text { $0.connection.sslMode = $1 }),
            (["--sslrootcert"], .text { $0.connection.sslRootCert = $1 }),
            (["--sslnegotiation"], .text { $0.connection.sslNegotiation = $1 }),
            (["--region"], .text { $0.iam.region = $1 }),
            (["--profile"], .text { $0.iam.profile = $1 }),
            (["--token-expires-in"], .integer({ $0.iam.tokenExpiresIn = $1 }, valid: IAMSettings.tokenLifetimes)),
            (["--no-iam"], .flag { $0.iam.noIAM = true }),
            (["-c", "--command"], .list { $0.commands.append($1) }),
            (["-f", "--file"], .list { $0.files.append($1) }),
            (["-v", "--set", "--variable"], .list { $0.variables.append($1) }),
            (["-1", "--single-transaction"], .flag { $0.singleTransaction = true }),
            (["-X", "--no-rc", "--no-psqlrc"], .flag { $0.noStartupFile = true }),
            (["-n", "--no-readline"], .flag { $0.noLineEditing = true }),
            (["-l", "--list"], .flag { $0.list = true }),
            (["-s", "--single-step"], .flag { $0.singleStep = true }),
            (["-S", "--single-line"], .flag { $0.singleLine = true }),
            (["-L", "--log-file"], .text { $0.logFile = $1 }),
            (["-w", "--no-password"], .flag { $0.noPassword = true }),
            (["-W", "--password"], .flag { $0.password = true }),
            (["-H", "--html"], .flag { $0.html = true }),
            (["-T", "--table-attr"], .text { $0.tableAttributes = $1 }),
            (["--pipeline"], .flag { $0.pipeline = true }),
            (["--connection-max-age"], .text { $0.connectionMaxAge = $1 }),
            (["-q", "--quiet"], .flag { $0.quiet = true }),
            (["-a", "--echo-all"], .flag { $0.echoAll = true }),
            (["-e", "--echo-queries"], .flag { $0.echoQueries = true }),
            (["-b", "--echo-errors"], .flag { $0.echoErrors = true }),
            (["-E", "--echo-hidden"], .flag { $0.echoHidden = true }),
            (["-o", "--output"], .text { $0.output = $1 }),
            (["-A", "--no-align"], .flag { $0.unaligned = true }),
            (["--csv"], .flag { $0.csv = true }),
            (["--json"], .flag { $0.json = true }),
            (["-t", "--tuples-only"], .flag { $0.tuplesOnly = true }),
            (["-x", "--expanded"], .flag { $0.expanded = true }),
            (["-F", "--field-separator"], .text { $0.fieldSeparator = $1 }),
            (["-R", "--record-separator"], .text { $0.recordSeparator = $1 }),
            (["-z", "--field-separator-zero"], .flag { $0.fieldSeparatorZero = true }),
            (["-0", "--record-separator-zero"], .flag { $0.recordSeparatorZero = true }),
            (["-P", "--pset"], .list { $0.psets.append($1) }),
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
