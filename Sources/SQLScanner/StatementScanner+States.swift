extension StatementScanner {
    /// Follows `CREATE [OR REPLACE] FUNCTION|PROCEDURE … BEGIN … END` so that
    /// semicolons inside a SQL-standard body do not end the statement.
    ///
    /// This is psql 15's heuristic: the first four words are remembered; in
    /// such a statement, outside parentheses, `BEGIN` opens a block, `CASE`
    /// opens one only inside a block, and `END` closes one.
    mutating func trackIdentifier(_ word: ArraySlice<UInt8>) {
        if identifierCount == 0 { leadingWords = .zero }
        if identifierCount < leadingWords.scalarCount, let first = word.first, Self.isRoutineHeaderWord(word) {
            leadingWords[identifierCount] = first | 0x20
        }
        identifierCount += 1
        let c = UInt8(ascii: "c")
        let f = UInt8(ascii: "f")
        let p = UInt8(ascii: "p")
        let o = UInt8(ascii: "o")
        let r = UInt8(ascii: "r")
        let routine =
            leadingWords[0] == c
            && (leadingWords[1] == f || leadingWords[1] == p
                || (leadingWords[1] == o && leadingWords[2] == r && (leadingWords[3] == f || leadingWords[3] == p)))
        guard routine, parenthesisDepth == 0 else { return }
        if Self.word(word, is: "begin") {
            beginDepth += 1
        } else if Self.word(word, is: "case") {
            if beginDepth >= 1 { beginDepth += 1 }
        } else if Self.word(word, is: "end") {
            if beginDepth > 0 { beginDepth -= 1 }
        }
    }

    /// Whether `word` is one of `CREATE`, `OR`, `REPLACE`, `FUNCTION`, `PROCEDURE`; only its first letter is read for others.
    private static func isRoutineHeaderWord(_ word: ArraySlice<UInt8>) -> Bool {
        switch word.first.map({ $0 | 0x20 }) {
        case UInt8(ascii: "c"): Self.word(word, is: "create")
        case UInt8(ascii: "o"): Self.word(word, is: "or")
        case UInt8(ascii: "r"): Self.word(word, is: "replace")
        case UInt8(ascii: "f"): Self.word(word, is: "function")
        case UInt8(ascii: "p"): Self.word(word, is: "procedure")
        default: false
        }
    }

    /// Whether `word` equals the lowercase ASCII `keyword`, ignoring case.
    static func word(_ word: ArraySlice<UInt8>, is keyword: StaticString) -> Bool {
        guard word.count == keyword.utf8CodeUnitCount else { return false }
        return keyword.withUTF8Buffer { key in
            zip(word, key).allSatisfy { byte, letter in
                (byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) == letter
            }
        }
    }

    /// Inside `/* … */`: nested openings deepen, `*/` closes one level.
    mutating func scanComment(depth: Int) {
        let bytes = input.bytes
        var end = input.position
        while end < bytes.count {
            let byte = bytes[end]
            if byte == UInt8(ascii: "/"), end + 1 < bytes.count, bytes[end + 1] == UInt8(ascii: "*") {
                emit(input.position..<end + 2)
                input.position = end + 2
                state = .comment(depth: depth + 1)
                return
            }
            if byte == UInt8(ascii: "*") {
                var stars = end + 1
                while stars < bytes.count, bytes[stars] == UInt8(ascii: "*") { stars += 1 }
                if stars < bytes.count, bytes[stars] == UInt8(ascii: "/") {
                    emit(input.position..<stars + 1)
                    input.position = stars + 1
                    state = depth == 0 ? .initial : .comment(depth: depth - 1)
                    return
                }
                end = stars
                continue
            }
            end += 1
        }
        emit(input.position..<end)
        input.position = end
    }

    /// Inside `$tag$ … $tag$`: only the same delimiter closes the string; a
    /// different `$x$` stays in the body.
    mutating func scanDollarQuoted(delimiter: [UInt8]) {
        let bytes = input.bytes
        let start = input.position
        guard let dollar = bytes[start...].firstIndex(of: UInt8(ascii: "$")) else {
            emit(start..<bytes.count)
            input.position = bytes.count
            return
        }
        if dollar > start {
            emit(start..<dollar)
            input.position = dollar
            return
        }
        if let found = dollarDelimiter(at: dollar) {
            if found == delimiter {
                take(found.count)
                state = .initial
            } else {
                take(found.count - 1)
            }
            return
        }
        var end = dollar + 1
        if end < bytes.count, ByteClass.isIdentifierStart(bytes[end]) {
            while end < bytes.count, ByteClass.isVariableChar(bytes[end]) { end += 1 }
        }
        take(end - dollar)
    }

    /// Inside `"…"` or `U&"…"`: `""` is an escaped quote.
    mutating func scanQuotedIdentifier() {
        let bytes = input.bytes
        let start = input.position
        guard let quote = bytes[start...].firstIndex(of: UInt8(ascii: "\"")) else {
            emit(start..<bytes.count)
            input.position = bytes.count
            return
        }
        if quote + 1 < bytes.count, bytes[quote + 1] == UInt8(ascii: "\"") {
            take(quote + 2 - start)
            return
        }
        take(quote + 1 - start)
        state = .initial
    }

    /// Inside a single-quoted string: `''` is an escaped quote and, in
    /// escape strings, a backslash escapes the next byte.
    mutating func scanQuoted(backslashEscapes: Bool) {
        let bytes = input.bytes
        let start = input.position
        var end = start
        while end < bytes.count {
            let byte = bytes[end]
            if byte == UInt8(ascii: "\\") && backslashEscapes {
                end = min(end + 2, bytes.count)
                continue
            }
            if byte == UInt8(ascii: "'") {
                if end + 1 < bytes.count, bytes[end + 1] == UInt8(ascii: "'") {
                    end += 2
                    continue
                }
                take(end + 1 - start)
                let resumeState = state
                state = .initial
                continueQuoteIfFollowed(resume: resumeState)
                return
            }
            end += 1
        }
        take(end - start)
    }

    /// After a closing quote, whitespace containing a newline followed by
    /// another quote continues the same literal (SQL's string continuation).
    /// Lookahead stays inside the current buffer, as psql's does.
    private mutating func continueQuoteIfFollowed(resume: LexerState) {
        let bytes = input.bytes
        var index = input.position
        func skipLineComment() {
            while index < bytes.count, !ByteClass.isNewline(bytes[index]) { index += 1 }
        }
        func atCommentStart() -> Bool {
            index + 1 < bytes.count && bytes[index] == UInt8(ascii: "-") && bytes[index + 1] == UInt8(ascii: "-")
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x20 || byte == 0x09 || byte == 0x0C {
                index += 1
            } else if atCommentStart() {
                skipLineComment()
            } else {
                break
            }
        }
        guard index < bytes.count, ByteClass.isNewline(bytes[index]) else { return }
        index += 1
        while index < bytes.count {
            if ByteClass.isSpace(bytes[index]) {
                index += 1
            } else if atCommentStart() {
                skipLineComment()
                guard index < bytes.count else { return }
                index += 1
            } else {
                break
            }
        }
        guard index < bytes.count, bytes[index] == UInt8(ascii: "'") else { return }
        take(index + 1 - input.position)
        state = resume
    }
}
