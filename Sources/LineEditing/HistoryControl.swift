/// Which statements stay out of history: psql's `HISTCONTROL` variable.
///
/// `ignorespace` drops entries that begin with a space, `ignoredups` drops an entry
/// equal to the previous one, `ignoreboth` does both, `none` keeps everything. The
/// variable is parsed once, by the shell's variable hooks (`ShellSettings`), not here.
public struct HistoryControl: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8

    public init(rawValue: UInt8) {
        self.rawValue = rawValue
    }

    /// Entries that begin with a space are not recorded.
    public static let ignoreSpace = HistoryControl(rawValue: 1 << 0)
    /// An entry equal to the previous entry is not recorded.
    public static let ignoreDuplicates = HistoryControl(rawValue: 1 << 1)
    /// Both rules.
    public static let ignoreBoth: HistoryControl = [.ignoreSpace, .ignoreDuplicates]
}
