/// Parses the text after `\copy` as psql does.
///
/// `{ table [ ( columns ) ] | ( query ) } { from | to } { 'file' | file | program 'command' |
/// stdin | stdout | pstdin | pstdout } [ options ]`.
enum CopyCommandParser {
    static func parse(_ line: String, homeDirectory: String? = nil) throws(CopyParseError) -> CopyCommand {
        var scanner = Scanner(text: Array(line.unicodeScalars))
        scanner.skipSpaces()
        if scanner.atEnd { throw CopyParseError(message: "\\copy: arguments required") }
        // The target is rebuilt from tokens as psql does (`" ( select 1 )"`, `" public.t ( a, b )"`),
        // so the server's error positions match psql's.
        var target: String
        if scanner.peek == "(" {
            target = tokens(try scanner.balancedParentheses(), delimiters: "()").map { " " + $0 }.joined()
        } else {
            let name = tokens(scanner.word(stoppingAt: "("), delimiters: ".,()")
            target = name.enumerated().map { $0.offset == 0 ? " " + $0.element : $0.element }.joined()
            scanner.skipSpaces()
            if scanner.peek == "(" {
                target += tokens(try scanner.balancedParentheses(), delimiters: "()").map { " " + $0 }.joined()
            }
        }
        scanner.skipSpaces()
        let direction: CopyCommand.Direction
        switch scanner.word().lowercased() {
        case "from": direction = .from
        case "to": direction = .to
        case "": throw CopyParseError(message: "\\copy: parse error at end of line")
        case let other: throw CopyParseError(message: "\\copy: parse error at \"\(other)\"")
        }
        scanner.skipSpaces()
        let endpoint: CopyCommand.Endpoint
        if scanner.peek == "'" {
            endpoint = .file(expandHome(try scanner.quoted(), homeDirectory: homeDirectory))
        } else {
            // As in psql, `;` ends the word: `\copy … to stdout;` writes to stdout.
            let word = scanner.word(stoppingAt: ";")
            switch word.lowercased() {
            case "": throw CopyParseError(message: "\\copy: parse error at end of line")
            case "stdin": endpoint = .stdin
            case "stdout": endpoint = .stdout
            case "pstdin": endpoint = .pstdin
            case "pstdout": endpoint = .pstdout
            case "program":
                scanner.skipSpaces()
                guard scanner.peek == "'" else {
                    throw CopyParseError(
                        message: scanner.atEnd
                            ? "\\copy: parse error at end of line" : "\\copy: parse error at \"\(scanner.word())\"")
                }
                endpoint = .program(try scanner.quoted())
            default: endpoint = .file(expandHome(word, homeDirectory: homeDirectory))
            }
        }
        if direction == .from && (endpoint == .stdout || endpoint == .pstdout) {
            throw CopyParseError(message: "\\copy: parse error at \"\(endpoint == .stdout ? "stdout" : "pstdout")\"")
        }
        if direction == .to && (endpoint == .stdin || endpoint == .pstdin) {
            throw CopyParseError(message: "\\copy: parse error at \"\(endpoint == .stdin ? "stdin" : "pstdin")\"")
        }
        scanner.skipSpaces()
        var options = scanner.rest
        while options.hasSuffix(" ") || options.hasSuffix(";") { options.removeLast() }
        return CopyCommand(target: target, direction: direction, endpoint: endpoint, options: options)
    }

    /// psql's `strtokx`: whitespace separates, each delimiter is a token of its own, and
    /// single- or double-quoted text stays inside its token.
    static func tokens(_ text: String, delimiters: String) -> [String] {
        var result: [String] = []
        var current = ""
        var quote: Character?
        for character in text {
            if let open = quote {
                current.append(character)
                if character == open { quote = nil }
            } else if character == "'" || character == "\"" {
                current.append(character)
                quote = character
            } else if character.isWhitespace {
                if !current.isEmpty {
                    result.append(current)
                    current = ""
                }
            } else if delimiters.contains(character) {
                if !current.isEmpty {
                    result.append(current)
                    current = ""
                }
                result.append(String(character))
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { result.append(current) }
        return result
    }

    private static func expandHome(_ path: String, homeDirectory: String?) -> String {
        guard let homeDirectory, path == "~" || path.hasPrefix("~/") else { return path }
        return homeDirectory + path.dropFirst()
    }

    /// A cursor over the command text.
    private struct Scanner {
        let text: [Unicode.Scalar]
        var index = 0

        var atEnd: Bool { index >= text.count }
        var peek: Unicode.Scalar? { atEnd ? nil : text[index] }
        var rest: String { String(String.UnicodeScalarView(text[index...])) }

        mutating func skipSpaces() {
            while let character = peek, character.properties.isWhitespace { index += 1 }
        }

        /// Characters up to whitespace (or `stop`), keeping double-quoted parts whole.
        mutating func word(stoppingAt stop: Unicode.Scalar? = nil) -> String {
            var result = String.UnicodeScalarView()
            var inQuotes = false
            while let character = peek {
                if !inQuotes && (character.properties.isWhitespace || character == stop) { break }
                if character == "\"" { inQuotes.toggle() }
                result.append(character)
                index += 1
            }
            return String(result)
        }

        /// A single-quoted string, with `''` standing for one quote.
        mutating func quoted() throws(CopyParseError) -> String {
            index += 1
            var result = String.UnicodeScalarView()
            while let character = peek {
                index += 1
                if character == "'" {
                    if peek == "'" {
                        result.append("'")
                        index += 1
                        continue
                    }
                    return String(result)
                }
                result.append(character)
            }
            throw CopyParseError(message: "\\copy: parse error at end of line")
        }

        /// `( … )` with nesting, skipping parentheses inside quotes; returned with its parentheses.
        mutating func balancedParentheses() throws(CopyParseError) -> String {
            let start = index
            var depth = 0
            var quote: Unicode.Scalar?
            while let character = peek {
                index += 1
                if let open = quote {
                    if character == open { quote = nil }
                    continue
                }
                switch character {
                case "'", "\"": quote = character
                case "(": depth += 1
                case ")":
                    depth -= 1
                    if depth == 0 { return String(String.UnicodeScalarView(text[start..<index])) }
                default: break
                }
            }
            throw CopyParseError(message: "\\copy: parse error at end of line")
        }
    }
}
