/// DSQL's `CREATE [UNIQUE] INDEX ASYNC`, which PostgreSQL's grammar lacks: the word
/// is removed before parsing and remembered.
enum AsyncIndex {
    /// `sql` without the ASYNC of `CREATE [UNIQUE] INDEX ASYNC`, and whether it had one.
    static func strip(_ sql: String) -> (sql: String, isAsync: Bool) {
        let bytes = Array(sql.utf8)
        var index = 0
        var words: [(text: String, range: Range<Int>)] = []
        while words.count < 4 {
            skipSpaceAndComments(bytes, &index)
            let start = index
            while index < bytes.count, isWordByte(bytes[index]) { index += 1 }
            guard index > start else { break }
            words.append((String(decoding: bytes[start..<index], as: UTF8.self).lowercased(), start..<index))
        }
        let names = words.map(\.text)
        let position =
            names.starts(with: ["create", "index"]) ? 2 : names.starts(with: ["create", "unique", "index"]) ? 3 : nil
        guard let position, position < words.count, words[position].text == "async" else { return (sql, false) }
        var stripped = bytes
        stripped.replaceSubrange(words[position].range, with: Array(repeating: UInt8(ascii: " "), count: 5))
        return (String(decoding: stripped, as: UTF8.self), true)
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z")) || byte == UInt8(ascii: "_")
    }

    /// Skips whitespace, `--` comments and (nested) `/* */` comments.
    private static func skipSpaceAndComments(_ bytes: [UInt8], _ index: inout Int) {
        while index < bytes.count {
            let byte = bytes[index]
            let next = index + 1 < bytes.count ? bytes[index + 1] : 0
            if byte == 0x20 || (0x09...0x0D).contains(byte) {
                index += 1
            } else if byte == UInt8(ascii: "-") && next == UInt8(ascii: "-") {
                while index < bytes.count, bytes[index] != 0x0A { index += 1 }
            } else if byte == UInt8(ascii: "/") && next == UInt8(ascii: "*") {
                var depth = 0
                repeat {
                    if bytes[index] == UInt8(ascii: "/"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "*")
                    {
                        depth += 1
                        index += 2
                    } else if bytes[index] == UInt8(ascii: "*"), index + 1 < bytes.count,
                        bytes[index + 1] == UInt8(ascii: "/")
                    {
                        depth -= 1
                        index += 2
                    } else {
                        index += 1
                    }
                } while depth > 0 && index < bytes.count
            } else {
                return
            }
        }
    }
}
