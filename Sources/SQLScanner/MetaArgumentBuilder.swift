/// Gathers the bytes and shell-command pieces of one meta-command argument.
struct MetaArgumentBuilder {
    /// Text not yet closed into a piece.
    var bytes: [UInt8] = []
    /// Pieces closed so far.
    var pieces: [MetaArgument.Piece] = []

    /// Whether nothing at all was gathered.
    var isEmpty: Bool { bytes.isEmpty && pieces.isEmpty }

    /// Appends text.
    mutating func append(_ text: String) { bytes.append(contentsOf: text.utf8) }

    /// Closes the pending text and adds a shell command piece.
    mutating func appendShellCommand(_ command: [UInt8]) {
        flushText()
        pieces.append(.shellCommand(String(decoding: command, as: UTF8.self)))
    }

    /// Removes up to `limit` trailing semicolons from the pending text.
    mutating func stripTrailingSemicolons(limit: Int) {
        var remaining = limit
        while remaining > 0, bytes.last == UInt8(ascii: ";") {
            bytes.removeLast()
            remaining -= 1
        }
    }

    /// Removes trailing semicolons and whitespace from the pending text.
    mutating func stripTrailingSemicolonsAndSpace() {
        while let last = bytes.last, last == UInt8(ascii: ";") || ByteClass.isSpace(last) || last == 0x0B {
            bytes.removeLast()
        }
    }

    /// Treats the text as a SQL identifier: double quotes are removed (`""`
    /// inside quotes stands for one) and, if asked, unquoted ASCII letters are
    /// lowercased (psql's `dequote_downcase_identifier`).
    mutating func dequoteIdentifier(lowercasing: Bool) {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var inQuotes = false
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                if inQuotes, index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\"") {
                    result.append(byte)
                    index += 2
                    continue
                }
                inQuotes.toggle()
            } else if lowercasing && !inQuotes && byte >= 0x41 && byte <= 0x5A {
                result.append(byte | 0x20)
            } else {
                result.append(byte)
            }
            index += 1
        }
        bytes = result
    }

    /// Closes the pending text into a piece.
    mutating func flushText() {
        guard !bytes.isEmpty else { return }
        pieces.append(.text(String(decoding: bytes, as: UTF8.self)))
        bytes.removeAll()
    }
}
