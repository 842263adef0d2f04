/// The pure part of TAB completion: finding the word, choosing the edit, laying out
/// a candidate list. The shell decides *what* completes; this decides *how*.
///
/// Behaviour follows psql with readline: one candidate replaces the word and adds a
/// space; several candidates first extend the word to their longest common prefix;
/// when that adds nothing, the candidates are listed in columns and the line is
/// redrawn; no candidates beep.
public enum CompletionBridge {
    /// Characters that end a word, psql's `WORD_BREAKS`.
    public static let wordBreaks: Set<Character> = [
        " ", "\t", "\n", "@", "$", ">", "<", "=", ";", "|", "&", "{", "(", ")",
    ]

    /// The edit to make to the line.
    public enum Action: Sendable, Equatable {
        /// Nothing matches (beep).
        case none
        /// Replace the word before the cursor with this text.
        case replaceWord(with: String)
        /// Show these candidates and redraw the line unchanged.
        case list([String])
    }

    /// The word the cursor is at the end of: the text after the last word break.
    public static func wordBeforeCursor(in lineBeforeCursor: String) -> String {
        guard let breakIndex = lineBeforeCursor.lastIndex(where: { wordBreaks.contains($0) }) else {
            return lineBeforeCursor
        }
        return String(lineBeforeCursor[lineBeforeCursor.index(after: breakIndex)...])
    }

    /// Decides the edit for `word` given the completer's `candidates`.
    public static func action(word: String, candidates: [String]) -> Action {
        var unique: [String] = []
        for candidate in candidates where !unique.contains(candidate) {
            unique.append(candidate)
        }
        guard let first = unique.first else {
            return .none
        }
        if unique.count == 1 {
            return .replaceWord(with: first + (first.hasSuffix("/") ? "" : " "))
        }
        let prefix = longestCommonPrefix(unique)
        if prefix.count > word.count {
            return .replaceWord(with: prefix)
        }
        return .list(unique.sorted())
    }

    /// The longest prefix shared by all `strings` (by Character).
    public static func longestCommonPrefix(_ strings: [String]) -> String {
        guard var prefix = strings.first.map(Array.init) else {
            return ""
        }
        for string in strings.dropFirst() {
            let characters = Array(string)
            var length = 0
            while length < min(prefix.count, characters.count), prefix[length] == characters[length] {
                length += 1
            }
            prefix.removeSubrange(length...)
        }
        return String(prefix)
    }

    /// Candidates in columns, readline-style: filled down then across, each column as
    /// wide as the longest candidate plus two spaces, at most `width` columns wide.
    public static func columns(_ candidates: [String], width: Int) -> String {
        guard let longest = candidates.map(\.count).max() else {
            return ""
        }
        let columnWidth = longest + 2
        let columnCount = max(1, width / columnWidth)
        let rowCount = (candidates.count + columnCount - 1) / columnCount
        var text = ""
        for row in 0..<rowCount {
            var line = ""
            for column in 0..<columnCount {
                let index = column * rowCount + row
                guard index < candidates.count else { break }
                let candidate = candidates[index]
                let isLast = (column + 1) * rowCount + row >= candidates.count
                line += isLast ? candidate : candidate + String(repeating: " ", count: columnWidth - candidate.count)
            }
            text += line + "\n"
        }
        return text
    }
}
