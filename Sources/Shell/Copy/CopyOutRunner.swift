import PostgresClient

/// Runs `\copy … to`: COPY TO STDOUT streamed into a file, a program or the output.
struct CopyOutRunner {
    let session: Session

    func run(_ command: CopyCommand) -> Bool {
        let sink: FileSink
        var owned = false
        switch command.endpoint {
        case .stdout: sink = session.queryOutput
        case .pstdout: sink = session.standardOutput
        case .file(let path), .program(let path):
            let isProgram = if case .program = command.endpoint { true } else { false }
            do {
                sink = try FileSink.open(target: isProgram ? "|" + path : path)
            } catch {
                session.reportOwnError("\(error)")
                return false
            }
            owned = true
        case .stdin, .pstdin:
            return false
        }
        defer { if owned { sink.close() } }
        let canceller = session.connection.makeCanceller()
        if let canceller { QueryCancellation.arm(canceller) }
        defer { QueryCancellation.disarm() }
        do {
            try session.connection.send(command.statement)
        } catch {
            session.reportOwnError("\(error)")
            return false
        }
        var succeeded = true
        var tag: String?
        while let result = session.connection.nextResult() {
            switch result.status {
            case .copyOut:
                copyRows(into: sink, succeeded: &succeeded)
            case .command:
                tag = result.commandStatus
                session.variables.recordQueryResult(error: false, sqlState: "00000", rowCount: result.affectedRows ?? 0)
            case .error(let error):
                session.variables.recordQueryResult(
                    error: true, sqlState: error.sqlState, rowCount: 0, errorMessage: error.message)
                session.reportServerError(error)
                succeeded = false
            default:
                continue
            }
        }
        sink.flush()
        if let failure = sink.takeUnreportedFailure() {
            session.reportOwnError(failure)
            session.outputFailed = true
            succeeded = false
        }
        if owned, succeeded, let tag, !session.quiet {
            session.queryOutput.write(tag + "\n")
            session.queryOutput.flush()
        }
        return succeeded
    }

    private func copyRows(into sink: FileSink, succeeded: inout Bool) {
        while true {
            switch session.connection.withNextCopyRow({ sink.write($0) }) {
            case .row: continue
            case .done: return
            case .failed(let message):
                session.reportOwnError(message)
                succeeded = false
                return
            }
        }
    }
}
