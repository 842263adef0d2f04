import Glibc
import SQLScanner
import SessionPolicy

/// One `-c` or `-f` of the command line.
public enum RunStep: Equatable, Sendable {
    case command(String)
    case file(String)
    /// Standard input that is not a terminal, read as psql reads it without `-c`/`-f`
    /// (messages without a file prefix); a step of its own only under `-1`.
    case standardInput
}

/// Everything from the command line that shapes a run, after connecting.
public struct RunConfiguration: Sendable {
    public var steps: [RunStep] = []
    /// `-v NAME=VALUE`, in order.
    public var variableAssignments: [String] = []
    /// `\pset` assignments from -A, -t, -x, --csv, -P …, in order.
    public var psets: [(String, String?)] = []
    /// `-o FILE`.
    public var outputTarget: String?
    public var singleTransaction = false
    public var quiet = false
    public var echo: ShellSettings.Echo?

    public init() {}
}

/// Runs the steps, or stdin, or an interactive session, and returns psql's exit status.
public struct Runner {
    let session: Session
    let configuration: RunConfiguration

    public init(session: Session, configuration: RunConfiguration) {
        self.session = session
        self.configuration = configuration
    }

    /// Applies the settings; a bad one is a fatal error of the shell's own (exit 1).
    public func prepare() -> ExitStatus? {
        do {
            try session.variables.set("PROMPT1", to: PromptRenderer.defaultPrompt)
            try session.variables.set("PROMPT2", to: PromptRenderer.defaultPrompt)
            if configuration.quiet { try session.variables.set("QUIET", to: "on") }
            if let echo = configuration.echo { try session.variables.set("ECHO", to: echo.rawValue) }
            for assignment in configuration.variableAssignments {
                try session.variables.apply(commandLineAssignment: assignment)
            }
        } catch {
            session.reportOwnError(error.message, prefix: "dsql: error: ")
            return .failure
        }
        // The session policy reads these later; a bad value on the command line is fatal here.
        do {
            if let value = session.variables["CONNECTION_MAX_AGE"] {
                _ = try SessionPolicy.parseConnectionMaxAge(value)
            }
            if let value = session.variables["RETRY_OCC"] { _ = try SessionPolicy.parseRetryLimit(value) }
        } catch {
            session.reportOwnError("\(error)", prefix: "dsql: error: ")
            return .failure
        }
        for (name, value) in configuration.psets {
            do {
                session.printOptions = try session.printOptions.applyingPset(name, value).options
            } catch {
                session.reportOwnError(error.message, prefix: "dsql: error: ")
                return .failure
            }
        }
        if let target = configuration.outputTarget {
            do {
                session.queryOutput = try FileSink.open(target: target)
            } catch {
                session.reportOwnError("\(error)", prefix: "dsql: error: ")
                return .failure
            }
        }
        return nil
    }

    /// Runs the startup file as `\i` would, before anything else; like psql, a failure
    /// in it (even one that stops it under ON_ERROR_STOP) does not end the run.
    public func runStartupFile(_ path: String) {
        _ = runFile(path)
        session.queryOutput.flush()
    }

    /// Runs the `-c`/`-f` steps in order (or `steps` in their place), as psql's main does.
    public func runSteps(replacing steps: [RunStep]? = nil) -> ExitStatus {
        var status = ExitStatus.success
        if configuration.singleTransaction { _ = try? session.connection.execute("BEGIN") }
        for step in steps ?? configuration.steps {
            status = run(step)
            if status == .connectionFailure { return status }
            if status != .success && session.variables.settings.onErrorStop { break }
        }
        if configuration.singleTransaction && !session.connection.isBroken {
            let failed = status != .success && session.variables.settings.onErrorStop
            _ = try? session.connection.execute(failed ? "ROLLBACK" : "COMMIT")
        }
        session.queryOutput.flush()
        return status
    }

    private func run(_ step: RunStep) -> ExitStatus {
        session.location = MessageLocation(kind: .command)
        if case .command(let text) = step, session.variables.settings.echo == .all {
            session.standardOutput.write(text + "\n")
            session.standardOutput.flush()
        }
        switch step {
        case .command(let text) where text.hasPrefix("\\"):
            let loop = MainLoop(session: session, source: TextLineSource(text), location: .command)
            return Self.status(of: loop.run(), failedIs: .failure)
        case .command(let text):
            switch session.runCommandString(text) {
            case .success: return .success
            case .failed: return .failure
            case .connectionLost: return .connectionFailure
            }
        case .file(let path):
            return runFile(path)
        case .standardInput:
            return runStandardInput()
        }
    }

    /// `-f FILE` (or `-f -` for stdin).
    func runFile(_ path: String) -> ExitStatus {
        let reader: LineReader
        if path == "-" {
            reader = LineReader(descriptor: STDIN_FILENO)
        } else {
            do {
                reader = try LineReader.open(path: path)
            } catch {
                session.reportOwnError("\(error)", prefix: "dsql: error: ")
                return .failure
            }
        }
        let name = path == "-" ? "<stdin>" : path
        let directory = path == "-" ? "." : ScriptPath(path).directory
        let loop = MainLoop(
            session: session, source: ScriptLineSource(reader: reader), location: .file(name: name),
            directory: directory)
        return Self.status(of: loop.run(), failedIs: .success)
    }

    /// Reads statements from a non-terminal stdin, as `psql < file` does.
    public func runStandardInput() -> ExitStatus {
        let loop = MainLoop(
            session: session, source: ScriptLineSource(reader: LineReader(descriptor: STDIN_FILENO)), location: .command
        )
        let status = Self.status(of: loop.run(), failedIs: .success)
        session.queryOutput.flush()
        return status
    }

    /// Runs an interactive session on `source`.
    public func runInteractive(_ source: any LineSource) -> ExitStatus {
        session.isInteractive = true
        let loop = MainLoop(session: session, source: source, location: .interactive)
        let status = Self.status(of: loop.run(), failedIs: .success)
        session.queryOutput.flush()
        return status
    }

    /// psql's exit status for a finished loop; a script's failed statements alone leave 0.
    public static func status(of result: LoopResult, failedIs failedStatus: ExitStatus) -> ExitStatus {
        switch result {
        case .finished(let failed): failed ? failedStatus : .success
        case .quit: .success
        case .stoppedOnError: .scriptStopped
        case .connectionLost: .connectionFailure
        case .inputFailed: .failure
        }
    }
}

/// The folder part of a path, without Foundation.
struct ScriptPath {
    let path: String
    init(_ path: String) { self.path = path }
    var directory: String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }
}
