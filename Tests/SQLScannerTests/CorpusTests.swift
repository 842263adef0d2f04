import Foundation
import SQLScanner
import Testing

/// The psql scripts under `Corpus/`: realistic input that is also used for
/// differential tests against psql.
@Suite struct CorpusTests {
    /// The corpus directory, next to this file.
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Corpus")

    /// The corpus files' names, sorted.
    static let files: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(".sql") }.sorted()
    }()

    /// A corpus file's text.
    static func text(_ name: String) throws -> String {
        try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
    }

    @Test func corpusHasAtLeastThirtyScripts() {
        #expect(Self.files.count >= 30)
    }

    /// Normalises text for the byte-conservation check: `\;` and `\:` become
    /// the character psql puts in the buffer, and whitespace is removed.
    static func normalized(_ text: String) -> [UInt8] {
        var out: [UInt8] = []
        let bytes = Array(text.utf8)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\\"), index + 1 < bytes.count,
                bytes[index + 1] == UInt8(ascii: ";") || bytes[index + 1] == UInt8(ascii: ":")
            {
                index += 1
                continue
            }
            if ![0x20, 0x09, 0x0A, 0x0D, 0x0C].contains(byte) { out.append(byte) }
            index += 1
        }
        return out
    }

    /// Bytes in `--` comments, counted naively (also inside strings), an
    /// upper bound for what psql may drop before a statement.
    static func dashCommentBytes(_ text: String) -> Int {
        text.split(separator: "\n", omittingEmptySubsequences: false).reduce(0) { total, line in
            guard let start = line.range(of: "--") else { return total }
            return total + normalized(String(line[start.lowerBound...])).count
        }
    }

    /// Runs a script with meta-commands read but not interpreted and no
    /// variables set; returns the SQL text and the meta-command text the
    /// scanner handed back, each in order.
    static func output(of script: String) -> (sql: String, meta: String) {
        var driver = ScriptDriver()
        driver.interpretsMetaCommands = false
        var sql = ""
        var meta = ""
        for event in driver.run(script) {
            switch event {
            case .statement(let text), .unterminated(let text), .skipped(let text): sql += text
            case .meta(let name, let arguments): meta += "\\" + name + arguments.joined()
            case .error: break
            }
        }
        return (sql, meta)
    }

    /// The input as the scanner sees it with no variables set: `:{?name}`
    /// in SQL lines becomes `FALSE` (the corpus uses it only outside quotes);
    /// meta-command lines, read whole here, keep it.
    static func withoutExistenceTests(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.drop { $0 == " " }.first == "\\" ? String(line) : replacingExistenceTests(String(line))
        }.joined(separator: "\n")
    }

    /// Replaces each `:{?name}` in one line by `FALSE`.
    static func replacingExistenceTests(_ text: String) -> String {
        var result = ""
        var rest = Substring(text)
        while let start = rest.range(of: ":{?") {
            result += rest[..<start.lowerBound]
            let after = rest[start.upperBound...]
            let name = after.prefix { $0.isLetter || $0.isNumber || $0 == "_" }
            if !name.isEmpty, after.dropFirst(name.count).first == "}" {
                result += "FALSE"
                rest = after.dropFirst(name.count + 1)
            } else {
                result += ":{?"
                rest = after
            }
        }
        return result + rest
    }

    /// Whether `needle` occurs in order, not necessarily contiguously, in `haystack`.
    static func isSubsequence(_ needle: [UInt8], of haystack: [UInt8]) -> Bool {
        var iterator = haystack.makeIterator()
        return needle.allSatisfy { byte in
            while let next = iterator.next() { if next == byte { return true } }
            return false
        }
    }

    @Test(arguments: files)
    func everyPrefixScansWithoutLosingInput(file: String) throws {
        let script = try Self.text(file)
        let characters = Array(script)
        for length in 0...characters.count {
            let prefix = String(characters[..<length])
            let input = Self.normalized(Self.withoutExistenceTests(prefix))
            let (sql, meta) = Self.output(of: prefix)
            let sqlBytes = Self.normalized(sql)
            let metaBytes = Self.normalized(meta)
            let lost = input.count - sqlBytes.count - metaBytes.count
            #expect(Self.isSubsequence(sqlBytes, of: input), "\(file) prefix \(length): \(sql)")
            #expect(Self.isSubsequence(metaBytes, of: input), "\(file) prefix \(length): \(meta)")
            #expect(lost >= 0 && lost <= Self.dashCommentBytes(prefix), "\(file) prefix \(length) lost \(lost)")
        }
    }

    @Test(arguments: files)
    func scriptsWithoutDashCommentsKeepEveryByte(file: String) throws {
        let script = try Self.text(file)
        guard Self.dashCommentBytes(script) == 0 else { return }
        let (sql, meta) = Self.output(of: script)
        #expect(
            Self.normalized(sql).count + Self.normalized(meta).count
                == Self.normalized(Self.withoutExistenceTests(script)).count)
    }

    /// Writes each script's statements to `$SCANNER_CORPUS_DUMP/<file>.out`,
    /// one per line, for comparison with `psql -X -e -o /dev/null -f <file>`.
    @Test func dumpStatementsWhenAsked() throws {
        guard let target = ProcessInfo.processInfo.environment["SCANNER_CORPUS_DUMP"] else { return }
        for file in Self.files {
            var driver = ScriptDriver()
            let statements = driver.run(try Self.text(file)).compactMap { event -> String? in
                switch event {
                case .statement(let text), .unterminated(let text): text
                default: nil
                }
            }
            let path = URL(fileURLWithPath: target).appendingPathComponent(file + ".out")
            try (statements.joined(separator: "\n") + "\n").write(to: path, atomically: true, encoding: .utf8)
        }
    }
}
