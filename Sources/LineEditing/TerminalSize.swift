/// A terminal's size in character cells.
public struct TerminalSize: Sendable, Equatable {
    /// Columns.
    public let width: Int
    /// Rows.
    public let height: Int

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }
}
