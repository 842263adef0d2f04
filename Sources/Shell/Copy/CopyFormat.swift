/// The facts about a COPY data format that splitting input into rows needs.
///
/// Read loosely from the option text in both the `with (format csv, header)` and the old
/// `csv header quote as '"'` spellings; the server remains the judge of the options.
struct CopyFormat: Equatable {
    enum Kind: Equatable { case text, csv, binary }

    var kind: Kind = .text
    var header = false
    var quote: UInt8 = UInt8(ascii: "\"")
    /// Defaults to the quote character.
    var escape: UInt8?

    init(kind: Kind = .text, header: Bool = false) {
        self.kind = kind
        self.header = header
    }

    /// Reads the format from COPY's option text.
    init(options: String) {
        let words = Self.tokens(options)
        var index = 0
        func next() -> String? { index + 1 < words.count ? words[index + 1] : nil }
        while index < words.count {
            let word = words[index].lowercased()
            switch word {
            case "format":
                switch next()?.lowercased() {
                case "csv": kind = .csv
                case "binary": kind = .binary
                case "text": kind = .text
                default: break
                }
            case "csv": kind = .csv
            case "binary": kind = .binary
            case "header":
                header = !["false", "off", "0"].contains(next()?.lowercased() ?? "")
            case "quote", "escape":
                var value = next()
                if value?.lowercased() == "as" { value = index + 2 < words.count ? words[index + 2] : nil }
                if let byte = value?.utf8.first, value?.utf8.count == 1 {
                    if word == "quote" { quote = byte } else { escape = byte }
                }
            default: break
            }
            index += 1
        }
    }

    /// Words of the option text: whitespace, commas and parentheses separate; `'…'` is one word.
    static func tokens(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        var inQuote = false
        var characters = Array(text)[...]
        while let character = characters.popFirst() {
            if inQuote {
                if character == "'" {
                    if characters.first == "'" {
                        current.append("'")
                        characters.removeFirst()
                    } else {
                        inQuote = false
                        words.append(current)
                        current = ""
                    }
                } else {
                    current.append(character)
                }
            } else if character == "'" {
                if !current.isEmpty {
                    words.append(current)
                    current = ""
                }
                inQuote = true
            } else if character.isWhitespace || character == "," || character == "(" || character == ")" {
                if !current.isEmpty {
                    words.append(current)
                    current = ""
                }
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }
}
