/// A describe command's name split into its base and psql's modifiers, e.g. `dtS+`.
struct DescribeVariant: Equatable {
    /// The command without modifiers, e.g. `dt`.
    var base: String
    /// `+`: more detail.
    var verbose: Bool
    /// `S`: include system objects.
    var system: Bool

    /// Splits `name` (without the backslash); modifiers may come in either order.
    init(_ name: String, base: String) {
        self.base = base
        let rest = name.dropFirst(base.count)
        verbose = rest.contains("+")
        system = rest.contains("S")
    }

    /// Every spelling of `base` with modifiers, for the command table.
    static func spellings(of base: String) -> [String] {
        [base, base + "+", base + "S", base + "S+", base + "+S"]
    }
}
