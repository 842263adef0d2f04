import FoundationEssentials

/// What a batched `\copy … from` that failed part-way tells the user: how many rows are
/// committed for good and the input line to resume from. Nothing is lost or loaded twice
/// when the load is rerun from that line.
struct CopyLoadFailure: Equatable {
    /// Rows committed by the batches that succeeded.
    var committedRows: Int
    /// Batches that were committed.
    var committedBatches: Int
    /// The 1-based input line where the failed batch's first row starts.
    var resumeLine: Int
    /// Whether the input starts with a header line, which a resumed load must keep.
    var header: Bool
    /// The input line of the row the server rejected, when its error says.
    var failingLine: Int?

    /// The one-line report, e.g. `\copy: 5000 rows committed in 2 batches; …`.
    var message: String {
        var text =
            "\\copy: \(committedRows) \(committedRows == 1 ? "row" : "rows") committed"
            + " in \(committedBatches) \(committedBatches == 1 ? "batch" : "batches") before the failure"
        if let failingLine { text += " (the rejected row is at input line \(failingLine))" }
        text += "; resume from input line \(resumeLine)"
        if header && resumeLine > 1 { text += ", keeping the header line" }
        return text
    }

    /// The batch-relative line number in a COPY error's context (`COPY t, line 7…`), if any.
    static func batchLine(inError text: String) -> Int? {
        let context = #/COPY [^\n]*?, line [0-9]+/#.matchingSemantics(.unicodeScalar)
        guard let match = text.firstMatch(of: context)?.output else { return nil }
        guard let line = match.firstMatch(of: #/line [0-9]+/#.matchingSemantics(.unicodeScalar))?.output else {
            return nil
        }
        return Int(line.dropFirst(5))
    }
}
