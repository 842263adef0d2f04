/// `\h`: looks up SQL commands in ``HelpTable`` and renders them as psql lays its help out.
public enum SQLHelp {
    /// Where the Aurora DSQL user guide's pages are.
    public static let dsqlBase = "https://docs.aws.amazon.com/aurora-dsql/latest/userguide/"
    /// Where the PostgreSQL manual's pages are (DSQL is based on PostgreSQL 16).
    public static let postgresBase = "https://www.postgresql.org/docs/16/"

    /// The entries `topic` asks for, as psql matches them: the command named exactly, else
    /// every command whose name starts with it, retried with fewer words (`\h create ind`).
    public static func lookup(_ topic: String) -> [HelpEntry] {
        var words = topic.trimmingCharacters(" \t\n;").uppercased()
            .split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).map(String.init)
        while !words.isEmpty {
            let wanted = words.joined(separator: " ")
            if let exact = HelpTable.all.first(where: { $0.name == wanted }) { return [exact] }
            let prefixed = HelpTable.all.filter { $0.name.hasPrefix(wanted) }
            if !prefixed.isEmpty { return prefixed.sorted { $0.name < $1.name } }
            words.removeLast()
        }
        return []
    }

    /// The words that can follow `typed` in a command name, for completing `\h`'s argument
    /// (`[]` → `ABORT`, `ALTER` …; `["create"]` → `FUNCTION`, `INDEX` …).
    public static func nextWords(after typed: [String]) -> [String] {
        let prefix = typed.map { $0.uppercased() }
        var words: [String] = []
        for entry in HelpTable.all {
            let parts = entry.name.split(separator: " ").map(String.init)
            guard parts.count > prefix.count, Array(parts.prefix(prefix.count)) == prefix,
                !words.contains(parts[prefix.count])
            else { continue }
            words.append(parts[prefix.count])
        }
        return words.sorted()
    }

    /// What `\h topic` prints; `\h` alone lists the commands, `\h *` shows them all.
    public static func text(for topic: String, width: Int = 80) -> String {
        let trimmed = topic.trimmingCharacters(" \t\n;")
        if trimmed.isEmpty { return list(width: width) }
        if trimmed == "*" { return HelpTable.all.sorted { $0.name < $1.name }.map(render).joined(separator: "\n") }
        let entries = lookup(trimmed)
        guard !entries.isEmpty else {
            return "No help available for \"\(trimmed)\".\nTry \\h with no arguments to see available help.\n"
        }
        return entries.map(render).joined(separator: "\n")
    }

    /// One command's help.
    public static func render(_ entry: HelpEntry) -> String {
        var out = "Command:     \(entry.name)\nDescription: \(entry.summary)\nSyntax:\n\(entry.synopsis)\n\n"
        if !entry.notInDSQL.isEmpty { out += "Not in DSQL: \(entry.notInDSQL)\n\n" }
        out += "DSQL URL: \(dsqlBase)\(entry.dsqlPage)\n"
        out += "URL: \(postgresBase)\(entry.postgresPage)\n"
        return out
    }

    /// "Available help:" and the command names in columns, filled down first as psql does.
    public static func list(width: Int = 80) -> String {
        let names = HelpTable.all.map(\.name).sorted()
        let longest = names.map(\.count).max() ?? 0
        let columns = max(1, (width - 2) / (longest + 2))
        let rows = (names.count + columns - 1) / columns
        var out = "Available help:\n"
        for row in 0..<rows {
            var line = " "
            for column in 0..<columns {
                let index = column * rows + row
                guard index < names.count else { break }
                let name = names[index]
                line += " " + name + String(repeating: " ", count: longest - name.count + 1)
            }
            out += line.trimmingTrailingSpaces() + "\n"
        }
        return out + "\n"
    }
}

extension String {
    /// The text without leading and trailing characters from `set`.
    func trimmingCharacters(_ set: String) -> String {
        let characters = Set(set)
        var text = Substring(self)
        while let first = text.first, characters.contains(first) { text = text.dropFirst() }
        while let last = text.last, characters.contains(last) { text = text.dropLast() }
        return String(text)
    }

    /// The text without trailing spaces.
    func trimmingTrailingSpaces() -> String {
        var text = Substring(self)
        while text.last == " " { text = text.dropLast() }
        return String(text)
    }
}
