/// The state of one `\if` block: psql's `ifState` (conditional.h).
public enum ConditionalState: Equatable, Sendable {
    /// Inside the active branch of a block: commands run.
    case active
    /// In a branch whose condition was false; a later `\elif`/`\else` may run.
    case inactive
    /// Skipping the rest of the block: an earlier branch already ran, or the
    /// whole block sits inside an inactive branch.
    case ignored
    /// In an `\else` branch that runs.
    case elseActive
    /// In an `\else` branch that is skipped.
    case elseInactive

    /// Whether commands in this branch run.
    public var isActive: Bool { self == .active || self == .elseActive }
}
