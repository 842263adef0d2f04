import PostgresClient
import ResultFormatting

extension Session {
    /// `\crosstabview`: prints `result` pivoted, or reports why it cannot be.
    func printCrosstab(_ result: QueryResult, arguments: [String?], options: PrintOptions, into output: inout FileSink)
        -> Bool
    {
        let rows = (0..<result.rowCount).map { row in
            (0..<result.fieldCount).map { column in result.string(row: row, column: column) }
        }
        do throws(CrosstabView.Failure) {
            let table = try CrosstabView.pivot(
                columns: result.columns, rows: rows, arguments: arguments,
                nullString: options.nullString)
            ResultPrinter.print(table, options: options, terminalColumns: terminalColumns, into: &output)
            return true
        } catch {
            reportOwnError(error.message)
            return false
        }
    }
}
