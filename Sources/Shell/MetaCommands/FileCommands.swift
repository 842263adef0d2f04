import FoundationEssentials

/// `\i`, `\ir`, `\o`.
enum FileCommands {
    static let all = [
        MetaCommand(names: ["i", "include"], usage: "\\i FILE", summary: "execute commands from file") { invocation in
            include(&invocation, relative: false)
        },
        MetaCommand(
            names: ["ir", "include_relative"], usage: "\\ir FILE",
            summary: "as \\i, but relative to location of current script"
        ) { invocation in
            include(&invocation, relative: true)
        },
        MetaCommand(
            names: ["o", "out"], usage: "\\o [FILE]", summary: "send all query results to file or |pipe",
            inactiveArguments: .filePipe
        ) { invocation in
            let session = invocation.session
            let target = invocation.argument(.filePipe, stripSemicolons: true)
            let previous = session.queryOutput
            if let target {
                do {
                    session.queryOutput = try FileSink.open(target: target)
                } catch {
                    return invocation.fail("\(error)")
                }
            } else {
                session.queryOutput = session.standardOutput
            }
            if previous !== session.standardOutput { previous.close() }
            return .done
        },
    ]

    /// Runs a script file in a nested loop, as psql's process_file does.
    private static func include(_ invocation: inout MetaInvocation, relative: Bool) -> MetaOutcome {
        guard var path = invocation.argument(stripSemicolons: true) else {
            return invocation.fail("\\\(invocation.name): missing required argument")
        }
        let loop = invocation.loop
        if relative, !path.hasPrefix("/"), let directory = loop.directory {
            path = directory + "/" + path
        }
        guard loop.depth < MainLoop.maximumDepth else {
            return invocation.fail("\(path): too many nested \\i files (at most \(MainLoop.maximumDepth))")
        }
        let reader: LineReader
        do {
            reader = try LineReader.open(path: path)
        } catch {
            return invocation.fail("\(error)")
        }
        let directory = PathText.deletingLastComponent(path)
        let nested = MainLoop(
            session: loop.session, source: ScriptLineSource(reader: reader), location: .file(name: path),
            directory: directory.isEmpty ? "." : directory, depth: loop.depth + 1)
        switch nested.run() {
        case .finished(let failed): return failed ? .failed : .done
        case .inputFailed: return .failed
        case .quit: return .quit
        case .stoppedOnError: return .stop(.stoppedOnError)
        case .connectionLost: return .stop(.connectionLost)
        }
    }
}
