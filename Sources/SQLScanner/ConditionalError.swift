/// A misplaced `\elif`, `\else` or `\endif`; each case carries psql's message.
public enum ConditionalError: Error, Equatable, Sendable {
    /// `\elif` with no open `\if`.
    case elifWithoutIf
    /// `\elif` after the block's `\else`.
    case elifAfterElse
    /// `\else` with no open `\if`.
    case elseWithoutIf
    /// A second `\else`.
    case elseAfterElse
    /// `\endif` with no open `\if`.
    case endifWithoutIf

    /// The message psql prints.
    public var message: String {
        switch self {
        case .elifWithoutIf: "\\elif: no matching \\if"
        case .elifAfterElse: "\\elif: cannot occur after \\else"
        case .elseWithoutIf: "\\else: no matching \\if"
        case .elseAfterElse: "\\else: cannot occur after \\else"
        case .endifWithoutIf: "\\endif: no matching \\if"
        }
    }
}
