import PostgresClient

/// Moves the data of a COPY the server started in a statement: COPY TO STDOUT's rows to
/// the output, COPY FROM STDIN's lines from the input (the script's own lines up to `\.`).
///
/// The row loops are specialised for libpq's connection, so no row costs a dynamic call.
enum CopyTransfer {
    /// Writes COPY TO STDOUT rows to `output` until the COPY ends; libpq's message when it failed.
    static func copyOut(from connection: any DatabaseConnection, into output: inout FileSink) -> String? {
        if let libpq = connection as? Connection { return copyRows(from: libpq, into: &output) }
        return copyRows(from: connection, into: &output)
    }

    /// Feeds COPY FROM STDIN from `input` until a line `\.` or its end, as psql does, and ends
    /// the COPY; the failure's description when the connection refused the data.
    static func copyIn(to connection: any DatabaseConnection, from input: () -> [UInt8]?) -> String? {
        do {
            while let line = input() {
                if InlineCopyData.isEndMarker(line) { break }
                try connection.putCopyData(line + [UInt8(ascii: "\n")])
            }
            try connection.putCopyEnd()
        } catch {
            return "\(error)"
        }
        return nil
    }

    private static func copyRows(from connection: some DatabaseConnection, into output: inout FileSink) -> String? {
        while true {
            switch connection.withNextCopyRow({ output.write($0) }) {
            case .row: continue
            case .done: return nil
            case .failed(let message): return message
            }
        }
    }
}
