import FoundationEssentials
import SystemSupport

/// libpq's connection service files (`pg_service.conf`): named groups of connection keywords.
///
/// libpq has no function that reads a service file without connecting, so dsql reads
/// them here, in libpq's format and order, and sends every value through the same
/// policy as the command line (``ConnectionStringFlags``). Looked up as libpq does:
/// PGSERVICEFILE, else `~/.pg_service.conf`; then `PGSYSCONFDIR/pg_service.conf`
/// (Debian's libpq: `/etc/postgresql-common`). The first file that defines the service wins.
public enum ServiceFile {
    /// A service that cannot be used, with libpq's wording.
    public enum Problem: Error, Equatable, CustomStringConvertible {
        case notFound(String)
        case syntax(file: String, line: Int)
        case nested(file: String, line: Int)

        public var description: String {
            switch self {
            case .notFound(let name): "definition of service \"\(name)\" not found"
            case .syntax(let file, let line): "syntax error in service file \"\(file)\", line \(line)"
            case .nested(let file, let line):
                "nested service specifications not supported in service file \"\(file)\", line \(line)"
            }
        }
    }

    /// Debian's libpq looks here when PGSYSCONFDIR is not set.
    static let defaultSystemDirectory = "/etc/postgresql-common"

    /// The files searched for a service, in order.
    public static func searchPath(environment: [String: String], home: String?) -> [String] {
        var files: [String] = []
        if let file = environment["PGSERVICEFILE"], !file.isEmpty {
            files.append(file)
        } else if let home, !home.isEmpty {
            files.append(home + "/.pg_service.conf")
        }
        let system = environment["PGSYSCONFDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? defaultSystemDirectory
        files.append(system + "/pg_service.conf")
        return files
    }

    /// The keywords of service `name`, from the first file in `files` that defines it.
    ///
    /// - Parameter readFile: a file's text, nil when it cannot be read (then it is skipped, as libpq does).
    public static func lookup(_ name: String, files: [String], readFile: (String) -> String?) throws(Problem) -> [(
        keyword: String, value: String
    )] {
        for file in files {
            guard let text = readFile(file) else { continue }
            if let keywords = try entries(of: name, in: text, file: file) { return keywords }
        }
        throw .notFound(name)
    }

    /// The keywords under `[name]` in one file's text; nil when the file does not define it.
    static func entries(of name: String, in text: String, file: String) throws(Problem) -> [(
        keyword: String, value: String
    )]? {
        var inService = false
        var found = false
        var keywords: [(keyword: String, value: String)] = []
        for (number, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = trimmedCSpace(rawLine)
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("[") {
                if found { break }
                let header = line.dropFirst().prefix { $0 != "]" }
                inService = header == name
                found = inService
                continue
            }
            guard inService else { continue }
            guard let equals = line.firstIndex(of: "=") else { throw .syntax(file: file, line: number + 1) }
            let keyword = String(line[..<equals])
            if keyword == "service" { throw .nested(file: file, line: number + 1) }
            keywords.append((keyword, String(line[line.index(after: equals)...])))
        }
        return found ? keywords : nil
    }

    /// `line` without leading and trailing C `isspace` characters, as libpq trims service lines.
    private static func trimmedCSpace(_ line: Substring) -> Substring {
        let spaces: Set<Character> = [" ", "\t", "\n", "\r", "\u{0B}", "\u{0C}", "\r\n"]
        var line = line
        while let first = line.first, spaces.contains(first) { line.removeFirst() }
        while let last = line.last, spaces.contains(last) { line.removeLast() }
        return line
    }

    /// Reads a whole text file; nil when it cannot be read.
    public static func readTextFile(_ path: String) -> String? {
        guard FileChecks.isReadableFile(path),
            let data = try? Data(contentsOf: URL(fileURLWithPath: path))
        else { return nil }
        return String(decoding: data, as: UTF8.self)
    }
}
