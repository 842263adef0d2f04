/// What the next display line of a column continues, which decides its marks.
enum Continuation {
    case none
    case wrapped
    case newline
}

/// Per-column progress through one row of aligned output, reused from row to row.
struct RowProgress {
    /// The display line of each cell printed next.
    var lineIndex: [Int] = []
    /// Bytes of that line already printed (non-zero only while wrapping).
    var offset: [Int] = []
    var continuation: [Continuation] = []

    /// Starts a new row of `columns` cells without reallocating.
    mutating func reset(columns: Int) {
        if lineIndex.count != columns {
            lineIndex = [Int](repeating: 0, count: columns)
            offset = [Int](repeating: 0, count: columns)
            continuation = [Continuation](repeating: .none, count: columns)
            return
        }
        for column in 0..<columns {
            lineIndex[column] = 0
            offset[column] = 0
            continuation[column] = .none
        }
    }
}
