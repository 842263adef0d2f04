/// The SQL lexer's exclusive states, named after psqlscan.l's start conditions.
enum LexerState: Equatable, Sendable {
    /// Ordinary SQL text (`INITIAL`).
    case initial
    /// A bit-string literal `B'…'` (`xb`).
    case bitString
    /// A hex-string literal `X'…'` (`xh`).
    case hexString
    /// A standard single-quoted string (`xq`).
    case quoted
    /// An escape string `E'…'`, or any string when standard_conforming_strings
    /// is off (`xe`).
    case extendedQuoted
    /// A Unicode-escape string `U&'…'` (`xus`).
    case unicodeQuoted
    /// A quoted identifier `"…"` (`xd`).
    case quotedIdentifier
    /// A Unicode-escape identifier `U&"…"` (`xui`).
    case unicodeIdentifier
    /// A `/* … */` comment at the given extra nesting depth (`xc`).
    case comment(depth: Int)
    /// A dollar-quoted string with its opening delimiter (`xdolq`).
    case dollarQuoted(delimiter: [UInt8])

    /// The prompt character this state shows, when it is inside a quote.
    var quotePrompt: PromptStatus? {
        switch self {
        case .initial: nil
        case .bitString, .hexString, .quoted, .extendedQuoted, .unicodeQuoted: .singleQuote
        case .quotedIdentifier, .unicodeIdentifier: .doubleQuote
        case .comment: .comment
        case .dollarQuoted: .dollarQuote
        }
    }
}
