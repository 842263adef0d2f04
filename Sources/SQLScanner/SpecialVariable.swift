/// A variable psql watches with hooks: a substitute hook that supplies the
/// value after `\unset` (and turns `\set NAME` into `on` for Booleans), and an
/// assign hook that validates the value and updates ``ShellSettings``.
enum SpecialVariable: String, CaseIterable, Sendable {
    case autocommit = "AUTOCOMMIT"
    case onErrorStop = "ON_ERROR_STOP"
    case quiet = "QUIET"
    case singleLine = "SINGLELINE"
    case singleStep = "SINGLESTEP"
    case fetchCount = "FETCH_COUNT"
    case historyFile = "HISTFILE"
    case historySize = "HISTSIZE"
    case ignoreEOF = "IGNOREEOF"
    case echo = "ECHO"
    case echoHidden = "ECHO_HIDDEN"
    case onErrorRollback = "ON_ERROR_ROLLBACK"
    case keywordCase = "COMP_KEYWORD_CASE"
    case historyControl = "HISTCONTROL"
    case prompt1 = "PROMPT1"
    case prompt2 = "PROMPT2"
    case prompt3 = "PROMPT3"
    case verbosity = "VERBOSITY"
    case showAllResults = "SHOW_ALL_RESULTS"
    case showContext = "SHOW_CONTEXT"
    case hideToastCompression = "HIDE_TOAST_COMPRESSION"
    case hideTableAccessMethod = "HIDE_TABLEAM"

    /// The value actually stored for a requested one (nil means unset).
    func substitute(_ value: String?) -> String? {
        switch self {
        case .autocommit, .onErrorStop, .quiet, .singleLine, .singleStep, .echoHidden, .onErrorRollback,
            .showAllResults, .hideToastCompression, .hideTableAccessMethod:
            guard let value else { return "off" }
            return value.isEmpty ? "on" : value
        case .fetchCount: return value ?? "0"
        case .historySize: return value ?? "500"
        case .ignoreEOF:
            guard let value else { return "0" }
            return (try? VariableValueParser.parseInteger(value, name: rawValue)) == nil ? "10" : value
        case .echo, .historyControl: return value ?? "none"
        case .keywordCase: return value ?? "preserve-upper"
        case .verbosity: return value ?? "default"
        case .showContext: return value ?? "errors"
        case .historyFile, .prompt1, .prompt2, .prompt3: return value
        }
    }

    /// Validates a (substituted) value and records it in `settings`.
    func assign(_ value: String?, to settings: inout ShellSettings) throws(VariableError) {
        let name = rawValue
        func boolean() throws(VariableError) -> Bool {
            try VariableValueParser.parseBoolean(value ?? "", name: name)
        }
        func choice<T: RawRepresentable<String>>(_ type: T.Type, _ choices: String) throws(VariableError) -> T {
            if let found = T(rawValue: (value ?? "").lowercased()) { return found }
            throw .notAChoice(value: value ?? "", name: name, choices: choices)
        }
        switch self {
        case .autocommit: settings.autocommit = try boolean()
        case .onErrorStop: settings.onErrorStop = try boolean()
        case .quiet: settings.quiet = try boolean()
        case .singleLine: settings.singleLine = try boolean()
        case .singleStep: settings.singleStep = try boolean()
        case .showAllResults: settings.showAllResults = try boolean()
        case .hideToastCompression: settings.hideToastCompression = try boolean()
        case .hideTableAccessMethod: settings.hideTableAccessMethod = try boolean()
        case .fetchCount: settings.fetchCount = try VariableValueParser.parseInteger(value ?? "", name: name)
        case .historySize: settings.historySize = try VariableValueParser.parseInteger(value ?? "", name: name)
        case .ignoreEOF: settings.ignoreEOF = try VariableValueParser.parseInteger(value ?? "", name: name)
        case .historyFile: settings.historyFile = value
        case .prompt1: settings.prompts[0] = value ?? ""
        case .prompt2: settings.prompts[1] = value ?? ""
        case .prompt3: settings.prompts[2] = value ?? ""
        case .echo: settings.echo = try choice(ShellSettings.Echo.self, "none, errors, queries, all")
        case .verbosity:
            settings.verbosity = try choice(ShellSettings.Verbosity.self, "default, verbose, terse, sqlstate")
        case .showContext: settings.showContext = try choice(ShellSettings.ShowContext.self, "never, errors, always")
        case .keywordCase:
            settings.keywordCase = try choice(
                ShellSettings.KeywordCase.self, "lower, upper, preserve-lower, preserve-upper")
        case .historyControl:
            settings.historyControl = try choice(
                ShellSettings.HistoryControl.self, "none, ignorespace, ignoredups, ignoreboth")
        case .echoHidden:
            if value?.lowercased() == "noexec" {
                settings.echoHidden = .noexec
                return
            }
            guard let on = try? VariableValueParser.parseBoolean(value ?? "", name: name) else {
                throw .notAChoice(value: value ?? "", name: name, choices: "on, off, noexec")
            }
            settings.echoHidden = on ? .on : .off
        case .onErrorRollback:
            if value?.lowercased() == "interactive" {
                settings.onErrorRollback = .interactive
                return
            }
            guard let on = try? VariableValueParser.parseBoolean(value ?? "", name: name) else {
                throw .notAChoice(value: value ?? "", name: name, choices: "on, off, interactive")
            }
            settings.onErrorRollback = on ? .on : .off
        }
    }
}
