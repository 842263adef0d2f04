/// Splits a `credential_process` command into argv the way the AWS CLI does on POSIX
/// (botocore's `compat_shell_split`, i.e. Python's `shlex.split` in POSIX mode).
enum CommandLineSplitter {
    /// Why a command line could not be split.
    enum SplitError: Error, Equatable {
        case unterminatedQuote(Character)
        case trailingBackslash
    }

    /// The words of `command`: whitespace separates; `'…'` is literal; in `"…"` a
    /// backslash escapes only `"` and `\`; elsewhere a backslash escapes any character.
    static func split(_ command: String) throws(SplitError) -> [String] {
        var words: [String] = []
        var word = ""
        var inWord = false
        var iterator = Array(command).makeIterator()
        while let c = iterator.next() {
            switch c {
            case " ", "\t", "\n", "\r":
                if inWord {
                    words.append(word)
                    word = ""
                    inWord = false
                }
            case "'":
                inWord = true
                while true {
                    guard let next = iterator.next() else { throw .unterminatedQuote("'") }
                    if next == "'" { break }
                    word.append(next)
                }
            case "\"":
                inWord = true
                while true {
                    guard let next = iterator.next() else { throw .unterminatedQuote("\"") }
                    if next == "\"" { break }
                    if next == "\\" {
                        guard let escaped = iterator.next() else { throw .unterminatedQuote("\"") }
                        if escaped != "\"" && escaped != "\\" { word.append("\\") }
                        word.append(escaped)
                    } else {
                        word.append(next)
                    }
                }
            case "\\":
                guard let escaped = iterator.next() else { throw .trailingBackslash }
                inWord = true
                word.append(escaped)
            default:
                inWord = true
                word.append(c)
            }
        }
        if inWord { words.append(word) }
        return words
    }
}
