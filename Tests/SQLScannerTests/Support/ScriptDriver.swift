import SQLScanner

/// A miniature psql main loop over ``StatementScanner``: feeds a script line
/// by line, runs `\set`, `\unset` and the `\if` family, and records what a
/// shell would do.
struct ScriptDriver {
    /// Something the loop did.
    enum Event: Equatable, CustomStringConvertible {
        /// A statement sent at `;`.
        case statement(String)
        /// A meta-command with its arguments' text.
        case meta(String, [String])
        /// A statement left without `;` at end of input, still sent.
        case unterminated(String)
        /// A statement dropped because its branch was inactive.
        case skipped(String)
        /// An error message.
        case error(String)

        var description: String {
            switch self {
            case .statement(let text): "statement(\(text.debugDescription))"
            case .meta(let name, let arguments): "meta(\(name), \(arguments))"
            case .unterminated(let text): "unterminated(\(text.debugDescription))"
            case .skipped(let text): "skipped(\(text.debugDescription))"
            case .error(let text): "error(\(text.debugDescription))"
            }
        }
    }

    var scanner: StatementScanner
    var variables = Variables()
    var conditions = ConditionalStack()
    var events: [Event] = []
    /// UTF-8 offsets in the script just after each `;` that ended a statement.
    var statementEnds: [Int] = []
    /// Every prompt state seen at the end of a line.
    var prompts: [PromptStatus] = []
    /// The last statement sent, which `\g` resends when the buffer is empty.
    var previousStatement: String?
    /// Whether meta-commands are interpreted (false: only names are read, and
    /// the rest of the line is read whole).
    var interpretsMetaCommands = true

    init(standardConformingStrings: Bool = true) {
        scanner = StatementScanner(standardConformingStrings: standardConformingStrings)
    }

    /// Runs a whole script and returns the events.
    @discardableResult
    mutating func run(_ script: String) -> [Event] {
        var lineStart = 0
        let bytes = Array(script.utf8)
        var lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        if bytes.last == UInt8(ascii: "\n") { lines.removeLast() }
        for line in lines {
            feed(Array(line), lineStart: lineStart)
            lineStart += line.count + 1
        }
        if let rest = scanner.finish() {
            events.append(conditions.isActive ? .unterminated(rest) : .skipped(rest))
        }
        return events
    }

    /// Feeds one line and acts on every stop.
    mutating func feed(_ line: [UInt8], lineStart: Int) {
        scanner.feed(line: line)
        while true {
            let lookup = currentLookup()
            switch scanner.next(variables: lookup, branchActive: conditions.isActive) {
            case .semicolon(let text):
                statementEnds.append(lineStart + scanner.lineOffset)
                events.append(conditions.isActive ? .statement(text) : .skipped(text))
                if conditions.isActive { previousStatement = text }
            case .backslash:
                runMetaCommand()
            case .incomplete, .endOfLine:
                prompts.append(scanner.prompt)
                return
            }
        }
    }

    /// The variables visible now: none inside an inactive branch.
    private func currentLookup() -> (String) -> String? {
        if conditions.isActive { return variables.lookup }
        return { _ in nil }
    }

    /// Reads and runs one meta-command.
    private mutating func runMetaCommand() {
        let name = scanner.readMetaCommandName()
        defer { scanner.endMetaCommand() }
        guard interpretsMetaCommands else {
            let rest = (try? scanner.readMetaArgument(.wholeLine))?.map { $0.text } ?? ""
            events.append(.meta(name, rest.isEmpty ? [] : [rest]))
            return
        }
        let lookup = currentLookup()
        let conditional = ["if", "elif", "else", "endif"].contains(name)
        let known = conditional || ["set", "unset", "echo", "g", "gx", "gset", "!", "t", "x"].contains(name)
        guard known else {
            // psql reports the unknown command and drops the rest of the line.
            _ = try? scanner.readMetaArgument(.wholeLine)
            events.append(.error("invalid command \\\(name)"))
            return
        }
        let evaluates = conditions.isActive && (name != "elif" || conditions.evaluatesNextElif)
        let mode: MetaArgumentMode = name == "!" ? .wholeLine : (evaluates ? .normal : .noEvaluation)
        var arguments: [String] = []
        do {
            while let argument = try scanner.readMetaArgument(mode, variables: evaluates ? lookup : { _ in nil }) {
                arguments.append(argument.text)
            }
        } catch {
            // psql reports it and keeps the arguments read so far.
            events.append(.error(error.message))
        }
        if !conditions.isActive && !conditional { return }
        if name == "t" || name == "x", let first = arguments.first,
            (try? VariableValueParser.parseBoolean(first, name: name)) == nil
        {
            // psql's toggles fail on a bad value and drop the rest of the line.
            _ = try? scanner.readMetaArgument(.wholeLine)
            return
        }
        events.append(.meta(name, arguments))
        do {
            try apply(name, arguments)
        } catch let error as VariableError {
            events.append(.error(error.message))
        } catch let error as ConditionalError {
            events.append(.error(error.message))
        } catch {
            events.append(.error("\(error)"))
        }
    }

    /// Applies `\set`, `\unset` and the conditional commands.
    private mutating func apply(_ name: String, _ arguments: [String]) throws {
        let length = scanner.queryBufferLength
        let depth = scanner.parenthesisDepth
        var action = ConditionalStack.QueryTextAction.keep
        switch name {
        case "set" where !arguments.isEmpty:
            try variables.set(arguments[0], to: arguments.dropFirst().joined())
        case "unset" where !arguments.isEmpty:
            try variables.unset(arguments[0])
        case "if":
            let condition = conditions.evaluatesNextIf ? try condition(arguments, "\\if expression") : nil
            conditions.beginIf(condition, queryLength: length, parenthesisDepth: depth)
        case "elif":
            let condition = conditions.evaluatesNextElif ? try condition(arguments, "\\elif expression") : nil
            action = try conditions.elif(condition, queryLength: length, parenthesisDepth: depth)
        case "else":
            action = try conditions.else(queryLength: length, parenthesisDepth: depth)
        case "endif":
            action = try conditions.endIf()
        case "g", "gx":
            // psql sends the buffer, or the previous statement if it is empty.
            let text = scanner.queryBufferLength > 0 ? scanner.queryBuffer : (previousStatement ?? "")
            events.append(.statement(text))
            previousStatement = text
            scanner.resetQueryBuffer()
        default:
            break
        }
        if case .restore(let length, let depth) = action {
            scanner.restoreQueryBuffer(length: length, parenthesisDepth: depth)
        }
    }

    /// An `\if` expression: its arguments joined by spaces, as a Boolean;
    /// invalid values count as false after reporting the error.
    private mutating func condition(_ arguments: [String], _ context: String) throws -> Bool? {
        do {
            return try VariableValueParser.parseBoolean(arguments.joined(separator: " "), name: context)
        } catch {
            events.append(.error(error.message))
            return false
        }
    }
}
