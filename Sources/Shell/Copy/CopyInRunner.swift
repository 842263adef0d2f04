import Glibc
import PostgresClient

/// Runs `\copy … from`: input cut into rows and sent through COPY FROM STDIN, in one
/// COPY or, under a ``CopyBatchPolicy``, in batches that each commit on their own.
struct CopyInRunner {
    let session: Session
    /// Where the text or CSV data comes from.
    let input: any CopyInputSource
    let policy: CopyBatchPolicy?

    /// The state of a load in progress.
    private struct Progress {
        var committedRows = 0
        var batches = 0
        /// The header row, sent again at the start of every batch.
        var header: [UInt8] = []
        var headerLines = 0
    }

    func run(_ command: CopyCommand) -> Bool {
        let format = command.format
        let reader = CopyInputReader(source: input, format: format)
        var progress = Progress()
        let canceller = session.connection.makeCanceller()
        if let canceller { QueryCancellation.arm(canceller) }
        defer { QueryCancellation.disarm() }
        if format.header && policy != nil {
            reader.send(upTo: CopyInputScanner.Limit(rows: 1, bytes: .max)) { progress.header.append(contentsOf: $0) }
            progress.headerLines = reader.lineCount
        }
        let showProgress = policy != nil && isatty(STDERR_FILENO) == 1
        // The progress line is erased before anything else is printed.
        func clearProgress() {
            guard showProgress && progress.batches > 0 else { return }
            session.errors.write("\r\u{1B}[K")
            session.errors.flush()
        }
        repeat {
            if progress.batches > 0 && !reader.hasMoreData() { break }
            let batchFirstLine = reader.lineCount + 1
            switch sendBatch(command, reader, header: progress.header) {
            case .committed(let rows):
                progress.committedRows += rows
                progress.batches += 1
                if showProgress {
                    session.errors.write("\r\\copy: \(progress.committedRows) rows committed")
                    session.errors.flush()
                }
            case .failed(let error):
                clearProgress()
                session.variables.recordQueryResult(
                    error: true, sqlState: error?.sqlState ?? "", rowCount: 0, errorMessage: error?.message ?? "")
                if let error { session.reportServerError(error) }
                if policy != nil && progress.batches > 0 {
                    let failing = error.flatMap { CopyLoadFailure.batchLine(inError: $0.formatted) }
                        .map { batchFirstLine + $0 - 1 - progress.headerLines }
                    let failure = CopyLoadFailure(
                        committedRows: progress.committedRows, committedBatches: progress.batches,
                        resumeLine: batchFirstLine, header: progress.headerLines > 0, failingLine: failing)
                    session.reportOwnError(failure.message)
                }
                return false
            case .lost(let message):
                clearProgress()
                session.reportOwnError(message)
                return false
            }
        } while !reader.finished
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

    /// Sends one COPY with the header (when batching) and rows up to the policy's limits.
    private func sendBatch(_ command: CopyCommand, _ reader: CopyInputReader, header: [UInt8]) -> BatchResult {
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
        let rows: Int
        do throws(ConnectionError) {
            if !header.isEmpty { try connection.putCopyData(header) }
            let limit = policy.map { CopyInputScanner.Limit(rows: $0.rows, bytes: $0.bytes) }
            rows = try reader.send(upTo: limit) { (bytes) throws(ConnectionError) in try connection.putCopyData(bytes) }
                .rows
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

    /// Sends the whole input unchanged in one COPY (binary format, whose rows cannot be
    /// found without decoding it).
    func runRaw(_ command: CopyCommand) -> Bool {
        let connection = session.connection
        let canceller = connection.makeCanceller()
        if let canceller { QueryCancellation.arm(canceller) }
        defer { QueryCancellation.disarm() }
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
                do throws(ConnectionError) {
                    repeat {
                        let count = try input.withUnconsumedBytes { (bytes) throws(ConnectionError) -> Int in
                            try connection.putCopyData(bytes)
                            return bytes.count
                        }
                        input.consume(count)
                    } while input.readMore()
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
