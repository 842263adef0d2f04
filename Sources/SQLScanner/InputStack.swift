/// The bytes the lexers read: the current line plus any variable values being
/// expanded on top of it (psqlscan's buffer stack).
///
/// Tokens never span two buffers, exactly as in psql: lookahead stops at the
/// end of the current buffer, and an exhausted variable buffer is popped so
/// lexing continues in the one below.
struct InputStack: Sendable {
    /// A suspended buffer and the name of the variable it expands, if any.
    private struct Frame: Sendable {
        var bytes: [UInt8]
        var position: Int
        var variableName: String?
    }

    /// The buffer being read.
    private(set) var bytes: [UInt8] = []
    /// The read position in ``bytes``.
    var position = 0
    /// The variable whose value ``bytes`` holds; nil for the line itself.
    private var variableName: String?
    /// Buffers suspended below the current one.
    private var suspended: [Frame] = []

    /// Replaces all input with one line.
    mutating func load(line: [UInt8]) {
        bytes = line
        position = 0
        variableName = nil
        suspended.removeAll()
    }

    /// The byte `offset` places ahead in the current buffer, if there is one.
    @inline(__always)
    func peek(_ offset: Int = 0) -> UInt8? {
        let index = position + offset
        return index < bytes.count ? bytes[index] : nil
    }

    /// Whether the current buffer is exhausted.
    var atBufferEnd: Bool { position >= bytes.count }

    /// Whether a variable value (rather than the line) is being read.
    var isExpandingVariable: Bool { variableName != nil }

    /// How far into the line itself lexing has got (positions inside variable
    /// values count as the position after the variable reference).
    var linePosition: Int { suspended.first?.position ?? position }

    /// Pops exhausted variable buffers; returns false when all input is used.
    mutating func refill() -> Bool {
        while position >= bytes.count {
            guard let frame = suspended.popLast() else { return false }
            bytes = frame.bytes
            position = frame.position
            variableName = frame.variableName
        }
        return true
    }

    /// Whether a variable of that name is already being expanded (recursion).
    func isExpanding(_ name: String) -> Bool {
        variableName == name || suspended.contains { $0.variableName == name }
    }

    /// Starts reading a variable's value before the rest of the current buffer.
    mutating func push(value: [UInt8], variableName name: String) {
        suspended.append(Frame(bytes: bytes, position: position, variableName: variableName))
        bytes = value
        position = 0
        variableName = name
    }
}
