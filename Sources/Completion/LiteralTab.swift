/// Where TAB is a character, not a request to complete: inside a string literal.
///
/// Scans the statement typed so far (earlier lines and the line before the cursor)
/// the way the SQL lexer does for quoting: `'…'` (with `''` and, in `E'…'`, `\'`),
/// `$tag$…$tag$`, `"…"`, `-- …` and `/* … */`. A meta-command line (`\copy … 'file`)
/// keeps completing: psql completes file names there.
public enum LiteralTab {
    /// Whether the cursor, after `pending` and then `line`, sits inside a string literal.
    public static func applies(pending: String, line: String) -> Bool {
        if line.drop(while: { $0 == " " || $0 == "\t" }).hasPrefix("\\") { return false }
        return insideStringLiteral(pending.isEmpty ? line : pending + "\n" + line)
    }

    /// Whether `text` ends inside a single-quoted or dollar-quoted string.
    static func insideStringLiteral(_ text: String) -> Bool {
        enum State {
            case plain
            case single(escapes: Bool)
            case double
            case dollar(String)
            case lineComment
            case blockComment(Int)
        }
        var state = State.plain
        let characters = Array(text)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            let next: Character? = index + 1 < characters.count ? characters[index + 1] : nil
            switch state {
            case .plain:
                if character == "'" {
                    let previous: Character? = index > 0 ? characters[index - 1] : nil
                    state = .single(escapes: previous == "E" || previous == "e")
                } else if character == "\"" {
                    state = .double
                } else if character == "-", next == "-" {
                    state = .lineComment
                    index += 1
                } else if character == "/", next == "*" {
                    state = .blockComment(1)
                    index += 1
                } else if character == "$", let tag = dollarTag(characters, at: index) {
                    state = .dollar(tag)
                    index += tag.count - 1
                }
            case .single(let escapes):
                if escapes, character == "\\" {
                    index += 1
                } else if character == "'" {
                    if next == "'" { index += 1 } else { state = .plain }
                }
            case .double:
                if character == "\"" { state = .plain }
            case .dollar(let tag):
                if character == "$", String(characters[index..<min(index + tag.count, characters.count)]) == tag {
                    state = .plain
                    index += tag.count - 1
                }
            case .lineComment:
                if character == "\n" { state = .plain }
            case .blockComment(let depth):
                if character == "*", next == "/" {
                    state = depth == 1 ? .plain : .blockComment(depth - 1)
                    index += 1
                } else if character == "/", next == "*" {
                    state = .blockComment(depth + 1)
                    index += 1
                }
            }
            index += 1
        }
        switch state {
        case .single, .dollar: return true
        default: return false
        }
    }

    /// The dollar-quote opener (`$$`, `$tag$`) starting at `index`, or nil.
    private static func dollarTag(_ characters: [Character], at index: Int) -> String? {
        if index > 0, let previous = characters[index - 1].unicodeScalars.first,
            previous.properties.isAlphabetic || previous == "_" || ("0"..."9").contains(previous)
        {
            return nil
        }
        var end = index + 1
        while end < characters.count, characters[end] != "$" {
            let scalar = characters[end].unicodeScalars.first
            guard let scalar,
                scalar.properties.isAlphabetic || scalar == "_" || (end > index + 1 && ("0"..."9").contains(scalar))
            else {
                return nil
            }
            end += 1
        }
        guard end < characters.count else { return nil }
        return String(characters[index...end])
    }
}
