/// Splits psql input into statements and meta-commands, line by line.
///
/// The scanner follows psql 15's `psqlscan.l` and the line handling of
/// `mainloop.c`. Feed each input line (without its terminator) with
/// ``feed(line:)``, then call ``next(variables:)`` until it returns
/// ``ScanResult/incomplete`` or ``ScanResult/endOfLine``:
///
/// ```swift
/// scanner.feed(line: line)
/// scanLine: while true {
///     switch scanner.next(variables: lookup) {
///     case .semicolon(let sql): send(sql)
///     case .backslash: runMetaCommand(&scanner)   // name, arguments, end
///     case .incomplete, .endOfLine: break scanLine
///     }
/// }
/// ```
///
/// At end of input, ``finish()`` returns any unterminated statement, which
/// psql still sends when reading a script. Work is proportional to the bytes
/// fed: nothing already scanned is scanned again.
public struct StatementScanner: Sendable {
    /// Whether plain `'…'` strings treat backslashes literally (the server's
    /// `standard_conforming_strings`); when false they behave like `E'…'`.
    public var standardConformingStrings: Bool

    /// The statement text gathered so far (psql's query buffer).
    var query: [UInt8] = []
    /// The input being lexed.
    var input = InputStack()
    /// The lexer's current exclusive state.
    var state: LexerState = .initial
    /// Where a newline was added between lines, to undo if nothing follows.
    var addedNewlineAt: Int?
    /// Parentheses opened and not yet closed in the buffered statement.
    public internal(set) var parenthesisDepth = 0
    /// `BEGIN` blocks open in a `CREATE FUNCTION/PROCEDURE` body.
    public internal(set) var beginDepth = 0
    /// Identifiers seen so far in the statement (for `BEGIN ATOMIC`).
    var identifierCount = 0
    /// First letters of the statement's leading `CREATE [OR REPLACE]
    /// FUNCTION|PROCEDURE` words, zero for other words.
    var leadingWords: SIMD4<UInt8> = .zero
    /// Whether the next line is the first one (a UTF-8 BOM is dropped there).
    var atFirstLine = true
    /// What the prompt shows after the last scan.
    public internal(set) var prompt: PromptStatus = .ready
    /// Whether a finished statement stays in the buffer (inactive branch).
    var keepsStatementsInBuffer = false
    /// Warnings psql would print (recursive variable expansion), oldest first.
    var warnings: [String] = []
    /// Whether the statement last returned by ``next(variables:branchActive:)`` or
    /// ``finish()`` was valid UTF-8; when false its text holds U+FFFD replacements
    /// and should not be sent (psql would send the bytes and the server refuse them).
    public internal(set) var lastStatementIsValidUTF8 = true

    /// Creates a scanner with an empty query buffer.
    public init(standardConformingStrings: Bool = true) {
        self.standardConformingStrings = standardConformingStrings
    }

    /// Whether the scanner is inside a quote or comment (psql_scan_in_quote);
    /// blank lines are kept only then.
    public var isInQuote: Bool { state != .initial }

    /// The query buffer as text.
    public var queryBuffer: String { String(decoding: query, as: UTF8.self) }

    /// The query buffer's length in bytes (for ``restoreQueryBuffer(length:parenthesisDepth:)``).
    public var queryBufferLength: Int { query.count }

    /// How many bytes of the current line have been consumed.
    public var lineOffset: Int { input.linePosition }

    /// Hands the scanner the next line, as psql's main loop does.
    ///
    /// Call ``next(variables:)`` until it returns ``ScanResult/incomplete`` or
    /// ``ScanResult/endOfLine`` before feeding another line: unscanned input
    /// of the previous line is replaced.
    ///
    /// A UTF-8 byte-order mark on the first line is dropped; an empty line
    /// outside quotes is ignored; otherwise a newline separates the line from
    /// text already buffered.
    public mutating func feed(line: String) {
        feed(line: Array(line.utf8))
    }

    /// Hands the scanner the next line as UTF-8 bytes (no line terminator).
    public mutating func feed(line: [UInt8]) {
        var bytes = line
        if atFirstLine {
            atFirstLine = false
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        }
        if bytes.isEmpty && !isInQuote {
            input.load(line: [])
            return
        }
        if query.isEmpty {
            addedNewlineAt = nil
        } else {
            query.append(UInt8(ascii: "\n"))
            addedNewlineAt = query.count
        }
        input.load(line: bytes)
    }

    /// Hands the scanner a whole text at once, as psql does for `-c` and
    /// variable values: newlines inside it are ordinary input.
    public mutating func feed(text: String) {
        input.load(line: Array(text.utf8))
        addedNewlineAt = nil
    }

    /// Empties the query buffer and forgets all open state (psql's `\r`,
    /// and what psql does after a meta-command such as `\g` sent the buffer).
    public mutating func resetQueryBuffer() {
        query.removeAll(keepingCapacity: true)
        addedNewlineAt = nil
        resetLexer()
    }

    /// Replaces the query buffer without scanning it (e.g. to restore a
    /// previous buffer). After `\e`, psql instead rescans the edited text:
    /// call ``resetQueryBuffer()`` and then ``feed(text:)``.
    public mutating func replaceQueryBuffer(with text: String) {
        query = Array(text.utf8)
        addedNewlineAt = nil
    }

    /// Cuts the query buffer back to an earlier length and parenthesis depth,
    /// discarding text gathered in a skipped `\if` branch.
    public mutating func restoreQueryBuffer(length: Int, parenthesisDepth depth: Int) {
        if length < query.count { query.removeSubrange(length...) }
        parenthesisDepth = depth
        addedNewlineAt = nil
    }

    /// Returns the unterminated statement at end of input, if any, and resets.
    ///
    /// psql sends such a statement when it reads a script (not interactively).
    public mutating func finish() -> String? {
        defer { resetQueryBuffer() }
        guard !query.isEmpty else {
            lastStatementIsValidUTF8 = true
            return nil
        }
        return statementText()
    }

    /// The query buffer as a statement's text, noting in ``lastStatementIsValidUTF8`` whether it is valid UTF-8.
    mutating func statementText() -> String {
        lastStatementIsValidUTF8 = true
        if ByteClass.isASCII(query) { return String(decoding: query, as: UTF8.self) }
        if let text = String(validating: query, as: UTF8.self) { return text }
        lastStatementIsValidUTF8 = false
        return String(decoding: query, as: UTF8.self)
    }

    /// Returns and clears the warnings gathered while scanning.
    public mutating func takeWarnings() -> [String] {
        guard !warnings.isEmpty else { return [] }
        defer { warnings.removeAll() }
        return warnings
    }

    /// Forgets lexer state (psql_scan_reset), keeping the query buffer.
    mutating func resetLexer() {
        state = .initial
        parenthesisDepth = 0
        beginDepth = 0
        identifierCount = 0
        prompt = .ready
    }

    /// Appends bytes of the current buffer to the query buffer.
    @inline(__always)
    mutating func emit(_ range: Range<Int>) {
        query.append(contentsOf: input.bytes[range])
    }

    /// The result and prompt once the input is used up (end of psql_scan).
    mutating func endOfInputResult() -> ScanResult {
        if let quotePrompt = state.quotePrompt {
            prompt = quotePrompt
            return .incomplete
        }
        if parenthesisDepth > 0 {
            prompt = .parenthesis
            return .incomplete
        }
        if beginDepth > 0 {
            prompt = .continue
            return .incomplete
        }
        if !query.isEmpty {
            prompt = .continue
            return .endOfLine
        }
        prompt = .ready
        return .incomplete
    }
}
