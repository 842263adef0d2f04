/// libedit's history file format, encoded and decoded in Swift.
///
/// libedit's `history(H_SAVE)` writes the cookie line `_HiStOrY_V2_` and then one
/// line per entry, oldest first, escaped with `strvis(VIS_WHITE)`; `history(H_LOAD)`
/// reverses it with `strunvis`. Newlines inside an entry are written as `\012`, so a
/// multi-line statement stays one entry. This type writes a subset (octal escapes for
/// whitespace and control bytes, `\\` for a backslash) that `strunvis` reads back,
/// and reads everything `strvis` produces by default (octal, `\^X`, `\M-X`, `\M^X`,
/// C-style letters, hidden `\$` markers).
public enum HistoryFileFormat {
    /// The first line of every libedit history file.
    public static let cookie = "_HiStOrY_V2_"

    /// The whole file for `entries` (oldest first), ending with a newline.
    public static func encode(_ entries: [String]) -> [UInt8] {
        var bytes = Array(cookie.utf8)
        bytes.append(0x0A)
        for entry in entries {
            bytes.append(contentsOf: encodeEntry(entry))
            bytes.append(0x0A)
        }
        return bytes
    }

    /// The entries (oldest first) in a file's bytes. A file without the cookie is read
    /// as one plain line per entry, as libedit and GNU readline files are.
    public static func decode(_ bytes: [UInt8]) -> [String] {
        var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
        if lines.last?.isEmpty == true {
            lines.removeLast()
        }
        guard let first = lines.first else {
            return []
        }
        if first == Array(cookie.utf8) {
            return lines.dropFirst().map { String(decoding: unescape($0), as: UTF8.self) }
        }
        return lines.map { String(decoding: $0, as: UTF8.self) }
    }

    /// One entry escaped onto a single line.
    static func encodeEntry(_ entry: String) -> [UInt8] {
        var out: [UInt8] = []
        for byte in entry.utf8 {
            switch byte {
            case UInt8(ascii: "\\"):
                out.append(contentsOf: [0x5C, 0x5C])
            case 0x00...0x20, 0x7F:
                out.append(0x5C)
                out.append(0x30 + (byte >> 6))
                out.append(0x30 + ((byte >> 3) & 7))
                out.append(0x30 + (byte & 7))
            default:
                out.append(byte)
            }
        }
        return out
    }

    /// `strunvis` for one line.
    static func unescape(_ line: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        var index = 0
        func next() -> UInt8? {
            guard index < line.count else { return nil }
            defer { index += 1 }
            return line[index]
        }
        while let byte = next() {
            guard byte == 0x5C, let escape = next() else {
                out.append(byte)
                continue
            }
            switch escape {
            case UInt8(ascii: "0")...UInt8(ascii: "7"):
                var value = Int(escape - 0x30)
                for _ in 0..<2 {
                    guard index < line.count, (0x30...0x37).contains(line[index]) else { break }
                    value = value * 8 + Int(line[index] - 0x30)
                    index += 1
                }
                out.append(UInt8(truncatingIfNeeded: value))
            case UInt8(ascii: "M"):
                guard let kind = next(), let char = next() else { break }
                out.append(kind == UInt8(ascii: "^") ? control(char) | 0x80 : char | 0x80)
            case UInt8(ascii: "^"):
                if let char = next() { out.append(control(char)) }
            case UInt8(ascii: "x"):
                var value = 0
                var digits = 0
                while digits < 2, index < line.count, let digit = hexValue(line[index]) {
                    value = value * 16 + digit
                    index += 1
                    digits += 1
                }
                out.append(UInt8(truncatingIfNeeded: value))
            case UInt8(ascii: "$"), 0x0A:
                break
            default:
                out.append(cStyle(escape))
            }
        }
        return out
    }

    private static func control(_ char: UInt8) -> UInt8 {
        char == UInt8(ascii: "?") ? 0x7F : char & 0x1F
    }

    private static func hexValue(_ byte: UInt8) -> Int? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return Int(byte - 0x30)
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return Int(byte - 0x61 + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return Int(byte - 0x41 + 10)
        default: return nil
        }
    }

    private static func cStyle(_ letter: UInt8) -> UInt8 {
        switch letter {
        case UInt8(ascii: "n"): return 0x0A
        case UInt8(ascii: "r"): return 0x0D
        case UInt8(ascii: "t"): return 0x09
        case UInt8(ascii: "b"): return 0x08
        case UInt8(ascii: "a"): return 0x07
        case UInt8(ascii: "v"): return 0x0B
        case UInt8(ascii: "f"): return 0x0C
        case UInt8(ascii: "s"): return 0x20
        case UInt8(ascii: "E"), UInt8(ascii: "e"): return 0x1B
        default: return letter
        }
    }
}
