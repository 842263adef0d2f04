import FoundationEssentials
import Glibc
import SystemSupport

/// `\copy`: psql's client-side COPY, batched below Aurora DSQL's transaction limits.
enum CopyCommands {
    static let all = [
        MetaCommand(
            names: ["copy"], usage: "\\copy ...", summary: "perform SQL COPY with data stream to the client host",
            inactiveArguments: .wholeLine
        ) { invocation in
            let session = invocation.session
            guard let line = invocation.argument(.wholeLine), !line.isEmpty else {
                return invocation.fail("\\copy: arguments required")
            }
            // psql 18 would queue it and end the connection when its result came; dsql refuses it
            // and the pipeline stays usable (libpq would otherwise wait for a COPY never flushed).
            if session.connection.pipelineStatus != .off {
                return invocation.fail("\\copy not allowed in pipeline mode")
            }
            let command: CopyCommand
            do throws(CopyParseError) {
                command = try CopyCommandParser.parse(line, homeDirectory: HomeDirectory.current)
            } catch {
                return invocation.fail(error.message)
            }
            switch command.direction {
            case .to:
                return CopyOutRunner(session: session).run(command) ? .done : .failed
            case .from:
                return copyIn(command, invocation: invocation)
            }
        }
    ]

    private static func copyIn(_ command: CopyCommand, invocation: MetaInvocation) -> MetaOutcome {
        let session = invocation.session
        let loop = invocation.loop
        let binary = command.format.kind == .binary
        let policy =
            binary
            ? nil
            : CopyBatchPolicy.resolve(
                dsqlEndpoint: session.connector.isDSQLEndpoint, rowsVariable: session.variables["COPY_BATCH_ROWS"],
                bytesVariable: session.variables["COPY_BATCH_BYTES"],
                inTransaction: session.connection.transactionStatus != .idle)
        if binary && command.endpoint == .stdin {
            return invocation.fail("\\copy: binary format needs a file, a program or pstdin")
        }
        var closer: (() -> Void)?
        defer { closer?() }
        let input: any CopyInputSource
        switch command.endpoint {
        case .stdin where loop.source is TextLineSource:
            // As psql: with -c there is no script, so the data comes from standard input.
            input = StandardInputLines.shared.reader
        case .stdin:
            if loop.source.isInteractive && !session.quiet {
                session.standardOutput.write(
                    "Enter data to be copied followed by a newline.\nEnd with a backslash and a period on a line by itself, or an EOF signal.\n"
                )
                session.standardOutput.flush()
            }
            input = CopyLineInput { [source = loop.source, session] in
                guard case .line(let line) = source.nextDataLine(prompt: source.isInteractive ? ">> " : "") else {
                    return nil
                }
                session.location.line += 1
                return line
            }
        case .pstdin:
            input = StandardInputLines.shared.reader
        case .file(let path):
            do {
                input = try LineReader.open(path: path)
            } catch {
                return invocation.fail("\(error)")
            }
        case .program(let program):
            session.standardOutput.flush()
            guard let stream = popen(program, "r") else {
                return invocation.fail("could not execute command \"\(program)\"")
            }
            input = LineReader(descriptor: fileno(stream))
            closer = { pclose(stream) }
        case .stdout, .pstdout:
            return .failed
        }
        let runner = CopyInRunner(session: session, input: input, policy: policy)
        let succeeded = binary ? runner.runRaw(command) : runner.run(command)
        return succeeded ? .done : .failed
    }
}
