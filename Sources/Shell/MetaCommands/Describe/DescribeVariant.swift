/// A describe command's name split into its base and psql's modifiers, e.g. `dtS+`.
struct DescribeVariant: Equatable {
    /// The command without modifiers, e.g. `dt`.
    var base: String
    /// `+`: more detail.
    var verbose: Bool
    /// `S`: include system objects.
    var system: Bool
    /// Every letter after the base, e.g. `an+` for `\\dfan+`.
    var modifiers: String

    /// Splits `name` (without the backslash); modifiers may come in either order.
    init(_ name: String, base: String) {
        self.base = base
        let rest = name.dropFirst(base.count)
        modifiers = String(rest)
        verbose = rest.contains("+")
        system = rest.contains("S")
    }

    /// Equal when the base and the set of modifier letters are, whatever their order.
    static func == (left: Self, right: Self) -> Bool {
        left.base == right.base && left.verbose == right.verbose && left.system == right.system
            && Set(left.modifiers) == Set(right.modifiers)
    }

    /// Every spelling of `base` with modifiers, for the command table: `base` followed by
    /// up to `length` distinct letters of `modifiers`, in any order.
    static func spellings(of base: String, modifiers: String = "S+", length: Int = 3) -> [String] {
        let letters = Array(modifiers)
        var suffixes: [String] = [""]
        var frontier: [[Character]] = [[]]
        for _ in 0..<min(length, letters.count) {
            frontier = frontier.flatMap { used in letters.filter { !used.contains($0) }.map { used + [$0] } }
            suffixes += frontier.map { String($0) }
        }
        return suffixes.map { base + $0 }
    }
}
