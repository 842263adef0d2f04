import PostgresClient
import ResultFormatting

extension Session {
    /// psql's `-L` header before each query it sends.
    func logQuery(_ sql: String, into log: FileSink) {
        log.write("********* QUERY **********\n\(sql)\n**************************\n\n")
        log.flush()
    }

    /// The rows as psql logs them: always the aligned (or wrapped) table, never expanded.
    func logTable(_ result: QueryResult, into log: FileSink) {
        var options = printOptions
        options.format = options.format == .wrapped ? .wrapped : .aligned
        options.expanded = .off
        var sink = log
        ResultPrinter.print(result, options: options, into: &sink)
        log.flush()
    }

    /// The command tag, logged even under QUIET as psql does.
    func logCommandStatus(_ result: QueryResult, into log: FileSink) {
        result.withCommandStatus { log.write($0) }
        log.write("\n")
        log.flush()
    }
}
