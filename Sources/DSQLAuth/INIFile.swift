/// A parsed AWS-style INI file: sections of keys, with nested sub-sections.
///
/// Follows botocore's `raw_config_parse`: `#` and `;` start comment lines, keys are
/// `name = value` (or `name: value`), an indented line continues the previous value,
/// keys are case-insensitive (stored lowercased), a repeated section or key is an
/// error (Python's strict `configparser`, which the AWS CLI uses, refuses both),
/// and a value whose continuation lines are `key = value` pairs is a nested section
/// (as in `s3 =` followed by `  max_concurrent_requests = 10`).
public struct INIFile: Sendable, Equatable {
    /// A value: a plain string or a nested section.
    public enum Value: Sendable, Equatable {
        case string(String)
        case nested([String: String])

        /// The plain string, or nil for a nested section.
        public var string: String? {
            if case .string(let text) = self { return text }
            return nil
        }
    }

    /// Sections by their raw header name (`profile dev`, `default`, `sso-session x`).
    public private(set) var sections: [String: [String: Value]] = [:]

    /// Parses `text`, naming `path` in errors.
    public init(parsing text: String, path: String) throws(INIError) {
        var current: String?
        var lastKey: String?
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last == "" { lines.removeLast() }
        for (offset, rawLine) in lines.enumerated() {
            let number = offset + 1
            var line = String(rawLine)
            if line.hasSuffix("\r") { line.removeLast() }
            let trimmed = line.trimmingWhitespace
            if trimmed.isEmpty || trimmed.hasPrefix("#") || trimmed.hasPrefix(";") {
                continue
            }
            let indented = line.first == " " || line.first == "\t"
            if indented, let section = current, let key = lastKey {
                let previous: String
                if case .string(let text)? = sections[section]?[key] { previous = text } else { previous = "" }
                sections[section]?[key] = .string(previous + "\n" + trimmed)
                continue
            }
            if trimmed.hasPrefix("[") {
                guard trimmed.hasSuffix("]"), trimmed.count >= 2 else {
                    throw INIError(file: path, line: number, reason: "section header is missing its closing `]`")
                }
                let name = String(trimmed.dropFirst().dropLast()).trimmingWhitespace
                guard !name.isEmpty else {
                    throw INIError(file: path, line: number, reason: "section header has no name")
                }
                guard sections[name] == nil else {
                    throw INIError(file: path, line: number, reason: "section [\(name)] appears twice")
                }
                current = name
                lastKey = nil
                sections[name] = [:]
                continue
            }
            if indented {
                throw INIError(file: path, line: number, reason: "indented line does not continue a key")
            }
            guard let section = current else {
                throw INIError(file: path, line: number, reason: "key outside any [section]")
            }
            guard let separator = trimmed.firstIndex(where: { $0 == "=" || $0 == ":" }) else {
                throw INIError(file: path, line: number, reason: "expected `key = value` or `[section]`")
            }
            let key = String(trimmed[..<separator]).trimmingWhitespace.lowercased() // keys are case-insensitive
            guard !key.isEmpty else {
                throw INIError(file: path, line: number, reason: "`=` with no key before it")
            }
            guard sections[section]?[key] == nil else {
                throw INIError(file: path, line: number, reason: "key `\(key)` appears twice in [\(section)]")
            }
            let value = String(trimmed[trimmed.index(after: separator)...]).trimmingWhitespace
            sections[section]?[key] = .string(value)
            lastKey = key
        }
        for (name, values) in sections {
            for (key, value) in values {
                if case .string(let text) = value, text.hasPrefix("\n") {
                    sections[name]?[key] = Self.nested(text)
                }
            }
        }
    }

    /// Turns an empty value with `k = v` continuation lines into a nested section.
    private static func nested(_ text: String) -> Value {
        var result: [String: String] = [:]
        for line in text.split(separator: "\n") {
            guard let separator = line.firstIndex(of: "=") else { return .string(text) }
            result[String(line[..<separator]).trimmingWhitespace] =
                String(line[line.index(after: separator)...]).trimmingWhitespace
        }
        return .nested(result)
    }
}
