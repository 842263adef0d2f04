extension StatementScanner {
    /// Scans until a statement ends, a meta-command starts or the line is used
    /// up (psql_scan).
    ///
    /// - Parameters:
    ///   - variables: looks up psql variables for `:name`, `:'name'`,
    ///     `:"name"` and `:{?name}`; return nil for unknown names (and for all
    ///     names in an inactive `\if` branch) to leave the reference as written.
    ///   - branchActive: false inside an inactive `\if` branch. A statement
    ///     that ends there is still reported, but, as in psql, it stays in the
    ///     query buffer until the branch's text is discarded by the next
    ///     `\elif`, `\else` or `\endif`.
    public mutating func next(
        variables: (String) -> String? = { _ in nil }, branchActive: Bool = true
    ) -> ScanResult {
        keepsStatementsInBuffer = !branchActive
        while input.refill() {
            switch state {
            case .initial:
                if let result = scanInitial(variables: variables) { return result }
            case .comment(let depth):
                scanComment(depth: depth)
            case .dollarQuoted(let delimiter):
                scanDollarQuoted(delimiter: delimiter)
            case .quotedIdentifier, .unicodeIdentifier:
                scanQuotedIdentifier()
            case .extendedQuoted:
                scanQuoted(backslashEscapes: true)
            case .quoted, .unicodeQuoted, .bitString, .hexString:
                scanQuoted(backslashEscapes: false)
            }
        }
        return endOfInputResult()
    }

    /// Lexes one token of ordinary SQL; returns a result when lexing stops.
    private mutating func scanInitial(variables: (String) -> String?) -> ScanResult? {
        let start = input.position
        guard let byte = input.peek() else { return nil }
        let next = input.peek(1)
        switch byte {
        case _ where ByteClass.isSpace(byte):
            var end = start + 1
            while end < input.bytes.count, ByteClass.isSpace(input.bytes[end]) { end += 1 }
            consumeWhitespace(start..<end)
        case UInt8(ascii: "-") where next == UInt8(ascii: "-"):
            var end = start + 2
            while end < input.bytes.count, !ByteClass.isNewline(input.bytes[end]) { end += 1 }
            consumeWhitespace(start..<end)
        case UInt8(ascii: "/") where next == UInt8(ascii: "*"):
            take(2)
            state = .comment(depth: 0)
        case UInt8(ascii: "'"):
            take(1)
            state = standardConformingStrings ? .quoted : .extendedQuoted
        case UInt8(ascii: "\""):
            take(1)
            state = .quotedIdentifier
        case UInt8(ascii: "$"):
            scanDollar()
        case UInt8(ascii: "("):
            parenthesisDepth += 1
            take(1)
        case UInt8(ascii: ")"):
            if parenthesisDepth > 0 { parenthesisDepth -= 1 }
            take(1)
        case UInt8(ascii: ";"):
            take(1)
            if parenthesisDepth == 0 && beginDepth == 0 {
                identifierCount = 0
                let text = statementText()
                if !keepsStatementsInBuffer {
                    query.removeAll(keepingCapacity: true)
                    addedNewlineAt = nil
                }
                return .semicolon(text)
            }
        case UInt8(ascii: "\\"):
            if next == UInt8(ascii: ";") || next == UInt8(ascii: ":") {
                emit(start + 1..<start + 2)
                input.position += 2
                if next == UInt8(ascii: ";") { identifierCount = 0 }
                return nil
            }
            input.position += 1
            if let added = addedNewlineAt, query.count == added {
                query.removeLast()
            }
            addedNewlineAt = nil
            return .backslash
        case UInt8(ascii: ":"):
            scanColon(variables: variables)
        case _ where ByteClass.isDigit(byte):
            scanNumber()
        case _ where ByteClass.isIdentifierStart(byte):
            scanWordOrPrefixedString()
        default:
            take(1)
        }
        return nil
    }

    /// Moves `count` bytes from the input to the query buffer.
    @inline(__always)
    mutating func take(_ count: Int) {
        let start = input.position
        input.position += count
        emit(start..<input.position)
    }

    /// Whitespace and `--` comments are dropped until the statement has text.
    private mutating func consumeWhitespace(_ range: Range<Int>) {
        if !query.isEmpty { emit(range) }
        input.position = range.upperBound
    }

    /// `$1` parameters (with any identifier glued on), `$tag$` dollar-quote
    /// openings, and a lone `$`.
    private mutating func scanDollar() {
        if let delimiter = dollarDelimiter(at: input.position) {
            take(delimiter.count)
            state = .dollarQuoted(delimiter: delimiter)
        } else if let digit = input.peek(1), ByteClass.isDigit(digit) {
            var length = 2
            while let byte = input.peek(length), ByteClass.isDigit(byte) { length += 1 }
            take(length + junkLength(at: length))
        } else {
            take(1)
        }
    }

    /// The `$tag$` delimiter starting at `index` of the current buffer, if any.
    func dollarDelimiter(at index: Int) -> [UInt8]? {
        let bytes = input.bytes
        var end = index + 1
        if end < bytes.count, ByteClass.isIdentifierStart(bytes[end]) {
            end += 1
            while end < bytes.count, ByteClass.isVariableChar(bytes[end]) { end += 1 }
        }
        guard end < bytes.count, bytes[end] == UInt8(ascii: "$") else { return nil }
        return Array(bytes[index...end])
    }

    /// Numbers as psql 15 lexes them: a letter right after a number makes
    /// one "junk" token with the whole identifier that follows, which also
    /// covers unsigned exponents (so `1e'x'` is no escape string and
    /// `1e5$a$` opens no dollar quote); a signed exponent without digits
    /// (`1e-`) ends the token after its sign.
    private mutating func scanNumber() {
        var length = 1
        while let byte = input.peek(length), ByteClass.isDigit(byte) { length += 1 }
        if input.peek(length) == UInt8(ascii: "."), input.peek(length + 1) != UInt8(ascii: ".") {
            length += 1
            while let byte = input.peek(length), ByteClass.isDigit(byte) { length += 1 }
        }
        let sign = input.peek(length + 1)
        if ByteClass.matches(input.peek(length), UInt8(ascii: "e")),
            sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-")
        {
            guard let digit = input.peek(length + 2), ByteClass.isDigit(digit) else {
                take(length + 2)
                return
            }
            length += 2
            while let byte = input.peek(length), ByteClass.isDigit(byte) { length += 1 }
        }
        take(length + junkLength(at: length))
    }

    /// The length of an identifier glued to a number at `offset`, or zero.
    private func junkLength(at offset: Int) -> Int {
        guard let first = input.peek(offset), ByteClass.isIdentifierStart(first) else { return 0 }
        var length = 1
        while let byte = input.peek(offset + length), ByteClass.isIdentifierContinue(byte) { length += 1 }
        return length
    }

    /// Identifiers, and the string openings a letter can start: `B'`, `X'`,
    /// `N'`, `E'`, `U&'`, `U&"`.
    private mutating func scanWordOrPrefixedString() {
        let first = input.peek()
        let second = input.peek(1)
        if second == UInt8(ascii: "'") {
            if ByteClass.matches(first, UInt8(ascii: "b")) {
                take(2)
                state = .bitString
                return
            }
            if ByteClass.matches(first, UInt8(ascii: "x")) {
                take(2)
                state = .hexString
                return
            }
            if ByteClass.matches(first, UInt8(ascii: "e")) {
                take(2)
                state = .extendedQuoted
                return
            }
            if ByteClass.matches(first, UInt8(ascii: "n")) {
                take(1)
                return
            }
        }
        if ByteClass.matches(first, UInt8(ascii: "u")), second == UInt8(ascii: "&") {
            let third = input.peek(2)
            if third == UInt8(ascii: "'") {
                take(3)
                state = .unicodeQuoted
                return
            }
            if third == UInt8(ascii: "\"") {
                take(3)
                state = .unicodeIdentifier
                return
            }
            take(1)
            return
        }
        let bytes = input.bytes
        let start = input.position
        var end = start + 1
        while end < bytes.count, ByteClass.isIdentifierContinue(bytes[end]) { end += 1 }
        trackIdentifier(bytes[start..<end])
        take(end - start)
    }
}
