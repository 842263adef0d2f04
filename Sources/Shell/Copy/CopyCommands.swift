import Foundation
import Glibc

/// `\copy`: psql's client-side COPY, batched below Aurora DSQL's transaction limits.
enum CopyCommands {
    static let all = [
        MetaCommand(names: ["copy"], usage: "\\copy ...", summary: "perform SQL COPY with data stream to the client host") { invocation in
            let session = invocation.session
            guard let line = invocation.argument(.wholeLine), !line.isEmpty else {
                return invocation.fail("\\copy: arguments required")
            }
            let command: CopyCommand
            do throws(CopyParseError) {
                command = try CopyCommandParser.parse(line, homeDirectory: ProcessInfo.processInfo.environment["HOME"])
            } catch {
                return invocation.fail(error.message)
            }
            switch command.direction {
            case .to:
                return CopyOutRunner(session: session).run(command) ? .done : .failed
            case .from:
                return copyIn(command, invocation: invocation)
            }
        },
    ]

    private static func copyIn(_ command: CopyCommand, invocation: MetaInvocation) -> MetaOutcome {
        let session = invocation.session
        let loop = invocation.loop
        var policy = CopyBatchPolicy.resolve(
            host: session.connector.settings.host, rowsVariable: session.variables["COPY_BATCH_ROWS"],
            bytesVariable: session.variables["COPY_BATCH_BYTES"], inTransaction: session.connection.transactionStatus != .idle)
        if command.format.kind == .binary { policy = nil }
        if command.format.kind == .binary { return binaryIn(command, invocation: invocation) }
        var closer: (() -> Void)?
        defer { closer?() }
        let nextLine: () -> [UInt8]?
        switch command.endpoint {
        case .stdin where loop.source is TextLineSource:
            // As psql: with -c there is no script, so the data comes from standard input.
            nextLine = { StandardInputLines.shared.readLine() }
        case .stdin:
            if loop.source.isInteractive && !session.quiet {
                session.standardOutput.write("Enter data to be copied followed by a newline.\nEnd with a backslash and a period on a line by itself, or an EOF signal.\n")
                session.standardOutput.flush()
            }
            nextLine = { [source = loop.source, session] in
                guard case .line(let line) = source.nextLine(prompt: source.isInteractive ? ">> " : "") else { return nil }
                session.location.line += 1
                return line
            }
        case .pstdin:
            nextLine = { StandardInputLines.shared.readLine() }
        case .file(let path):
            do {
                let reader = try LineReader.open(path: path)
                nextLine = { reader.readLine() }
            } catch {
                return invocation.fail("\(error)")
            }
        case .program(let program):
            session.standardOutput.flush()
            guard let stream = popen(program, "r") else { return invocation.fail("could not execute command \"\(program)\"") }
            let reader = LineReader(descriptor: fileno(stream))
            nextLine = { reader.readLine() }
            closer = { pclose(stream) }
        case .stdout, .pstdout:
            return .failed
        }
        return CopyInRunner(session: session, nextLine: nextLine, policy: policy).run(command) ? .done : .failed
    }

    /// Binary data is sent as read, in one COPY (rows cannot be found without decoding it).
    private static func binaryIn(_ command: CopyCommand, invocation: MetaInvocation) -> MetaOutcome {
        let descriptor: Int32
        var closer: () -> Void
        switch command.endpoint {
        case .file(let path):
            descriptor = open(path, O_RDONLY | O_CLOEXEC)
            guard descriptor >= 0 else { return invocation.fail("\(path): \(String(cString: strerror(errno)))") }
            closer = { _ = close(descriptor) }
        case .program(let program):
            guard let stream = popen(program, "r") else { return invocation.fail("could not execute command \"\(program)\"") }
            descriptor = fileno(stream)
            closer = { pclose(stream) }
        case .pstdin:
            descriptor = STDIN_FILENO
            closer = {}
        default:
            return invocation.fail("\\copy: binary format needs a file, a program or pstdin")
        }
        defer { closer() }
        let runner = CopyInRunner(session: invocation.session, nextLine: { nil }, policy: nil)
        return runner.runRaw(command, descriptor: descriptor) ? .done : .failed
    }
}
