import SQLScanner

/// psql 15's words for a confused newcomer: `help`, `exit` and `quit` typed alone
/// on a line at an interactive prompt (pure).
///
/// The word must start the line (no indentation: an indented `quit` may be an
/// identifier) and be followed by nothing but blanks and at most one `;`.
enum AssistanceWord: Equatable {
    case help
    case exitOrQuit
    /// `\q` alone, which the shell runs itself; recognised here only for its hint.
    case backslashQ

    /// The word `line` consists of, or nil.
    init?(line: String) {
        let bytes = Array(line.utf8)
        let word: AssistanceWord
        let rest: ArraySlice<UInt8>
        func starts(with text: String, caseInsensitive: Bool) -> Bool {
            let prefix = Array(text.utf8)
            guard bytes.count >= prefix.count else { return false }
            return zip(bytes, prefix).allSatisfy { caseInsensitive ? ($0 | 0x20) == $1 : $0 == $1 }
        }
        if starts(with: "help", caseInsensitive: true) {
            word = .help
            rest = bytes[4...]
        } else if starts(with: "exit", caseInsensitive: true) || starts(with: "quit", caseInsensitive: true) {
            word = .exitOrQuit
            rest = bytes[4...]
        } else if starts(with: "\\q", caseInsensitive: false) {
            word = .backslashQ
            rest = bytes[2...]
        } else {
            return nil
        }
        var remaining = rest.drop { $0 == 0x20 || $0 == 0x09 }
        if remaining.first == UInt8(ascii: ";") { remaining = remaining.dropFirst() }
        guard remaining.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) else { return nil }
        self = word
    }

    /// What the shell does with the word.
    enum Response: Equatable {
        /// Print `text` and read the next line; the line is not added to the query buffer.
        case answer(String)
        /// Print `text`, then treat the line as ordinary input.
        case hint(String)
        /// Leave the shell.
        case quit
        /// Nothing to do: ordinary input.
        case none
    }

    /// The response when the query buffer is `bufferEmpty` and the scanner is in `status`.
    func response(bufferEmpty: Bool, status: PromptStatus) -> Response {
        let canQuitWithBackslashQ = [.ready, .continue, .parenthesis].contains(status)
        switch self {
        case .help:
            return bufferEmpty
                ? .answer(Self.helpText) : .hint("Use \\? for help or press control-C to clear the input buffer.")
        case .exitOrQuit:
            if bufferEmpty { return .quit }
            return .hint(canQuitWithBackslashQ ? "Use \\q to quit." : "Use control-D to quit.")
        case .backslashQ:
            return !bufferEmpty && !canQuitWithBackslashQ ? .hint("Use control-D to quit.") : .none
        }
    }

    /// What `help` prints.
    static let helpText = """
        You are using dsql, the command-line interface to Aurora DSQL.
        Type:  \\? for help with dsql commands
               \\? variables for the special variables
               \\g or terminate with semicolon to execute query
               \\q to quit

        """
}
