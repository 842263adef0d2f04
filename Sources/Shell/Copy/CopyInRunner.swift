import Glibc
import PostgresClient

/// Runs `\copy … from`: input split into rows and sent through COPY FROM STDIN, in one
/// COPY or, under a ``CopyBatchPolicy``, in batches that each commit on their own.
struct CopyInRunner {
    let session: Session
    /// The next input line without its newline; nil at the end.
    let nextLine: () -> [UInt8]?
    let policy: CopyBatchPolicy?

    /// The state of a load in progress.
    private struct Progress {
        var lineNumber = 0
        var committedRows = 0
        var batches = 0
        var headerLines: [[UInt8]] = []
        var lookahead: [UInt8]?
        var finished = false
    }

    func run(_ command: CopyCommand) -> Bool {
        let format = command.format
        var splitter = CopyRecordSplitter(format: format)
        var progress = Progress()
        let canceller = session.connection.makeCanceller()
        if let canceller { QueryCancellation.arm(canceller) }
        defer { QueryCancellation.disarm() }
        if format.header && policy != nil {
            while let line = read(&progress, &splitter) {
                progress.headerLines.append(line)
                if splitter.feed(line) { break }
            }
        }
        let showProgress = policy != nil && isatty(STDERR_FILENO) == 1
        // The progress line is erased before anything else is printed.
        func clearProgress() {
            guard showProgress && progress.batches > 0 else { return }
            session.errors.write("\r\u{1B}[K")
            session.errors.flush()
        }
        repeat {
            progress.lookahead = read(&progress, &splitter)
            if progress.lookahead == nil && progress.batches > 0 { break }
            let batchFirstLine = progress.lineNumber
            switch sendBatch(command, &progress, &splitter) {
            case .committed(let rows):
                progress.committedRows += rows
                progress.batches += 1
                if showProgress {
                    session.errors.write("\r\\copy: \(progress.committedRows) rows committed")
                    session.errors.flush()
                }
            case .failed(let error):
                clearProgress()
                session.variables.recordQueryResult(error: true, sqlState: error?.sqlState ?? "", rowCount: 0, errorMessage: error?.message ?? "")
                if let error { session.reportServerError(error) }
                if policy != nil && progress.batches > 0 {
                    let headerOffset = progress.headerLines.isEmpty ? 0 : progress.headerLines.count
                    let failing = error.flatMap { CopyLoadFailure.batchLine(inError: $0.formatted) }
                        .map { batchFirstLine + $0 - 1 - headerOffset }
                    let failure = CopyLoadFailure(committedRows: progress.committedRows, committedBatches: progress.batches,
                                                  resumeLine: batchFirstLine, header: !progress.headerLines.isEmpty, failingLine: failing)
                    session.reportOwnError(failure.message)
                }
                return false
            case .lost(let message):
                clearProgress()
                session.reportOwnError(message)
                return false
            }
        } while !progress.finished
        clearProgress()
        session.variables.recordQueryResult(error: false, sqlState: "00000", rowCount: progress.committedRows)
        if !session.quiet {
            session.queryOutput.write("COPY \(progress.committedRows)\n")
            session.queryOutput.flush()
        }
        return true
    }

    /// How one COPY ended.
    private enum BatchResult {
        case committed(Int)
        case failed(ServerError?)
        case lost(String)
    }

    /// Reads a line, stopping at `\.`, and counts it.
    private func read(_ progress: inout Progress, _ splitter: inout CopyRecordSplitter) -> [UInt8]? {
        guard !progress.finished, let line = nextLine(), !splitter.isEndMarker(line) else {
            progress.finished = true
            return nil
        }
        progress.lineNumber += 1
        return line
    }

    /// Sends one COPY with the header (when batching) and rows up to the policy's limits.
    private func sendBatch(_ command: CopyCommand, _ progress: inout Progress, _ splitter: inout CopyRecordSplitter) -> BatchResult {
        let connection = session.connection
        do {
            try connection.send(command.statement)
        } catch {
            return .lost("\(error)")
        }
        guard let start = connection.nextResult() else { return .failed(nil) }
        if case .error(let error) = start.status {
            while connection.nextResult() != nil {}
            return .failed(error)
        }
        guard start.status == .copyIn else {
            while connection.nextResult() != nil {}
            return .lost("\\copy: the server did not start COPY FROM STDIN")
        }
        var chunk: [UInt8] = []
        chunk.reserveCapacity(128 * 1024)
        var rows = 0, bytes = 0
        do {
            for line in progress.headerLines { chunk += line; chunk.append(UInt8(ascii: "\n")) }
            var line = progress.lookahead
            progress.lookahead = nil
            while let current = line {
                chunk += current
                chunk.append(UInt8(ascii: "\n"))
                bytes += current.count + 1
                if splitter.feed(current) {
                    rows += 1
                    if let policy, policy.isFull(rows: rows, bytes: bytes) { break }
                }
                if chunk.count >= 64 * 1024 {
                    try connection.putCopyData(chunk)
                    chunk.removeAll(keepingCapacity: true)
                }
                line = read(&progress, &splitter)
            }
            if !chunk.isEmpty { try connection.putCopyData(chunk) }
            try connection.putCopyEnd()
        } catch {
            return .lost("\(error)")
        }
        var outcome = BatchResult.failed(nil)
        while let result = connection.nextResult() {
            switch result.status {
            case .command: outcome = .committed(result.affectedRows ?? rows)
            case .error(let error): outcome = .failed(error)
            default: continue
            }
        }
        return outcome
    }

    /// Sends everything readable from `descriptor` unchanged in one COPY (binary format).
    func runRaw(_ command: CopyCommand, descriptor: Int32) -> Bool {
        let connection = session.connection
        do {
            try connection.send(command.statement)
        } catch {
            session.reportOwnError("\(error)")
            return false
        }
        var succeeded = true
        var rows = 0
        while let result = connection.nextResult() {
            switch result.status {
            case .copyIn:
                var buffer = [UInt8](repeating: 0, count: 64 * 1024)
                do {
                    while true {
                        let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
                        if count < 0 && errno == EINTR { continue }
                        if count <= 0 { break }
                        try connection.putCopyData(Array(buffer[0..<count]))
                    }
                    try connection.putCopyEnd()
                } catch {
                    session.reportOwnError("\(error)")
                    return false
                }
            case .command:
                rows = result.affectedRows ?? 0
            case .error(let error):
                session.reportServerError(error)
                succeeded = false
            default:
                continue
            }
        }
        if succeeded && !session.quiet {
            session.queryOutput.write("COPY \(rows)\n")
            session.queryOutput.flush()
        }
        return succeeded
    }
}
