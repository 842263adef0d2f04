/// Which part of a table one print call makes, for a result printed in pieces (psql's
/// `start_table`, `stop_table` and `prior_records`, used with FETCH_COUNT).
///
/// The first piece has the title and header, the last the closing rule and the row-count
/// footer (counting every piece's rows); the ones between have only rows, and each piece
/// is laid out on its own (its column widths are its own rows' and the header's).
public struct TableSegment: Sendable, Equatable {
    /// Whether this piece starts the table (title and header).
    public var startsTable: Bool
    /// Whether this piece ends the table (closing rule, footer, blank line).
    public var endsTable: Bool
    /// Rows printed by the pieces before this one.
    public var priorRows: Int

    public init(startsTable: Bool, endsTable: Bool, priorRows: Int) {
        self.startsTable = startsTable
        self.endsTable = endsTable
        self.priorRows = priorRows
    }

    /// A whole table in one piece.
    public static let whole = TableSegment(startsTable: true, endsTable: true, priorRows: 0)
}
