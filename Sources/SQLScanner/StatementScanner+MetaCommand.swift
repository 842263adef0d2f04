extension StatementScanner {
    /// Reads a meta-command's name after ``ScanResult/backslash``
    /// (psql_scan_slash_command): everything up to whitespace or a backslash.
    public mutating func readMetaCommandName() -> String {
        var name: [UInt8] = []
        while input.refill(), let byte = input.peek() {
            if ByteClass.isSpace(byte) || byte == UInt8(ascii: "\\") { break }
            name.append(byte)
            input.position += 1
        }
        return String(decoding: name, as: UTF8.self)
    }

    /// Reads the next argument of the current meta-command
    /// (psql_scan_slash_option); nil when the command has no more.
    ///
    /// - Parameters:
    ///   - mode: psql's lexing mode for this argument.
    ///   - stripSemicolons: drop unquoted trailing semicolons (and, in
    ///     whole-line mode, trailing whitespace), as commands like `\set` do not
    ///     but `\c` and `\help` do.
    ///   - variables: the variable lookup for `:name`, `:'name'`, `:"name"`,
    ///     `:{?name}`.
    /// - Throws: ``MetaCommandError/unterminatedQuotedString`` when the line
    ///   ends inside quotes.
    public mutating func readMetaArgument(
        _ mode: MetaArgumentMode = .normal,
        stripSemicolons: Bool = false,
        variables: (String) -> String? = { _ in nil }
    ) throws(MetaCommandError) -> MetaArgument? {
        var out = MetaArgumentBuilder()
        if mode == .wholeLine { return readWholeLine(into: &out, stripping: stripSemicolons) }
        while input.refill(), let byte = input.peek(), ByteClass.isSpace(byte) { input.position += 1 }
        guard input.refill() else { return nil }
        if mode == .filePipe, input.peek() == UInt8(ascii: "|") {
            return readWholeLine(into: &out, stripping: stripSemicolons)
        }
        var quote: MetaArgument.Quote?
        var unquotedCount = 0
        while input.refill(), let byte = input.peek() {
            if ByteClass.isSpace(byte) || byte == UInt8(ascii: "\\") { break }
            switch byte {
            case UInt8(ascii: "'"):
                input.position += 1
                quote = .single
                unquotedCount = 0
                try readSingleQuoted(into: &out)
            case UInt8(ascii: "`"):
                input.position += 1
                quote = .backquote
                unquotedCount = 0
                try readBackquoted(into: &out, evaluate: mode != .noEvaluation, variables: variables)
            case UInt8(ascii: "\""):
                out.bytes.append(byte)
                input.position += 1
                quote = .double
                unquotedCount = 0
                try readDoubleQuoted(into: &out)
            case UInt8(ascii: ":"):
                if let reference = VariableReference.parse(input.bytes, at: input.position) {
                    appendVariable(reference, into: &out, variables: variables)
                    if reference.form != .existenceTest {
                        quote = .variable
                        unquotedCount = 0
                    }
                } else {
                    out.bytes.append(byte)
                    input.position += 1
                    unquotedCount += 1
                }
            default:
                out.bytes.append(byte)
                input.position += 1
                unquotedCount += 1
            }
        }
        if stripSemicolons { out.stripTrailingSemicolons(limit: unquotedCount) }
        if (mode == .sqlIdentifier || mode == .sqlIdentifierKeepingCase) && out.pieces.isEmpty {
            out.dequoteIdentifier(lowercasing: mode == .sqlIdentifier)
        }
        if out.isEmpty && quote == nil { return nil }
        out.flushText()
        return MetaArgument(pieces: out.pieces.isEmpty ? [.text("")] : out.pieces, quote: quote)
    }

    /// Reads all remaining arguments of the current meta-command in one mode.
    public mutating func readMetaArguments(
        _ mode: MetaArgumentMode = .normal,
        variables: (String) -> String? = { _ in nil }
    ) throws(MetaCommandError) -> [MetaArgument] {
        var arguments: [MetaArgument] = []
        while let argument = try readMetaArgument(mode, variables: variables) { arguments.append(argument) }
        return arguments
    }

    /// Ends the meta-command, swallowing a `\\` separator if one follows
    /// (psql_scan_slash_command_end). Scanning SQL may then continue.
    @discardableResult
    public mutating func endMetaCommand() -> MetaCommandEnd {
        guard input.refill() else { return .endOfLine }
        guard input.peek() == UInt8(ascii: "\\") && input.peek(1) == UInt8(ascii: "\\") else { return .moreInput }
        input.position += 2
        return .separator
    }

    /// The rest of the input, leading whitespace dropped.
    private mutating func readWholeLine(into out: inout MetaArgumentBuilder, stripping: Bool) -> MetaArgument? {
        while input.refill() {
            let start = input.position
            var from = start
            if out.bytes.isEmpty {
                while from < input.bytes.count, ByteClass.isSpace(input.bytes[from]) { from += 1 }
            }
            out.bytes.append(contentsOf: input.bytes[from...])
            input.position = input.bytes.count
        }
        if stripping { out.stripTrailingSemicolonsAndSpace() }
        guard !out.bytes.isEmpty else { return nil }
        out.flushText()
        return MetaArgument(pieces: out.pieces)
    }

    /// Inserts a variable reference's value, or the reference as written.
    private mutating func appendVariable(
        _ reference: VariableReference, into out: inout MetaArgumentBuilder, variables: (String) -> String?
    ) {
        let written = input.bytes[input.position..<input.position + reference.length]
        input.position += reference.length
        let value = variables(reference.name)
        switch reference.form {
        case .existenceTest:
            out.append(value == nil ? "FALSE" : "TRUE")
        case .plain, .literal, .identifier:
            let quoting: VariableQuoting =
                switch reference.form {
                case .literal: .literal
                case .identifier: .identifier
                default: .plain
                }
            if let value, let quoted = quoting.quote(value) {
                out.append(quoted)
            } else {
                out.bytes.append(contentsOf: written)
            }
        }
    }
}
