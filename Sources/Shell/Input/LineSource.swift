/// One read from a line source.
public enum LineInput: Equatable {
    case line([UInt8])
    case endOfInput
    /// Ctrl-C at the prompt: drop what was being typed.
    case interrupted
    /// The input cannot be read on (binary data, a line too long): the message says why.
    case failed(String)
}

/// Where the main loop gets its lines: a file, stdin, or the line editor.
public protocol LineSource: AnyObject {
    /// The next line (without terminator).
    func nextLine(prompt: String) -> LineInput
    /// Whether a person is typing (prompts, history, no error prefixes).
    var isInteractive: Bool { get }
    /// Adds a finished statement or meta-command to the history, if there is one.
    func addToHistory(_ entry: String)
    /// The next line of COPY FROM STDIN data: TAB is a character there, not completion.
    func nextDataLine(prompt: String) -> LineInput
    /// Puts `text` on the next line to be edited; false when this source cannot.
    func prefill(_ text: String) -> Bool
    /// The command history (`\s`), oldest first; nil when this source keeps none.
    var historyEntries: [String]? { get }
}

extension LineSource {
    public func nextDataLine(prompt: String) -> LineInput { nextLine(prompt: prompt) }
    public func prefill(_ text: String) -> Bool { false }
    public var historyEntries: [String]? { nil }
}

/// Lines from a file or a pipe.
public final class ScriptLineSource: LineSource {
    private let reader: LineReader

    public init(reader: LineReader) { self.reader = reader }

    /// Called before reading would wait for more input (see ``LineReader/beforeWaiting``).
    public var beforeWaiting: (() -> Void)? {
        get { reader.beforeWaiting }
        set { reader.beforeWaiting = newValue }
    }

    public func nextLine(prompt: String) -> LineInput { LineInput(reader) }
    public var isInteractive: Bool { false }
    public func addToHistory(_ entry: String) {}
}

extension LineInput {
    /// The next line of `reader`, the end of its input, or why it stopped.
    init(_ reader: LineReader) {
        if let line = reader.readLine() {
            self = .line(line)
        } else if let failure = reader.failure {
            self = .failed(failure)
        } else {
            self = .endOfInput
        }
    }
}

/// Lines of a string held in memory (for `-c` meta-commands and tests).
public final class TextLineSource: LineSource {
    private var lines: [[UInt8]]

    public init(_ text: String) {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.utf8) }.reversed()
    }

    public func nextLine(prompt: String) -> LineInput { lines.popLast().map(LineInput.line) ?? .endOfInput }
    public var isInteractive: Bool { false }
    public func addToHistory(_ entry: String) {}
}
