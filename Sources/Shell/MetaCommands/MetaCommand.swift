import SQLScanner

/// What a meta-command asks the main loop to do next (psql's backslashResult).
enum MetaOutcome {
    case done
    case failed
    case quit
    /// Send the query buffer with these options (`\g`, `\gx`, `\gset`).
    case send(Session.QueryOptions)
    /// Send the query buffer, even empty, as the session's pending request asks
    /// (`\parse`, `\sendpipeline`, `\startpipeline` and the other pipeline commands).
    case sendRequest
    /// End the loop with this result.
    case stop(LoopResult)
}

/// One meta-command: its names, its help line, and what it does.
struct MetaCommand: Sendable {
    var names: [String]
    /// The usage shown by `\?`, e.g. `\echo [-n] [STRING]`.
    var usage: String
    var summary: String
    /// Whether it runs inside an inactive `\if` branch (only the conditionals do).
    var isConditional = false
    /// How its arguments are read and thrown away in an inactive `\if` branch, so
    /// that exactly as much of the line is consumed as when it runs.
    var inactiveArguments: InactiveArguments = .options
    var run: @Sendable (inout MetaInvocation) -> MetaOutcome
}

/// How a command's arguments are skipped in an inactive branch (psql's
/// ignore_slash_options, ignore_slash_filepipe, ignore_slash_whole_line).
enum InactiveArguments: Sendable {
    /// Every argument up to the next backslash, nothing evaluated.
    case options
    /// One file-or-pipe argument: `|…` takes the rest of the line, `\else` included.
    case filePipe
    /// `\g`'s `(options)` list, then one file-or-pipe argument.
    case optionsThenFilePipe
    /// The rest of the line.
    case wholeLine
}

/// A meta-command being run: its name, its arguments (read on demand) and the loop.
struct MetaInvocation {
    let name: String
    unowned let loop: MainLoop
    /// Set when the command put new input before the scanner (`\e`): what follows is
    /// that input, not more arguments.
    var replacedInput = false

    var session: Session { loop.session }

    /// Reads the next argument, running backquoted commands; nil when there are no more.
    /// An unterminated quote is reported and ends the arguments.
    mutating func argument(_ mode: MetaArgumentMode = .normal, stripSemicolons: Bool = false) -> String? {
        quotedArgument(mode, stripSemicolons: stripSemicolons)?.text
    }

    /// As ``argument(_:stripSemicolons:)``, also telling whether any of it was quoted
    /// (`\echo '-n'` prints `-n`).
    mutating func quotedArgument(_ mode: MetaArgumentMode = .normal, stripSemicolons: Bool = false)
        -> (text: String, quoted: Bool)?
    {
        let lookup = loop.conditionals.isActive ? session.variables.lookup : { _ in nil }
        do {
            guard
                let argument = try loop.scanner.readMetaArgument(
                    mode, stripSemicolons: stripSemicolons, variables: lookup)
            else {
                return nil
            }
            return (argument.resolved(running: ShellCommand.output), argument.quote != nil)
        } catch {
            session.reportOwnError(error.message)
            return nil
        }
    }

    /// Reads every remaining argument.
    mutating func arguments(_ mode: MetaArgumentMode = .normal) -> [String] {
        var values: [String] = []
        while let value = argument(mode) { values.append(value) }
        return values
    }

    /// Skips the rest of the command's arguments without evaluating them.
    mutating func discardArguments() {
        while (try? loop.scanner.readMetaArgument(.noEvaluation)) ?? nil != nil {}
    }

    /// Throws away the rest of the line, as psql does after a failed command.
    mutating func discardLine() {
        _ = try? loop.scanner.readMetaArgument(.wholeLine)
    }

    /// Skips the arguments of a command in an inactive branch without evaluating anything.
    mutating func skipInactive(_ kind: InactiveArguments) {
        switch kind {
        case .options:
            discardArguments()
        case .filePipe:
            _ = try? loop.scanner.readMetaArgument(.filePipe)
        case .optionsThenFilePipe:
            guard let first = (try? loop.scanner.readMetaArgument(.filePipe)) ?? nil, first.text.hasPrefix("(") else {
                return
            }
            if !first.text.hasSuffix(")") {
                while let option = (try? loop.scanner.readMetaArgument(.noEvaluation)) ?? nil,
                    !option.text.hasSuffix(")")
                {}
            }
            _ = try? loop.scanner.readMetaArgument(.filePipe)
        case .wholeLine:
            discardLine()
        }
    }

    /// Reads what is left of the command's arguments after it ran: each is reported as
    /// ignored in an active branch, nothing is evaluated (psql's HandleSlashCmds).
    mutating func discardExtraArguments(active: Bool) {
        while let extra = (try? loop.scanner.readMetaArgument(.noEvaluation)) ?? nil {
            guard active else { continue }
            session.reportOwnError(
                "\\\(name): extra argument \"\(extra.text)\" ignored",
                prefix: session.location.warningPrefix)
        }
    }

    /// Reports `message` as an error of `\name` and fails.
    func fail(_ message: String) -> MetaOutcome {
        session.reportOwnError(message)
        return .failed
    }

    /// Prints `message` on stdout unless QUIET.
    func say(_ message: String) {
        guard !session.quiet else { return }
        session.standardOutput.write(message + "\n")
        session.standardOutput.flush()
    }
}

/// Every meta-command dsql knows; drives both dispatch and `\?`.
enum MetaCommandTable {
    static let all: [MetaCommand] =
        OutputCommands.all + VariableCommands.all + ConditionalCommands.all
        + QueryBufferCommands.all + ExtendedQueryCommands.all + PipelineCommands.all + FileCommands.all
        + DisplayCommands.all + SessionCommands.all
        + SystemCommands.all + PromptCommand.all + SourceCommands.all + LargeObjectCommands.all + EditCommand.all
        + WatchCommand.all
        + DescribeCommands.all + JobCommands.all + CopyCommands.all + ConnectCommand.all + HelpCommand.all
        + RestrictCommands.all

    private static let byName: [String: MetaCommand] = {
        var table: [String: MetaCommand] = [:]
        for command in all { for name in command.names { table[name] = command } }
        return table
    }()

    /// The command called `name` (without the backslash).
    static func command(named name: String) -> MetaCommand? { byName[name] }

    /// `\?`'s text: one line per command.
    static var help: String {
        let width = all.map(\.usage.count).max() ?? 0
        return all.map {
            "  " + $0.usage + String(repeating: " ", count: max(1, width - $0.usage.count + 2)) + $0.summary
        }
        .joined(separator: "\n") + "\n"
    }
}
